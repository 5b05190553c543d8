"""Pack rules beyond the happy path: quantities, lots and expiry, serials, boxes, weight,
hub stops, idle sign-out."""

from __future__ import annotations

from datetime import timedelta

from station.demo import APPAREL, COSMETICS
from station.events.pack import ItemPacked, OrderPacked
from station.gtin import to_gtin14
from station.pack.outcomes import Kind
from station.scans import Scan
from tests.support import ean, find_line, find_order, payloads, scan


def sign_in_and_open(core, order):
    scan(core, "BADGE:P-1001")
    assert scan(core, order.id).kind is Kind.ORDER_OPENED


def gs1_item(product, *, lot=None, expiry=None, serial=None) -> Scan:
    return Scan(text=f"(01){product.gtin}", gtin=to_gtin14(product.gtin), lot=lot,
                expiry=expiry, serial=serial)


def plain_line_of_six(line) -> bool:
    product = line.product
    return line.quantity == 6 and not product.lot_controlled and not product.serial_controlled


def test_a_line_of_many_asks_for_a_quantity_and_packs_it_in_one_scan(core):
    order, line = find_line(core, plain_line_of_six)
    sign_in_and_open(core, order)
    assert scan(core, ean(core, line.product.sku)).kind is Kind.QUANTITY_NEEDED
    assert core.pack.state.packed(line.line_no) == 0
    outcome = scan(core, "QTY:6")
    assert outcome.kind in {Kind.LINE_COMPLETE, Kind.ORDER_COMPLETE}


def test_a_quantity_larger_than_what_is_left_is_an_over_scan(core):
    order, line = find_line(core, plain_line_of_six)
    sign_in_and_open(core, order)
    assert scan(core, "QTY:7").kind is Kind.QUANTITY_READY
    assert scan(core, ean(core, line.product.sku)).kind is Kind.OVER_SCAN
    assert core.pack.state.packed(line.line_no) == 0


def test_a_lot_controlled_item_needs_lot_and_expiry(core, clock):
    order = find_order(core, brand=COSMETICS, max_quantity=3)
    sign_in_and_open(core, order)
    product = order.lines[0].product
    assert scan(core, ean(core, product.sku)).kind is Kind.LOT_REQUIRED
    good = clock.now().date() + timedelta(days=400)
    outcome = core.pack.scan(gs1_item(product, lot="L1", expiry=good))
    assert outcome.kind in {Kind.MATCHED, Kind.LINE_COMPLETE, Kind.ORDER_COMPLETE}
    items = [(item.lot, item.expiry) for item in payloads(core.store.conn, ItemPacked)]
    assert items == [("L1", good.isoformat())]


def test_expired_and_short_dated_stock_is_refused_with_the_reason(core, clock):
    order = find_order(core, brand=COSMETICS, max_quantity=3)
    sign_in_and_open(core, order)
    product = order.lines[0].product
    today = clock.now().date()
    expired = core.pack.scan(gs1_item(product, lot="L1", expiry=today - timedelta(days=1)))
    assert expired.kind is Kind.EXPIRED
    short = core.pack.scan(gs1_item(product, lot="L2", expiry=today + timedelta(days=30)))
    assert short.kind is Kind.SHORT_DATED
    assert "180" in short.message.render()
    assert core.pack.state.packed(order.lines[0].line_no) == 0


def test_a_serial_is_captured_and_a_duplicate_serial_is_refused(core):
    order, line = find_line(core, lambda li: li.product.serial_controlled and li.quantity >= 2)
    sign_in_and_open(core, order)
    assert scan(core, ean(core, line.product.sku)).kind is Kind.SERIAL_REQUIRED
    first = core.pack.scan(gs1_item(line.product, serial="SN-1"))
    assert first.kind in {Kind.MATCHED, Kind.LINE_COMPLETE}
    again = core.pack.scan(gs1_item(line.product, serial="SN-1"))
    assert again.kind is Kind.DUPLICATE_SERIAL
    assert core.pack.state.packed(line.line_no) == 1


def test_completing_too_early_names_what_is_missing(core):
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=2)
    sign_in_and_open(core, order)
    outcome = scan(core, "CMD:COMPLETE")
    assert outcome.kind is Kind.NOT_COMPLETE
    assert str(order.units) in outcome.message.render()


