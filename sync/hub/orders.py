"""Orders into the hub: import from an OMS export (CSV or JSON, see docs/sync.md), and the
changes the OMS makes afterwards (cancel, hold, new address), each published to the feed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from station.gift import gift_problems
from station.inbox.gifts import gift_record, merged_record
from station.limits import MAX_ID, MAX_QUANTITY, MAX_TEXT, fits_id
from sync.hub import batches, feed
from sync.hub.schema import entities

REQUIRED = ("id", "site", "brand", "customer_name")
ADDRESS_FIELDS = ("name", "postcode", "region", "city", "street", "country", "phone")
# What an order asks of the carrier (station/carriers/shipment.py: Delivery), JSON only.
DELIVERY_FIELDS = ("date", "time_slot", "cool", "cod_yen", "item", "handling", "note",
                   "name_kana")
OPTIONAL_TEXT = ("customer_email", "language", "tote", "picklist", "carrier", "service",
                 "created_at", "subscription_next", "segment")


@dataclass(frozen=True)
class ImportProblem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class ImportReport:
    imported: int = 0
    unchanged: int = 0
    problems: tuple[ImportProblem, ...] = field(default=())


def read_orders(path: Path) -> tuple[list[dict[str, Any]], list[ImportProblem]]:
    """Parse a file into order dicts (not yet checked against the catalogue)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return [], [ImportProblem(str(path), f"cannot be read: {error}")]
    if path.suffix.lower() == ".json":
        return _from_json(text, str(path))
    return _from_csv(text, str(path))


