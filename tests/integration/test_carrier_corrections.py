"""A supervisor fixes an address the checks refused; the fix is journaled."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from station.carriers.checks import check_shipment
from station.carriers.corrections import correct_address
from station.carriers.numbering import Actor
from station.carriers.orders import shipment_of
from station.core import StationCore
from station.errors import StationError
from station.ids import BadgeId, OrderId
from station.models import Badge, Role
from tests.carrier_support import YAMATO

ACTOR = Actor("PACK-01", None, datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
SUPERVISOR = Badge(BadgeId("S-3001"), "高橋 美咲", Role.SUPERVISOR)
PACKER = Badge(BadgeId("P-1001"), "佐藤 花子", Role.PACKER)


def test_a_supervisor_fixes_a_postcode_and_the_check_passes(file_core: StationCore) -> None:
    order_id = file_core.store.conn.execute(
        "SELECT id FROM orders WHERE carrier = 'YAMATO' AND service = 'TA-Q-BIN'"
        " AND delivery NOT LIKE '%cod%' ORDER BY id LIMIT 1").fetchone()[0]
    order = file_core.catalogue.order(OrderId(order_id))
    assert order is not None
    broken = replace(order.ship_to, postcode="15-0001")
    correct_address(file_core.store, order_id, broken, "typo from the shop", by=SUPERVISOR,
                    actor=ACTOR)
    order = file_core.catalogue.order(OrderId(order_id))
    assert order is not None
    problems = check_shipment(YAMATO, shipment_of(file_core.store.conn, order, "2026-11-23"))
    assert [p.field for p in problems] == ["ship_to.postcode"]
    with pytest.raises(StationError):
        correct_address(file_core.store, order_id, replace(broken, postcode="150-0001"),
                        "fix", by=PACKER, actor=ACTOR)
    correct_address(file_core.store, order_id, replace(broken, postcode="150-0001"),
                    "postcode checked by phone", by=SUPERVISOR, actor=ACTOR)
    order = file_core.catalogue.order(OrderId(order_id))
    assert order is not None
    assert check_shipment(YAMATO, shipment_of(file_core.store.conn, order, "2026-11-23")) == []
    events = file_core.store.conn.execute(
        "SELECT user, payload FROM journal WHERE type = 'ShipToCorrected' ORDER BY seq").fetchall()
    assert [user for user, _ in events] == ["S-3001", "S-3001"]
    last = json.loads(events[-1][1])
    assert (last["before"]["postcode"], last["after"]["postcode"]) == ("15-0001", "150-0001")