def test_an_order_cancelled_by_the_hub_stops_before_its_label_prints(core):
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_lines=2,
                       max_quantity=1)
    sign_in_and_open(core, order)
    scan(core, ean(core, order.lines[0].product.sku))
    core.store.conn.execute("UPDATE orders SET cancelled = 1 WHERE id = ?", (order.id,))
    outcome = scan(core, ean(core, order.lines[1].product.sku))
    assert outcome.kind is Kind.STOPPED_BY_HUB
    packed = len(payloads(core.store.conn, OrderPacked))
    assert packed == 0
    assert core.pack.order is None


def test_a_hold_seen_after_a_pull_stops_the_open_order(core):
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=2)
    sign_in_and_open(core, order)
    assert core.pack.check_for_hub_changes() is None
    core.store.conn.execute("UPDATE orders SET hold = 'address check' WHERE id = ?", (order.id,))
    outcome = core.pack.check_for_hub_changes()
    assert outcome is not None
    assert outcome.kind is Kind.STOPPED_BY_HUB
    assert "address check" in outcome.message.render()


def test_the_suggested_box_is_the_smallest_that_fits_and_a_scanned_box_overrides_it(core):
    order = find_order(core, brand=COSMETICS, max_lines=1, max_quantity=1)
    sign_in_and_open(core, order)
    assert core.pack.suggested_box() == "MAILER"
    assert scan(core, "BOX:B80").kind is Kind.BOX_CHOSEN
    assert core.pack.suggested_box() == "B80"
    assert scan(core, "BOX:NOPE").kind is Kind.UNKNOWN_BOX
    assert scan(core, "CMD:UNDO").kind is Kind.UNDONE
    assert core.pack.suggested_box() == "MAILER"


def test_a_big_order_is_suggested_a_big_box(core):
    order = core.catalogue.order("ORD-100008")  # type: ignore[arg-type]
    sign_in_and_open(core, order)
    assert core.pack.suggested_box() == "B120"


def test_the_weight_check_compares_with_items_and_box_tare(core):
    order = find_order(core, brand=APPAREL, serial=False, max_lines=1, max_quantity=1)
    sign_in_and_open(core, order)
    core.pack.settings = type(core.pack.settings)(auto_complete=False)
    product = order.lines[0].product
    scan(core, ean(core, product.sku))
    box = core.catalogue.box_type(core.pack.suggested_box())
    expected = product.weight_g + box.tare_g
    assert scan(core, f"WEIGHT:{expected + 5}").kind is Kind.WEIGHT_OK
    assert scan(core, f"WEIGHT:{expected * 2}").kind is Kind.WEIGHT_OFF


def test_a_new_box_needs_something_in_the_current_one(core):
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=2)
    sign_in_and_open(core, order)
    assert scan(core, "CMD:NEWBOX").kind is Kind.BOX_EMPTY


def test_an_idle_packer_is_signed_out(core, clock):
    scan(core, "BADGE:P-1001")
    clock.advance(minutes=14)
    assert core.pack.sign_out_if_idle() is None
    clock.advance(minutes=2)
    outcome = core.pack.sign_out_if_idle()
    assert outcome is not None
    assert outcome.kind is Kind.SIGNED_OUT
    assert scan(core, "ORD-100001").kind is Kind.SIGN_IN_REQUIRED


def test_an_inspector_badge_cannot_pack(core):
    scan(core, "BADGE:I-2001")
    assert scan(core, "ORD-100001").kind is Kind.ROLE_NOT_ALLOWED


def test_a_cancelled_order_does_not_open(core):
    core.store.conn.execute("UPDATE orders SET cancelled = 1 WHERE id = 'ORD-100002'")
    scan(core, "BADGE:P-1001")
    assert scan(core, "ORD-100002").kind is Kind.ORDER_CANCELLED


def test_a_second_order_waits_until_the_first_is_finished(core):
    first = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=2)
    sign_in_and_open(core, first)
    scan(core, ean(core, first.lines[0].product.sku))
    outcome = scan(core, "ORD-100230")
    assert outcome.kind is Kind.ORDER_IN_PROGRESS
    assert core.pack.order.id == first.id


def test_an_exception_reported_while_a_wrong_item_waits_takes_its_reason(core):
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=2)
    sign_in_and_open(core, order)
    stranger = core.catalogue.products(COSMETICS)[0]
    assert scan(core, ean(core, stranger.sku)).kind is Kind.WRONG_ITEM
    assert scan(core, "CMD:EXCEPTION").kind is Kind.REASON_NEEDED
    assert scan(core, "REASON:WRONGPICK").kind is Kind.EXCEPTION_REPORTED
    assert core.pack.order is None


