"""A carrier order at the bench: checked before sealing, a tracking number per box issued in
the seal's transaction, the label check (送り状検品) and the shipment confirmed."""

from __future__ import annotations

from dataclasses import replace

from station import journal
from station.carriers.corrections import correct_address
from station.carriers.tracking import tracking_problem, with_check_digit
from station.events.pack import OrderPacked
from station.events.shipping import (
    LabelChecked,
    ShipmentConfirmed,
    ShipmentRefused,
    WrongLabelScanned,
)
from station.ids import BadgeId, OrderId
from station.models import Badge, Role
from station.pack.outcomes import Kind, Tone
from tests.shipflow_support import ACTOR, FIRST, open_carrier_core, pack_all, yamato_order
from tests.support import ean, payloads, scan

SUPERVISOR = Badge(BadgeId("S-3001"), "高橋 美咲", Role.SUPERVISOR)


def _issued(core, order_id: str) -> dict[int, str]:
    return dict(core.store.conn.execute(
        "SELECT box_no, tracking FROM parcels WHERE order_id = ? AND tracking_source = 'issued'",
        (order_id,)).fetchall())


def test_a_refused_address_stops_the_seal_naming_the_field(settings, clock):
    core = open_carrier_core(settings, clock)
    try:
        order = yamato_order(core)
        correct_address(core.store, order.id, replace(order.ship_to, postcode="15-0001"),
                        "shop typo", by=SUPERVISOR, actor=ACTOR)
        order = core.catalogue.order(OrderId(order.id))
        outcome = pack_all(core, order)[-1]
        assert outcome.kind is Kind.CARRIER_PROBLEM
        assert outcome.tone is Tone.BAD
        text = outcome.message.render()
        assert "ship_to.postcode" in text
        assert "15-0001" in text
        assert core.pack.order is not None
        assert core.pack.order.id == order.id
        assert payloads(core.store.conn, OrderPacked, order.id) == []
        assert payloads(core.store.conn, ShipmentRefused, order.id)[0].fields == (
            "ship_to.postcode",)
        assert _issued(core, order.id) == {}
        correct_address(core.store, order.id, replace(order.ship_to, postcode="150-0001"),
                        "checked by phone", by=SUPERVISOR, actor=ACTOR)
        assert scan(core, "CMD:COMPLETE").kind is Kind.ADDRESS_CHANGED
        assert scan(core, "CMD:COMPLETE").kind is Kind.ORDER_COMPLETE
        assert _issued(core, order.id) == {1: with_check_digit(FIRST)}
    finally:
        core.close()


def test_an_empty_block_leaves_the_order_unsealed_and_says_so(settings, clock):
    core = open_carrier_core(settings, clock, block=0)
    try:
        order = yamato_order(core)
        outcome = pack_all(core, order)[-1]
        assert outcome.kind is Kind.NUMBERS_EXHAUSTED
        assert "tracking numbers are left" in outcome.message.render()
        assert payloads(core.store.conn, OrderPacked, order.id) == []
        assert core.pack.order is not None  # the packer can seal once a block arrives
        assert core.store.conn.execute("SELECT count(*) FROM parcels WHERE order_id = ?",
                                       (order.id,)).fetchone()[0] == 0
    finally:
        core.close()


def test_the_label_check_confirms_the_shipment_and_a_wrong_label_alarms(settings, clock):
    core = open_carrier_core(settings, clock)
    try:
        first, second = yamato_order(core), yamato_order(core, skip=1)
        assert pack_all(core, first)[-1].kind is Kind.ORDER_COMPLETE
        number = _issued(core, first.id)[1]
        assert tracking_problem("yamato", number) is None
        assert number == with_check_digit(FIRST)
        # Another order cannot start while the label waits.
        assert scan(core, second.id).kind is Kind.LABEL_CHECK_NEEDED
        # A number with a wrong check digit is refused, no alarm.
        bad_digit = number[:11] + str((int(number[11]) + 1) % 10)
        assert scan(core, bad_digit).kind is Kind.LABEL_CHECK_NEEDED
        # A valid number of another parcel: the alarm, which stays until OK.
        stranger = with_check_digit(FIRST + 5)
        assert scan(core, stranger).kind is Kind.WRONG_LABEL
        assert scan(core, number).kind is Kind.WRONG_LABEL
        assert scan(core, "CMD:COMPLETE").kind is Kind.WRONG_LABEL
        assert scan(core, "CMD:OK").kind is Kind.ACKNOWLEDGED
        # Read as a Codabar label comes, with its start and stop characters.
        outcome = scan(core, f"A{number}A")
        assert outcome.kind is Kind.SHIPMENT_CONFIRMED
        conn = core.store.conn
        assert [w.scanned for w in payloads(conn, WrongLabelScanned, first.id)] == [stranger]
        assert [c.tracking for c in payloads(conn, LabelChecked, first.id)] == [number]
        [confirmed] = payloads(conn, ShipmentConfirmed, first.id)
        assert confirmed.carrier == "yamato"
        assert confirmed.labels_checked
        assert [p.tracking for p in confirmed.parcels] == [number]
        units = sum(u.quantity for p in confirmed.parcels for u in p.items)
        assert units == first.units
        assert confirmed.parcels[0].weight_g > 0
        assert scan(core, second.id).kind is Kind.ORDER_OPENED
    finally:
        core.close()


