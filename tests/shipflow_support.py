"""A station that seals carrier orders with issued numbers, and a Yamato order to pack."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from station.carriers.contracts import carrier_name
from station.carriers.numbering import Actor, receive_block
from station.clock import Clock
from station.core import StationCore, open_core
from station.ids import OrderId
from station.models import Order
from station.settings import Settings
from tests.carrier_support import YAMATO
from tests.support import ean, scan

ACTOR = Actor("PACK-01", None, datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
FIRST = 99000000000


def carrier_settings(settings: Settings, label_check: str = "required") -> Settings:
    return replace(settings, pack=replace(settings.pack, carrier_labels=True,
                                          label_check=label_check))  # type: ignore[arg-type]


def open_carrier_core(settings: Settings, clock: Clock, *, block: int = 10,
                      label_check: str = "required") -> StationCore:
    core = open_core(carrier_settings(settings, label_check), clock)
    if block:
        receive_block(core.store, YAMATO.number_kind, FIRST, FIRST + block - 1, ACTOR)
    return core


def yamato_order(core: StationCore, *, skip: int = 0) -> Order:
    """A plain 宅急便 order: no cash on delivery, no lots or serials, few units."""
    found = []
    for order_id in core.catalogue.order_ids():
        order = core.catalogue.order(OrderId(order_id))
        assert order is not None
        if carrier_name(order.carrier) != "yamato" or order.service != "TA-Q-BIN":
            continue
        delivery = core.store.conn.execute("SELECT delivery FROM orders WHERE id = ?",
                                           (order.id,)).fetchone()[0] or ""
        if "cod" in delivery or order.cancelled or order.hold:
            continue
        if all(not line.product.serial_controlled and not line.product.lot_controlled
               and line.quantity < 4 for line in order.lines):
            found.append(order)
    return found[skip]


def pack_all(core: StationCore, order: Order) -> list:
    """Sign in, open the order and scan every unit; the outcomes, the last one the seal's."""
    outcomes = [scan(core, "BADGE:P-1001"), scan(core, order.id)]
    for line in order.lines:
        outcomes += [scan(core, ean(core, line.product.sku)) for _ in range(line.quantity)]
    return outcomes