def test_one_serial_never_covers_several_units(core):
    order, line = find_line(core, lambda li: li.product.serial_controlled and li.quantity >= 2)
    sign_in_and_open(core, order)
    assert scan(core, "QTY:2").kind is Kind.QUANTITY_READY
    outcome = core.pack.scan(gs1_item(line.product, serial="SN-9"))
    assert outcome.kind is Kind.ONE_PER_SERIAL
    assert core.pack.state.packed(line.line_no) == 0
    assert core.pack.scan(gs1_item(line.product, serial="SN-9")).kind in {
        Kind.MATCHED, Kind.LINE_COMPLETE}
    assert core.pack.state.packed(line.line_no) == 1


def test_with_the_weight_check_on_a_box_is_weighed_before_the_order_completes(core):
    core.pack.settings = type(core.pack.settings)(weight_check=True)
    order = find_order(core, brand=APPAREL, serial=False, max_lines=1, max_quantity=1)
    sign_in_and_open(core, order)
    product = order.lines[0].product
    assert scan(core, ean(core, product.sku)).kind is Kind.WEIGHT_NEEDED
    assert core.pack.order is not None
    box = core.catalogue.box_type(core.pack.suggested_box())
    expected = product.weight_g + box.tare_g
    assert scan(core, f"WEIGHT:{expected * 3}").kind is Kind.WEIGHT_OFF
    assert scan(core, "CMD:COMPLETE").kind is Kind.WEIGHT_NEEDED
    assert scan(core, f"WEIGHT:{expected}").kind is Kind.ORDER_COMPLETE


def test_a_unit_packed_after_weighing_needs_the_box_weighed_again(core):
    core.pack.settings = type(core.pack.settings)(weight_check=True, auto_complete=False)
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_lines=2,
                       max_quantity=1)
    sign_in_and_open(core, order)
    scan(core, ean(core, order.lines[0].product.sku))
    scan(core, "WEIGHT:1")
    assert core.pack.state.weighed == {1: False}
    scan(core, ean(core, order.lines[1].product.sku))
    assert core.pack.state.weighed == {}


def test_with_the_weight_check_on_each_box_is_weighed_before_the_next_and_the_order_completes(
        core):
    core.pack.settings = type(core.pack.settings)(weight_check=True)
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_lines=2,
                       max_quantity=1)
    sign_in_and_open(core, order)
    first, second = order.lines
    scan(core, ean(core, first.product.sku))
    assert scan(core, "CMD:NEWBOX").kind is Kind.WEIGHT_NEEDED
    box = core.catalogue.box_type(core.pack.suggested_box())
    assert scan(core, f"WEIGHT:{first.product.weight_g + box.tare_g}").kind is Kind.WEIGHT_OK
    assert scan(core, "CMD:NEWBOX").kind is Kind.BOX_STARTED
    assert scan(core, ean(core, second.product.sku)).kind is Kind.WEIGHT_NEEDED
    box2 = core.catalogue.box_type(core.pack.suggested_box())
    outcome = scan(core, f"WEIGHT:{second.product.weight_g + box2.tare_g}")
    assert outcome.kind is Kind.ORDER_COMPLETE


def test_a_quantity_scanned_by_one_packer_is_not_used_by_the_next(core):
    order, line = find_line(core, plain_line_of_six)
    sign_in_and_open(core, order)
    assert scan(core, "QTY:6").kind is Kind.QUANTITY_READY
    scan(core, "CMD:SIGNOUT")
    assert scan(core, "BADGE:P-1002").kind is Kind.HANDED_OVER  # the first packer left
    outcome = scan(core, ean(core, line.product.sku))
    assert outcome.kind is Kind.QUANTITY_NEEDED
    assert core.pack.state.packed(line.line_no) == 0


def test_a_serial_read_twice_on_any_product_is_a_duplicate_not_a_database_error(core):
    order = find_order(core, brand=APPAREL, serial=False, min_lines=1, max_lines=1,
                       min_quantity=2, max_quantity=3)
    sign_in_and_open(core, order)
    product = order.lines[0].product
    assert core.pack.scan(gs1_item(product, serial="S-1")).kind in {Kind.MATCHED,
                                                                  Kind.LINE_COMPLETE}
    assert core.pack.scan(gs1_item(product, serial="S-1")).kind is Kind.DUPLICATE_SERIAL
