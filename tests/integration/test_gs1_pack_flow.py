"""GS1 data from a scanner drives the pack flow's lot, expiry and serial rules, on the real core
with a real SQLite file. The strings are what a wedge scanner sends: symbology identifier,
element strings, GS as the configured substitute '~'."""

from __future__ import annotations

from station.demo import APPAREL, COSMETICS
from station.events.pack import ItemPacked
from station.pack.outcomes import Kind
from tests.support import find_order, payloads, scan


def sign_in(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN


def gs1_128(gtin14: str, lot: str | None = None, expiry: str | None = None,
            serial: str | None = None) -> str:
    text = "]C101" + gtin14
    if expiry:
        text += "17" + expiry
    if lot:
        text += "10" + lot + "~"
    if serial:
        text += "21" + serial
    return text.rstrip("~")


def open_lot_order(core):
    sign_in(core)
    order = find_order(core, brand=COSMETICS, lot_controlled=True, max_lines=1, max_quantity=1)
    assert scan(core, order.id).kind is Kind.ORDER_OPENED
    return order, order.lines[0].product


def test_a_gs1_scan_with_lot_and_expiry_packs_a_lot_controlled_item(file_core):
    _order, product = open_lot_order(file_core)
    outcome = scan(file_core, gs1_128(product.gtin, lot="L2611A", expiry="271231"))
    assert outcome.kind is Kind.ORDER_COMPLETE
    assert "packed in 1 box." in outcome.message.render()   # not "1 box(es)"
    packed = payloads(file_core.store.conn, ItemPacked)[-1]
    assert (packed.lot, packed.expiry) == ("L2611A", "2027-12-31")


def test_a_plain_ean_of_a_lot_controlled_item_asks_for_the_gs1_barcode(file_core):
    _, product = open_lot_order(file_core)
    assert scan(file_core, product.gtin[1:]).kind is Kind.LOT_REQUIRED


def test_expired_stock_is_refused_with_the_date(file_core):
    _, product = open_lot_order(file_core)
    outcome = scan(file_core, gs1_128(product.gtin, lot="OLD1", expiry="261101"))
    assert outcome.kind is Kind.EXPIRED
    assert "2026-11-01" in outcome.message.render()
    assert file_core.pack.state.packed(1) == 0


def test_stock_expiring_inside_the_brands_minimum_shelf_life_is_refused(file_core):
    _, product = open_lot_order(file_core)
    outcome = scan(file_core, gs1_128(product.gtin, lot="SHORT1", expiry="270301"))
    assert outcome.kind is Kind.SHORT_DATED
    assert "180" in outcome.message.render()


def test_the_gs_separator_itself_works_as_well_as_its_substitute(file_core):
    _, product = open_lot_order(file_core)
    text = "]C101" + product.gtin + "10L1\x1d17271231"
    assert scan(file_core, text).kind is Kind.ORDER_COMPLETE


def test_a_gs1_digital_link_qr_code_carries_lot_and_expiry(file_core):
    _, product = open_lot_order(file_core)
    url = f"https://id.gs1.org/01/{product.gtin}/10/DL7?17=271231"
    assert scan(file_core, url).kind is Kind.ORDER_COMPLETE


def test_a_wrong_check_digit_in_the_gtin_is_refused_as_unreadable(file_core):
    _, product = open_lot_order(file_core)
    wrong = product.gtin[:-1] + str((int(product.gtin[-1]) + 1) % 10)
    outcome = scan(file_core, gs1_128(wrong, lot="L1", expiry="271231"))
    assert outcome.kind is Kind.UNREADABLE
    assert "check digit" in outcome.message.render()


def test_a_serial_is_captured_and_the_same_serial_is_refused_the_second_time(file_core):
    sign_in(file_core)
    order = next(o for o in map(file_core.catalogue.order, file_core.catalogue.order_ids())
                 if o.brand == APPAREL and any(line.product.serial_controlled and
                                               line.quantity >= 2 for line in o.lines))
    line = next(line for line in order.lines if line.product.serial_controlled
                and line.quantity >= 2)
    scan(file_core, order.id)
    assert scan(file_core, line.product.gtin[1:]).kind is Kind.SERIAL_REQUIRED
    first = scan(file_core, gs1_128(line.product.gtin, serial="DN0001"))
    assert first.kind in {Kind.MATCHED, Kind.LINE_COMPLETE}
    again = scan(file_core, gs1_128(line.product.gtin, serial="DN0001"))
    assert again.kind is Kind.DUPLICATE_SERIAL
    assert file_core.store.conn.execute(
        "SELECT order_id FROM packed_serials WHERE serial = 'DN0001'").fetchone()[0] == order.id
