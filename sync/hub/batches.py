"""Batches (waves) for the sort wall into the hub: from the `"batches"` list of an order
import file (JSON), checked by the same rules a station applies (`station.sortwall.batches`),
every order named known to the hub and of one site, published to that site's feed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from station.sortwall.batches import check_batch
from sync.hub import feed
from sync.hub.schema import entities


def read_batches(path: Path) -> list[Any]:
    """The `"batches"` of a JSON import file (none for CSV, or a file without them). A file
    that cannot be read is reported by the order import already."""
    if path.suffix.lower() != ".json":
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return []
    batches = data.get("batches") if isinstance(data, dict) else None
    return batches if isinstance(batches, list) else []


def check(raw: Any, sites: Mapping[str, str]) -> tuple[dict[str, Any] | None, list[str]]:
    """A clean batch with its site, or the problems (`sites`: order id -> site, the orders
    of this import and those the hub has)."""
    if not isinstance(raw, Mapping):
        return None, ["is not an object"]
    batch, problems = check_batch(raw)
    if batch is None:
        return None, problems
    unknown = [order["order_id"] for order in batch["orders"] if order["order_id"] not in sites]
    if unknown:
        return None, [f"orders not known to the hub: {', '.join(unknown[:5])}"]
    batch_sites = {sites[order["order_id"]] for order in batch["orders"]}
    if len(batch_sites) != 1:
        return None, ["its orders are for more than one site"]
    batch["site"] = batch_sites.pop()
    return batch, []


def publish(conn: Connection, batch: Mapping[str, Any]) -> bool:
    """Publish one checked batch (inside the caller's transaction); False when unchanged."""
    row = conn.execute(select(entities.c.data).where(
        entities.c.kind == "batch", entities.c.key == str(batch["id"]))).first()
    if row is not None and json.loads(row.data) == dict(batch):
        return False
    feed.publish(conn, "batch", str(batch["id"]), batch, str(batch["site"]))
    return True


def order_sites(conn: Connection, order_ids: list[str]) -> dict[str, str]:
    return {order_id: site for order_id in order_ids
            if (site := feed.order_site(conn, order_id)) is not None}


def from_files(engine: Engine, paths: list[Path], orders: list[dict[str, Any]]
               ) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The checked batches of the import files and (where, problem) for the others;
    `orders` are the orders of the same import, which a batch may name."""
    raws = [(path, raw) for path in paths for raw in read_batches(path)]
    if not raws:
        return [], []
    named = [str(order.get("order_id")) for _, raw in raws if isinstance(raw, Mapping)
             for order in raw.get("orders") or [] if isinstance(order, Mapping)]
    with engine.connect() as conn:
        sites = order_sites(conn, named)
    sites |= {order["id"]: order["site"] for order in orders}
    checked: list[dict[str, Any]] = []
    problems: list[tuple[str, str]] = []
    for number, (path, raw) in enumerate(raws, start=1):
        where = f"{path} batch {raw.get('id') if isinstance(raw, Mapping) else number}"
        batch, found = check(raw, sites)
        problems += [(where, problem) for problem in found]
        if batch is not None:
            checked.append(batch)
    return checked, problems


def publish_all(engine: Engine, checked: list[dict[str, Any]]) -> int:
    """Publish checked batches in one transaction; how many were new or changed."""
    if not checked:
        return 0
    with engine.begin() as conn:
        return sum(publish(conn, batch) for batch in checked)
