"""Demo RMAs for both demo brands, covering every grade and every disposition, plus one RMA of
another site. Call `seed` after `station.demo.seed`. `planned_grades` says which grade each demo
item is meant to reach and `ANSWERS` the checklist answers that reach it, so the demo can be
walked through by hand (or by a test) with the answer barcode sheet."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from station.catalogue import Catalogue
from station.clock import iso
from station.demo import APPAREL, COSMETICS
from station.models import Order
from station.returns.rmas import upsert_rma
from station.store import Store

OTHER_SITE = "OSA1"

# The answers that reach each grade, per checklist (see policies/*.toml).
_GOOD_APPAREL = {"tags": "YES", "packaging": "YES", "wear": "NO", "stains": "NO",
                 "damage": "NO", "odour": "NO"}
_GOOD_COSMETICS = {"seal": "YES", "fill": "FULL", "leak": "NO", "box": "YES",
                   "box_damaged": "NO"}
ANSWERS: dict[tuple[str, str], dict[str, str]] = {
    ("apparel", "A"): _GOOD_APPAREL,
    ("apparel", "B"): {**_GOOD_APPAREL, "tags": "NO"},
    ("apparel", "C"): {**_GOOD_APPAREL, "wear": "YES"},
    ("apparel", "D"): {**_GOOD_APPAREL, "damage": "YES"},
    ("apparel", "X"): {**_GOOD_APPAREL, "odour": "YES"},
    ("cosmetics", "A"): _GOOD_COSMETICS,
    ("cosmetics", "B"): {**_GOOD_COSMETICS, "box_damaged": "YES"},
    ("cosmetics", "C"): {**_GOOD_COSMETICS, "box": "NO"},
    ("cosmetics", "D"): {**_GOOD_COSMETICS, "leak": "YES"},
    ("cosmetics", "X"): {**_GOOD_COSMETICS, "seal": "NO"},
}


@dataclass(frozen=True)
class _Scenario:
    rma_id: str
    brand: str
    grades: tuple[str, ...]   # one returned unit per grade, from the order's first lines
    reason: str
    reason_text: str
    wants: str = "refund"
    site: str = ""


SCENARIOS = (
    _Scenario("RMA-5001", APPAREL, ("A",), "CHANGED_MIND", "Changed my mind / 気が変わった"),
    _Scenario("RMA-5002", APPAREL, ("B", "C"), "WRONG_SIZE", "Too small / サイズが小さい",
              wants="exchange"),
    _Scenario("RMA-5003", APPAREL, ("D",), "DEFECTIVE", "Seam came apart / 縫い目がほつれた"),
    _Scenario("RMA-5004", APPAREL, ("X",), "NOT_AS_DESCRIBED", "Colour differs / 色が違う"),
    _Scenario("RMA-6001", COSMETICS, ("A",), "CHANGED_MIND", "Ordered twice / 二重注文"),
    _Scenario("RMA-6002", COSMETICS, ("B", "C"), "DAMAGED_IN_TRANSIT",
              "Box arrived crushed / 箱がつぶれて届いた"),
    _Scenario("RMA-6003", COSMETICS, ("D",), "DEFECTIVE", "Pump does not work / ポンプが出ない"),
    _Scenario("RMA-6004", COSMETICS, ("X",), "ALLERGIC_REACTION", "Skin reaction / 肌に合わない",
              wants="exchange"),
    _Scenario("RMA-7001", APPAREL, ("A",), "CHANGED_MIND", "Sent to the wrong warehouse",
              site=OTHER_SITE),
)

def _orders(catalogue: Catalogue, brand: str, count: int) -> list[Order]:
    """Demo orders of `brand` whose lines are plain (no serial) and at least `count` long."""
    found = []
    for order_id in catalogue.order_ids():
        order = catalogue.order(order_id)
        if order is None or order.brand != brand or len(order.lines) < count:
            continue
        if any(line.product.serial_controlled for line in order.lines[:count]):
            continue
        found.append(order)
    return found


def rma_json(scenario: _Scenario, order: Order, site: str, created: datetime) -> dict[str, Any]:
    lines = order.lines[:len(scenario.grades)]
    first = lines[0].product.sku
    return {
        "id": scenario.rma_id, "site": scenario.site or site, "brand": order.brand,
        "order_id": order.id, "customer_name": order.customer_name,
        "tracking": f"4821{scenario.rma_id[-4:]}0{len(lines)}00",
        "reason": scenario.reason, "reason_text": scenario.reason_text,
        "wants": scenario.wants,
        "exchange_sku": first if scenario.wants == "exchange" else None,
        "created_at": iso(created),
        "lines": [{"line_no": n, "sku": line.product.sku, "quantity": 1,
                   "unit_price": line.product.price} for n, line in enumerate(lines, 1)],
    }


def seed(store: Store, now: datetime, site: str = "TYO1") -> bool:
    """Add the demo RMAs (after `station.demo.seed`). False when there already are RMAs."""
    if store.conn.execute("SELECT count(*) FROM rmas").fetchone()[0]:
        return False
    catalogue = Catalogue(store.conn)
    used: set[str] = set()
    with store.write() as db:
        for number, scenario in enumerate(SCENARIOS):
            order = next(o for o in _orders(catalogue, scenario.brand, len(scenario.grades))
                         if o.id not in used)
            used.add(order.id)
            data = rma_json(scenario, order, site, now - timedelta(days=3, hours=number))
            result = upsert_rma(db.conn, data)
            assert result.ok, result.problem
    return True


def planned_grades(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """(RMA id, SKU) -> the grade each seeded demo item is meant to reach."""
    planned = {}
    for scenario in SCENARIOS:
        rows = conn.execute("SELECT sku FROM rma_lines WHERE rma_id = ? ORDER BY line_no",
                            (scenario.rma_id,)).fetchall()
        for (sku,), grade in zip(rows, scenario.grades, strict=False):
            planned[(scenario.rma_id, sku)] = grade
    return planned