def _from_json(text: str, where: str) -> tuple[list[dict[str, Any]], list[ImportProblem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return [], [ImportProblem(where, f"not valid JSON: {error}")]
    items = data.get("orders") if isinstance(data, dict) else data
    if not isinstance(items, list):
        return [], [ImportProblem(where, 'expected a list of orders or {"orders": [...]}')]
    orders, problems = [], []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(ImportProblem(f"{where} order {number}", "is not an object"))
            continue
        orders.append(item)
    return orders, problems


def _from_csv(text: str, where: str) -> tuple[list[dict[str, Any]], list[ImportProblem]]:
    """One row per order line; the order's columns repeat on each of its rows."""
    reader = csv.DictReader(io.StringIO(text))
    orders: dict[str, dict[str, Any]] = {}
    problems: list[ImportProblem] = []
    for row in reader:
        line = f"{where} line {reader.line_num}"
        order_id = (row.get("order_id") or "").strip()
        if not order_id:
            problems.append(ImportProblem(line, "order_id is empty"))
            continue
        order = orders.setdefault(order_id, {
            "id": order_id, "lines": [],
            **{key: (row.get(key) or "").strip() for key in
               ("site", "brand", "customer_name", *OPTIONAL_TEXT) if row.get(key)},
            "ship_to": {key: (row.get(key) or "").strip() for key in ADDRESS_FIELDS
                        if row.get(key)},
        })
        order["lines"].append({"sku": (row.get("sku") or "").strip(),
                               "quantity": (row.get("quantity") or "").strip(), "_at": line})
    return list(orders.values()), problems


def check_order(raw: Mapping[str, Any], known_skus: set[str] | None,
                where: str) -> tuple[dict[str, Any] | None, list[ImportProblem]]:
    """A clean order record, or the problems that stop it."""
    problems = [ImportProblem(where, f"{key} is missing") for key in REQUIRED
                if not str(raw.get(key) or "").strip()]
    problems += _beyond_limits(raw, where)
    lines = raw.get("lines")
    if not isinstance(lines, list) or not lines:
        problems.append(ImportProblem(where, "an order needs at least one line"))
        lines = []
    clean_lines = []
    for number, line in enumerate(lines, start=1):
        at = str(line.get("_at", f"{where} line {number}")) if isinstance(line, dict) else where
        if not isinstance(line, dict):
            problems.append(ImportProblem(at, "a line must be an object"))
            continue
        sku = str(line.get("sku") or "").strip()
        try:
            quantity = int(str(line.get("quantity")))
        except ValueError:
            quantity = 0
        if not sku:
            problems.append(ImportProblem(at, "sku is empty"))
        elif not fits_id(sku):
            problems.append(ImportProblem(at, f"sku is longer than {MAX_ID} characters or has"
                                              " control characters"))
        elif known_skus is not None and sku not in known_skus:
            problems.append(ImportProblem(at, f"sku {sku} is not in the hub's catalogue"))
        if not 0 < quantity <= MAX_QUANTITY:
            problems.append(ImportProblem(at, f"quantity {line.get('quantity')!r} must be a"
                                              f" whole number from 1 to {MAX_QUANTITY}"))
        clean_lines.append({"line_no": number, "sku": sku, "quantity": quantity})
    ship_to = raw.get("ship_to", {})
    if not isinstance(ship_to, dict):
        problems.append(ImportProblem(where, "ship_to must be an object"))
        ship_to = {}
    problems += _address_problems(ship_to, where) + _flag_problems(raw, where)
    delivery = raw.get("delivery") or {}
    if not isinstance(delivery, dict) or set(delivery) - set(DELIVERY_FIELDS):
        problems.append(ImportProblem(where, "delivery must be an object of "
                                             + ", ".join(DELIVERY_FIELDS)))
        delivery = {}
    problems += [ImportProblem(where, problem) for problem in gift_problems(raw.get("gift"))]
    try:
        merged = merged_record(raw.get("merged_from"))
    except ValueError as error:
        problems.append(ImportProblem(where, str(error)))
    if problems:
        return None, problems
    order: dict[str, Any] = {key: str(raw[key]).strip() for key in REQUIRED}
    order |= {key: str(raw[key]) for key in OPTIONAL_TEXT if raw.get(key) not in (None, "")}
    order["ship_to"] = {key: str(value) for key, value in ship_to.items()}
    order["ship_to"].setdefault("name", order["customer_name"])
    order["lines"] = clean_lines
    if delivery:
        order["delivery"] = dict(delivery)
    gift = gift_record(raw.get("gift"))
    if gift:
        order["gift"] = gift
    if merged:
        order["merged_from"] = merged
    order["cancelled"] = bool(raw.get("cancelled") or False)
    order["hold"] = str(raw.get("hold") or "")
    return order, []


def _address_problems(ship_to: Mapping[str, Any], where: str) -> list[ImportProblem]:
    """Fields a station would drop or print wrongly: unknown ones, non-text (a number loses
    a postcode's leading zero), longer than the stations take."""
    problems = []
    unknown = sorted(set(ship_to) - set(ADDRESS_FIELDS))
    if unknown:
        problems.append(ImportProblem(where, f"ship_to has unknown field(s) {', '.join(unknown)}"
                                             f" (known: {', '.join(ADDRESS_FIELDS)})"))
    for key in ADDRESS_FIELDS:
        value = ship_to.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(ImportProblem(where, f"ship_to {key} must be a text"))
        elif value is not None and len(value) > MAX_TEXT:
            problems.append(ImportProblem(where, f"ship_to {key} is longer than {MAX_TEXT}"
                                                 " characters"))
    return problems


def _flag_problems(raw: Mapping[str, Any], where: str) -> list[ImportProblem]:
    """`cancelled` and `hold` as JSON gives them: "no" is not false, nor an object a reason."""
    problems = []
    if raw.get("cancelled") is not None and not isinstance(raw["cancelled"], bool):
        problems.append(ImportProblem(where, "cancelled must be true or false"))
    hold = raw.get("hold")
    if hold is not None and (not isinstance(hold, str) or len(hold) > MAX_TEXT):
        problems.append(ImportProblem(where, f"hold must be a text of up to {MAX_TEXT}"
                                             " characters (empty: not held)"))
    return problems


def _beyond_limits(raw: Mapping[str, Any], where: str) -> list[ImportProblem]:
    """What a station could not push back: the limits of `station.limits`, the same the hub
    checks every pushed event against."""
    problems = []
    for key in ("id", "brand", "tote", "picklist"):
        value = str(raw.get(key) or "").strip()
        if value and not fits_id(value):
            problems.append(ImportProblem(where, f"{key} is longer than {MAX_ID} characters"
                                                 " or has control characters"))
    for key in ("customer_name", *OPTIONAL_TEXT):
        if len(str(raw.get(key) or "")) > MAX_TEXT:
            problems.append(ImportProblem(where, f"{key} is longer than {MAX_TEXT} characters"))
    return problems


def import_files(engine: Engine, paths: list[Path]) -> ImportReport:
    """All orders of all files, or none: a file with one bad row imports nothing."""
    parsed: list[dict[str, Any]] = []
    problems: list[ImportProblem] = []
    with engine.connect() as conn:
        known = _known_skus(conn)
    for path in paths:
        raws, file_problems = read_orders(path)
        problems += file_problems
        for number, raw in enumerate(raws, start=1):
            label = raw.get("id") or number
            order, order_problems = check_order(raw, known, f"{path} order {label}")
            problems += order_problems
            if order is not None:
                parsed.append(order)
    checked, batch_problems = batches.from_files(engine, paths, parsed)
    problems += [ImportProblem(where, message) for where, message in batch_problems]
    if problems:
        return ImportReport(problems=tuple(problems))
    report = publish_orders(engine, parsed)
    changed = batches.publish_all(engine, checked)
    return ImportReport(imported=report.imported + changed,
                        unchanged=report.unchanged + len(checked) - changed)


def publish_orders(engine: Engine, orders: list[dict[str, Any]]) -> ImportReport:
    imported = unchanged = 0
    with engine.begin() as conn:
        for order in orders:
            if feed.order_data(conn, order["id"]) == order:
                unchanged += 1
                continue
            feed.publish(conn, "order", order["id"], order, order["site"])
            imported += 1
    return ImportReport(imported=imported, unchanged=unchanged)


def _known_skus(conn: Connection) -> set[str] | None:
    """The hub's catalogue, or None when it has none yet (then any SKU is accepted)."""
    skus = set(conn.execute(select(entities.c.key).where(entities.c.kind == "product"))
               .scalars())
    return skus or None


def change_order(engine: Engine, kind: str, order_id: str, data: Mapping[str, Any]) -> bool:
    """Publish a cancellation, hold or address change. False if the order is unknown."""
    with engine.begin() as conn:
        return publish_change(conn, kind, order_id, data)


def publish_change(conn: Connection, kind: str, order_id: str,
                   data: Mapping[str, Any]) -> bool:
    """`change_order` inside the caller's transaction."""
    site = feed.order_site(conn, order_id)
    if site is None:
        return False
    feed.publish(conn, kind, order_id, {"order_id": order_id, **data}, site)
    return True


def cancellation(reason: str = "") -> tuple[str, dict[str, Any]]:
    return "order_cancelled", {"reason": reason}


def hold(reason: str) -> tuple[str, dict[str, Any]]:
    """A hold (an empty reason releases the order)."""
    return "order_held", {"reason": reason}


def new_address(ship_to: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    return "address_changed", {"ship_to": dict(ship_to)}


def cancel_order(engine: Engine, order_id: str, reason: str = "") -> bool:
    kind, data = cancellation(reason)
    return change_order(engine, kind, order_id, data)


def hold_order(engine: Engine, order_id: str, reason: str) -> bool:
    """Put an order on hold (an empty reason releases it)."""
    kind, data = hold(reason)
    return change_order(engine, kind, order_id, data)


def change_address(engine: Engine, order_id: str, ship_to: Mapping[str, Any]) -> bool:
    kind, data = new_address(ship_to)
    return change_order(engine, kind, order_id, data)
