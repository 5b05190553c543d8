"""Another packer's badge mid-order: a hand-over confirmed by a second scan, each unit credited
to the badge that scanned it, in the journal, the metrics tables and the raw-event figures,
and across restarts (on a real SQLite file)."""

from __future__ import annotations

from station.core import open_core
from station.events.handover import PackingHandedOver
from station.events.pack import OrderPacked, PackerUnits
from station.models import Order
from station.pack.outcomes import Kind
from tests.metrics_support import both, day_tally
from tests.support import ean, payloads, scan


def three_unit_order(core) -> Order:
    """A demo order of three units that needs neither a lot, a serial nor a quantity."""
    for order_id in core.catalogue.order_ids():
        order = core.catalogue.order(order_id)
        if order.units == 3 and all(
                not line.product.lot_controlled and not line.product.serial_controlled
                for line in order.lines):
            return order
    raise LookupError("no three-unit demo order")


def units(order: Order) -> list[str]:
    return [line.product.sku for line in order.lines for _ in range(line.quantity)]


def packer_units(core) -> dict[str, dict[str, int]]:
    return {name: {packer.key: packer.units for packer in day_tally(figures).packers}
            for name, figures in both(core.store.conn).items()}


def test_a_second_badge_is_asked_to_confirm_and_each_unit_stays_with_its_packer(file_core, clock):
    core = file_core
    order = three_unit_order(core)
    skus = units(order)
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    scan(core, order.id)
    clock.advance(seconds=10)
    scan(core, ean(core, skus[0]))
    clock.advance(seconds=10)

    asked = scan(core, "BADGE:P-1002")
    assert asked.kind is Kind.HANDOVER_ASKED
    assert core.signin.user == "P-1001"            # nothing changes until confirmed
    clock.advance(seconds=5)
    handed = scan(core, "BADGE:P-1002")
    assert handed.kind is Kind.HANDED_OVER
    assert core.signin.user == "P-1002"
    for sku in skus[1:]:
        clock.advance(seconds=10)
        outcome = scan(core, ean(core, sku))
    assert outcome.kind is Kind.ORDER_COMPLETE

    [handover] = payloads(core.store.conn, PackingHandedOver, order.id)
    assert (handover.from_badge, handover.to_badge, handover.units_packed) == (
        "P-1001", "P-1002", 1)
    [packed] = payloads(core.store.conn, OrderPacked, order.id)
    assert packed.packers == (PackerUnits(badge="P-1001", units=1),
                              PackerUnits(badge="P-1002", units=2))
    expected = {"P-1001": 1, "P-1002": 2}
    assert packer_units(core) == {"tables": expected, "raw": expected}
    for figures in both(core.store.conn).values():
        tally = day_tally(figures)
        assert tally.site.units == 3
        assert sum(bucket.units for bucket in tally.by_hour) == 3


def test_the_first_packer_going_on_drops_the_request(core):
    order = three_unit_order(core)
    skus = units(order)
    scan(core, "BADGE:P-1001")
    scan(core, order.id)
    assert scan(core, "BADGE:P-1002").kind is Kind.HANDOVER_ASKED
    assert scan(core, ean(core, skus[0])).kind is not Kind.HANDOVER_ASKED
    assert scan(core, "BADGE:P-1002").kind is Kind.HANDOVER_ASKED   # asked again, not taken
    assert core.signin.user == "P-1001"


def test_one_packer_alone_writes_no_split_and_a_supervisor_signs_in_without_taking_over(core):
    order = three_unit_order(core)
    skus = units(order)
    scan(core, "BADGE:P-1001")
    scan(core, order.id)
    assert scan(core, "BADGE:S-3001").kind is Kind.SIGNED_IN
    assert core.pack.state.packer == "P-1001"
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN   # the packer, back: no question
    for sku in skus:
        scan(core, ean(core, sku))
    [packed] = payloads(core.store.conn, OrderPacked, order.id)
    assert packed.packers == ()


def reopen(settings, clock, core):
    core.close()
    return open_core(settings, clock)


def test_a_restart_before_the_confirmation_hands_over_at_once_and_one_after_keeps_the_new_packer(
        settings, clock):
    core = open_core(settings, clock)
    try:
        order = three_unit_order(core)
        skus = units(order)
        scan(core, "BADGE:P-1001")
        scan(core, order.id)
        scan(core, ean(core, skus[0]))
        assert scan(core, "BADGE:P-1002").kind is Kind.HANDOVER_ASKED

        core = reopen(settings, clock, core)                 # killed before the second scan
        assert core.signin.user is None
        assert core.pack.state.packer == "P-1001"
        # the restart signed P-1001 out: nobody to ask, one scan takes it over
        assert scan(core, "BADGE:P-1002").kind is Kind.HANDED_OVER

        core = reopen(settings, clock, core)                 # and after it
        assert core.pack.state.packer == "P-1002"
        assert scan(core, "BADGE:P-1002").kind is Kind.SIGNED_IN
        for sku in skus[1:]:
            outcome = scan(core, ean(core, sku))
        assert outcome.kind is Kind.ORDER_COMPLETE
        [packed] = payloads(core.store.conn, OrderPacked, order.id)
        assert packed.packers == (PackerUnits(badge="P-1001", units=1),
                                  PackerUnits(badge="P-1002", units=2))
    finally:
        core.close()


def test_after_the_first_packer_signed_out_one_badge_scan_takes_the_order_over(file_core, clock):
    """Review item 11: nobody is left to ask, so the new badge signs in and takes over at once;
    signing out mid-order said the order stays open."""
    core = file_core
    order = three_unit_order(core)
    skus = units(order)
    scan(core, "BADGE:P-1001")
    scan(core, order.id)
    clock.advance(seconds=10)
    scan(core, ean(core, skus[0]))
    signed_out = scan(core, "CMD:SIGNOUT")
    assert signed_out.kind is Kind.SIGNED_OUT
    assert "An order stays open with 1 of 3 packed" in signed_out.message.render()
    assert order.id not in signed_out.message.render()
    assert core.signin.user is None

    clock.advance(seconds=30)
    handed = scan(core, "BADGE:P-1002")
    assert handed.kind is Kind.HANDED_OVER
    said = handed.message.render()
    assert f"You took over order {order.id} from 佐藤 花子 (Sato Hanako)" in said
    assert "1 of 3 packed" in said
    assert core.signin.user == "P-1002"
    [handover] = payloads(core.store.conn, PackingHandedOver, order.id)
    assert (handover.from_badge, handover.to_badge, handover.units_packed) == (
        "P-1001", "P-1002", 1)
    for sku in skus[1:]:
        clock.advance(seconds=10)
        outcome = scan(core, ean(core, sku))
    assert outcome.kind is Kind.ORDER_COMPLETE
    assert packer_units(core) == {"tables": {"P-1001": 1, "P-1002": 2},
                                  "raw": {"P-1001": 1, "P-1002": 2}}


def test_signing_out_with_no_order_open_says_only_who_signed_out(file_core):
    core = file_core
    scan(core, "BADGE:P-1001")
    signed_out = scan(core, "CMD:SIGNOUT")
    assert signed_out.message.render() == "Signed out: 佐藤 花子 (Sato Hanako)."