def test_the_label_check_resumes_after_a_restart(settings, clock):
    core = open_carrier_core(settings, clock)
    order = yamato_order(core)
    pack_all(core, order)
    assert scan(core, with_check_digit(FIRST + 3)).kind is Kind.WRONG_LABEL
    core.close()
    core = open_carrier_core(settings, clock, block=0)
    try:
        scan(core, "BADGE:P-1001")
        assert scan(core, with_check_digit(FIRST)).kind is Kind.WRONG_LABEL  # alarm kept
        scan(core, "CMD:OK")
        assert scan(core, with_check_digit(FIRST)).kind is Kind.SHIPMENT_CONFIRMED
    finally:
        core.close()


def test_with_the_check_off_the_seal_confirms_and_optional_moves_on(settings, clock):
    core = open_carrier_core(settings, clock, label_check="off")
    try:
        order = yamato_order(core)
        assert pack_all(core, order)[-1].kind is Kind.ORDER_COMPLETE
        [confirmed] = payloads(core.store.conn, ShipmentConfirmed, order.id)
        assert not confirmed.labels_checked
        assert confirmed.parcels[0].tracking == with_check_digit(FIRST)
    finally:
        core.close()
    core = open_carrier_core(settings, clock, block=0, label_check="optional")
    try:
        second = yamato_order(core, skip=1)
        assert pack_all(core, second)[-1].kind is Kind.ORDER_COMPLETE
        third = yamato_order(core, skip=2)
        assert scan(core, third.id).kind is Kind.ORDER_OPENED
        [confirmed] = payloads(core.store.conn, ShipmentConfirmed, second.id)
        assert not confirmed.labels_checked
        types = [e.type for e in journal.for_subject(core.store.conn, second.id)]
        assert LabelChecked.TYPE not in types
    finally:
        core.close()


def test_the_seal_warns_when_the_numbers_run_low(settings, clock):
    core = open_carrier_core(settings, clock, block=3)
    try:
        outcome = pack_all(core, yamato_order(core))[-1]
        assert outcome.kind is Kind.ORDER_COMPLETE
        text = outcome.message.render()
        assert "scan each label" in text
        assert "Only 2" in text
        assert "supervisor" in text
    finally:
        core.close()


def test_a_two_box_order_gets_a_number_per_box_and_confirms_after_both_labels(settings, clock):
    core = open_carrier_core(settings, clock)
    try:
        order = next(o for o in (yamato_order(core, skip=i) for i in range(10)) if o.units >= 2)
        scan(core, "BADGE:P-1001")
        scan(core, order.id)
        units = [line.product.sku for line in order.lines for _ in range(line.quantity)]
        scan(core, ean(core, units[0]))
        assert scan(core, "CMD:NEWBOX").kind is Kind.BOX_STARTED
        outcomes = [scan(core, ean(core, sku)) for sku in units[1:]]
        assert outcomes[-1].kind is Kind.ORDER_COMPLETE
        numbers = _issued(core, order.id)
        assert numbers == {1: with_check_digit(FIRST), 2: with_check_digit(FIRST + 1)}
        assert scan(core, numbers[2]).kind is Kind.LABEL_CHECKED
        assert scan(core, numbers[2]).kind is Kind.WRONG_LABEL  # box 2's label twice
        scan(core, "CMD:OK")
        assert scan(core, numbers[1]).kind is Kind.SHIPMENT_CONFIRMED
        [confirmed] = payloads(core.store.conn, ShipmentConfirmed, order.id)
        assert [(p.box_no, p.tracking) for p in confirmed.parcels] == sorted(numbers.items())
        assert sum(u.quantity for u in confirmed.parcels[0].items) == 1
    finally:
        core.close()
