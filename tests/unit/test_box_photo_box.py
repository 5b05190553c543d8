"""Which box the photo at sealing shows (station.pack.box_photo), decided by the core from the
outcome of a scan: the box before a new one, the last box of a completed order, else none."""

from __future__ import annotations

from station.pack.box_photo import SealedBox, boxes_packed, sealed_box
from station.pack.outcomes import Kind
from tests.support import ean, find_order, scan


def test_a_new_box_seals_the_box_before_and_completing_seals_the_last(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, lot_controlled=False, min_lines=2, max_lines=2,
                       max_quantity=1)
    conn = core.store.conn
    opened = scan(core, order.id)
    assert sealed_box(opened, core.pack, conn) is None
    first = scan(core, ean(core, order.lines[0].product.sku))
    assert sealed_box(first, core.pack, conn) is None
    new_box = scan(core, "CMD:NEWBOX")
    assert new_box.kind is Kind.BOX_STARTED
    assert sealed_box(new_box, core.pack, conn) == SealedBox(order.id, 1)
    complete = scan(core, ean(core, order.lines[1].product.sku))
    assert complete.kind is Kind.ORDER_COMPLETE
    assert sealed_box(complete, core.pack, conn) == SealedBox(order.id, 2)


def test_an_order_never_sealed_counts_as_one_box(core):
    assert boxes_packed(core.store.conn, "ORD-NEVER") == 1
