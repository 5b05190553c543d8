"""The pack session's outcomes, scan by scan, on the real core with an in-memory database."""

from __future__ import annotations

from station import journal
from station.demo import APPAREL, COSMETICS
from station.pack.outcomes import Kind, Tone
from station.pack.state import rebuild
from tests.support import ean, find_order, scan


def sign_in(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN


def test_a_scan_before_sign_in_asks_for_a_badge(core):
    assert scan(core, "ORD-100001").kind is Kind.SIGN_IN_REQUIRED


def test_an_unknown_badge_signs_nobody_in(core):
    assert scan(core, "BADGE:NOPE").kind is Kind.UNKNOWN_BADGE
    assert core.signin.badge is None


def test_packing_every_unit_completes_the_order(core):
    sign_in(core)
    order = find_order(core, brand=APPAREL, serial=False, min_lines=3, max_lines=3, max_quantity=3)
    assert scan(core, order.id).kind is Kind.ORDER_OPENED
    kinds = []
    for line in order.lines:
        for _ in range(line.quantity):
            kinds.append(scan(core, ean(core, line.product.sku)).kind)
    assert kinds[-1] is Kind.ORDER_COMPLETE
    assert Kind.LINE_COMPLETE in kinds
    assert core.pack.order is None
    status = core.store.conn.execute(
        "SELECT status FROM order_status WHERE order_id = ?", (order.id,)).fetchone()[0]
    assert status == "packed"


def test_a_wrong_item_must_be_acknowledged_before_going_on(core):
    sign_in(core)
    order = find_order(core, brand=APPAREL, serial=False, max_lines=1, max_quantity=2)
    other = next(p for p in core.catalogue.products(COSMETICS))
    scan(core, order.id)
    outcome = scan(core, ean(core, other.sku))
    assert outcome.kind is Kind.WRONG_ITEM
    assert outcome.tone is Tone.BAD
    assert scan(core, ean(core, order.lines[0].product.sku)).kind is Kind.ACKNOWLEDGE_FIRST
    assert scan(core, "CMD:OK").kind is Kind.ACKNOWLEDGED
    assert scan(core, ean(core, order.lines[0].product.sku)).kind in {
        Kind.MATCHED, Kind.ORDER_COMPLETE, Kind.LINE_COMPLETE}


def test_an_over_scan_packs_nothing_more(core):
    sign_in(core)
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=1)
    scan(core, order.id)
    code = ean(core, order.lines[0].product.sku)
    assert scan(core, code).kind is Kind.LINE_COMPLETE
    assert scan(core, code).kind is Kind.OVER_SCAN
    assert core.pack.state.packed(order.lines[0].line_no) == 1


def test_undo_is_a_compensating_event_not_a_deletion(core):
    sign_in(core)
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=1)
    scan(core, order.id)
    scan(core, ean(core, order.lines[0].product.sku))
    before = core.store.conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    assert scan(core, "CMD:UNDO").kind is Kind.UNDONE
    after = core.store.conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    assert after == before + 1
    assert core.pack.state.packed(order.lines[0].line_no) == 0


def test_replaying_the_journal_rebuilds_the_session_state(core):
    sign_in(core)
    order = find_order(core, brand=APPAREL, serial=False, min_lines=3, max_quantity=2)
    scan(core, order.id)
    scan(core, ean(core, order.lines[0].product.sku))
    scan(core, "CMD:NEWBOX")
    scan(core, ean(core, order.lines[1].product.sku))
    scan(core, "CMD:UNDO")
    rebuilt = rebuild(order.id, journal.for_subject(core.store.conn, order.id))
    assert rebuilt.snapshot() == core.pack.state.snapshot()
