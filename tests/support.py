"""Small helpers for tests: scanning text into a core, finding demo orders by shape."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from scanning.interpret import interpret
from station import journal
from station.core import StationCore
from station.events import EventPayload
from station.models import Order, OrderLine
from station.pack.outcomes import ScanOutcome

P = TypeVar("P", bound=EventPayload)


def scan(core: StationCore, text: str) -> ScanOutcome:
    return core.pack.scan(interpret(text))


def ean(core: StationCore, sku: str) -> str:
    """What a plain EAN-13 scanner sends for a product."""
    product = core.catalogue.product(sku)  # type: ignore[arg-type]
    assert product is not None
    return product.gtin[1:]


def find_line(core: StationCore, wanted: Callable[[OrderLine], bool]) -> tuple[Order, OrderLine]:
    """The first demo order with a line that `wanted` accepts, and that line."""
    for order_id in core.catalogue.order_ids():
        order = core.catalogue.order(order_id)
        assert order is not None
        for line in order.lines:
            if wanted(line):
                return order, line
    raise LookupError("no demo order has such a line")


def find_order(core: StationCore, *, brand: str | None = None, lot_controlled: bool | None = None,
               serial: bool | None = None, max_lines: int = 99, min_lines: int = 1,
               min_quantity: int = 1, max_quantity: int = 999) -> Order:
    for order_id in core.catalogue.order_ids():
        order = core.catalogue.order(order_id)
        assert order is not None
        if brand and order.brand != brand:
            continue
        if not min_lines <= len(order.lines) <= max_lines:
            continue
        if any(not min_quantity <= line.quantity <= max_quantity for line in order.lines):
            continue
        if lot_controlled is not None and any(
                line.product.lot_controlled != lot_controlled for line in order.lines):
            continue
        if serial is not None and any(
                line.product.serial_controlled != serial for line in order.lines):
            continue
        return order
    raise LookupError("no demo order of that shape")


def payloads(conn: sqlite3.Connection, model: type[P], subject: str | None = None) -> list[P]:
    """The typed payloads of every event of `model`'s type (of one subject), oldest first."""
    events = journal.for_subject(conn, subject) if subject else journal.all_events(conn)
    return [event.read(model) for event in events if event.type == model.TYPE]


def wait_until(condition: Callable[[], object], timeout: float = 20.0,
               interval: float = 0.05) -> bool:
    """Poll `condition` until it is true or `timeout` seconds pass; whether it came true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return bool(condition())
