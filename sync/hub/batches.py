"""Batches (waves) for the sort wall into the hub: from the `"batches"` list of an order
import file (JSON), checked by the same rules a station applies (`station.sortwall.batches`),
every order named known to the hub and of one site, published to that site's feed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

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


def check(raw: Any, sites: Mapping[str, str], where: str) -> tuple[dict[str, Any] | None,
                                                                    list[str]]:
    """A clean batch with its site, or the problems (`sites`: order id -> site, the orders
    of this import and those the hub has)."""
    if not isinstance(raw, Mapping):
        return None, [f"{where}: is not an object"]
    batch, problems = check_batch(raw)
    if batch is None:
        return None, [f"{where}: {problem}" for problem in problems]
    unknown = [order["order_id"] for order in batch["orders"] if order["order_id"] not in sites]
    if unknown:
        return None, [f"{where}: orders not known to the hub: {', '.join(unknown[:5])}"]
    batch_sites = {sites[order["order_id"]] for order in batch["orders"]}
    if len(batch_sites) != 1:
        return None, [f"{where}: its orders are for more than one site"]
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
