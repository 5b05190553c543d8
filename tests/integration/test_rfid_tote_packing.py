"""One RFID read of a tote packs the open order through the pack session's own rules, on the
real core with a SQLite file. Tags are SGTIN-96 encoded from the demo products' GTINs."""

from __future__ import annotations

from scanning.rfid.demo import tote_epcs
from scanning.rfid.readers import ReaderStatus
from scanning.rfid.simulated import SimulatedReader
from scanning.rfid.tote import RfidSettings, ToteVerifier
from station.demo import APPAREL, COSMETICS
from station.events.pack import ItemPacked, WrongItemScanned
from station.pack.outcomes import Kind
from station.pack.tote_packing import pack_matched
from tests.support import find_order, payloads, scan


def open_order(core, **shape):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, **shape)
    assert scan(core, order.id).kind is Kind.ORDER_OPENED
    return order


def neighbours(core, order):
    other = next(o for o in map(core.catalogue.order, core.catalogue.order_ids())
                 if o.id != order.id and o.brand == APPAREL)
    return tote_epcs(other, first_serial=9001)


def test_a_tote_holding_exactly_the_order_completes_it_from_one_read(file_core):
    order = open_order(file_core, brand=APPAREL, min_lines=3, max_lines=5)
    reader = SimulatedReader(tote=tote_epcs(order), neighbours=neighbours(file_core, order))
    verifier = ToteVerifier(reader)
    result = verifier.read(file_core.pack)
    assert result.check is not None
    assert result.check.complete
    assert result.check.foreign, "the neighbouring station's tags were read and set aside"
    outcomes = pack_matched(file_core.pack, result.check)
    assert outcomes[-1].kind is Kind.ORDER_COMPLETE
    status = file_core.store.conn.execute(
        "SELECT status FROM order_status WHERE order_id = ?", (order.id,)).fetchone()[0]
    assert status == "packed"
    sources = sum(item.source == "rfid" for item in payloads(file_core.store.conn, ItemPacked))
    assert sources == len(result.check.matched)


def test_serial_controlled_denim_records_each_tag_serial(file_core):
    assert scan(file_core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = next(o for o in map(file_core.catalogue.order, file_core.catalogue.order_ids())
                 if o.brand == APPAREL and len(o.lines) <= 4
                 and any(line.product.sku.startswith("KAZE-DEN-") for line in o.lines))
    scan(file_core, order.id)
    result = ToteVerifier(SimulatedReader(tote=tote_epcs(order, first_serial=5000))).read(
        file_core.pack)
    assert pack_matched(file_core.pack, result.check)[-1].kind is Kind.ORDER_COMPLETE
    denim = {item.gtin for item in result.check.matched if item.gtin in {
        line.product.gtin for line in order.lines if line.product.serial_controlled}}
    rows = file_core.store.conn.execute(
        "SELECT gtin, serial FROM packed_serials WHERE order_id = ?", (order.id,)).fetchall()
    assert denim
    assert denim <= {gtin for gtin, _ in rows}
    assert all(serial.isdigit() and int(serial) >= 5000 for _, serial in rows)


def test_a_missing_unit_is_shown_and_the_order_stays_open(file_core):
    order = open_order(file_core, brand=APPAREL, min_lines=2, max_lines=4)
    epcs = tote_epcs(order)
    result = ToteVerifier(SimulatedReader(tote=epcs[1:])).read(file_core.pack)
    assert result.check.missing_units == 1
    assert [m.line.line_no for m in result.check.missing] == [order.lines[0].line_no]
    outcomes = pack_matched(file_core.pack, result.check)
    assert outcomes[-1].kind is not Kind.ORDER_COMPLETE
    assert file_core.pack.missing_units() == 1


def test_an_item_from_another_order_is_extra_and_is_not_packed(file_core):
    order = open_order(file_core, brand=APPAREL, min_lines=2, max_lines=4)
    stray = neighbours(file_core, order)[:1]
    result = ToteVerifier(SimulatedReader(tote=tote_epcs(order) + stray)).read(file_core.pack)
    assert [item.epc for item in result.check.extra] == stray
    assert not result.check.complete
    assert pack_matched(file_core.pack, result.check)[-1].kind is Kind.ORDER_COMPLETE
    wrong = len(payloads(file_core.store.conn, WrongItemScanned))
    assert wrong == 0


def test_lot_controlled_cosmetics_still_ask_for_lot_and_expiry(file_core):
    order = open_order(file_core, brand=COSMETICS, lot_controlled=True, max_lines=1)
    result = ToteVerifier(SimulatedReader(tote=tote_epcs(order))).read(file_core.pack)
    outcomes = pack_matched(file_core.pack, result.check)
    assert {outcome.kind for outcome in outcomes} == {Kind.LOT_REQUIRED}
    assert file_core.pack.state.packed(order.lines[0].line_no) == 0


def test_a_second_read_of_the_same_tote_packs_nothing_twice(file_core):
    order = open_order(file_core, brand=APPAREL, min_lines=2, max_lines=4)
    reader = SimulatedReader(tote=tote_epcs(order)[1:])
    verifier = ToteVerifier(reader)
    pack_matched(file_core.pack, verifier.read(file_core.pack).check)
    again = verifier.read(file_core.pack)
    assert again.check.matched == ()
    assert [item.epc for item in again.check.extra] == tote_epcs(order)[1:]


def test_a_reader_dropping_mid_read_gives_a_status_and_packs_nothing_unseen(file_core):
    order = open_order(file_core, brand=APPAREL, min_lines=3, max_lines=5)
    reader = SimulatedReader(tote=tote_epcs(order), drop_after=2)
    result = ToteVerifier(reader).read(file_core.pack)
    assert result.window.status is ReaderStatus.DISCONNECTED
    assert "dropped its connection" in result.problem.render()
    assert result.check is not None
    assert not result.check.complete


def test_reading_without_an_open_order_says_what_to_do_first(file_core):
    scan(file_core, "BADGE:P-1001")
    result = ToteVerifier(SimulatedReader(tote=["3074257BF7194E4000001A85"]),
                          RfidSettings(reader="simulated")).read(file_core.pack)
    assert result.check is None
    assert "order or tote first" in result.problem.render()


def test_a_line_of_many_units_is_packed_one_tag_at_a_time_through_the_quantity_prompt(
        file_core):
    order = open_order(file_core, brand=APPAREL, serial=False, min_quantity=4, max_lines=2)
    result = ToteVerifier(SimulatedReader(tote=tote_epcs(order))).read(file_core.pack)
    outcomes = pack_matched(file_core.pack, result.check)
    assert outcomes[-1].kind is Kind.ORDER_COMPLETE
    packed = sum(item.quantity for item in payloads(file_core.store.conn, ItemPacked, order.id))
    assert packed == order.units
