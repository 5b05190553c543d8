"""Kits and set products at the bench (issue 14 item 3), on a real station file: a kit line
is packed by its parts or by the pre-assembled kit's own barcode, never counted twice; parts
packed loose survive a restart; the hub sends a kit's parts with its product; the slip lists
the kit with its parts (read back with pdftotext)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from printing.documents import slip
from printing.paper import Paper
from station import journal
from station.core import open_core
from station.demo import APPAREL, COSMETICS
from station.events.kits import KitAssembled, KitPartPacked, KitPartsSetAside
from station.events.materials import PackingMaterialsRecorded
from station.events.pack import ItemPacked, OrderPacked
from station.inbox.rejected import rejected_events
from station.pack.outcomes import Kind, Tone
from tests import printing_readback as readback
from tests import sync_support
from tests.integration.test_gs1_pack_flow import gs1_128
from tests.support import ean, payloads, scan
from tests.sync_support import station, worker_for

SOCKS = f"{APPAREL}-SET-SOX3"
TRIAL = f"{COSMETICS}-SET-TRIAL"
BLACK, NAVY, GREY = (f"{APPAREL}-SOX-{colour}-F" for colour in ("BLK", "NVY", "GRY"))
sqlite_hub = sync_support.sqlite_hub


def kit_order(core, kit_sku: str, sets: int, lines: int = 1):
    for order_id in core.catalogue.order_ids():
        order = core.catalogue.order(order_id)
        if (len(order.lines) == lines and order.lines[0].product.sku == kit_sku
                and order.lines[0].quantity == sets):
            return order
    raise LookupError(kit_sku)


def opened(core, order) -> None:
    scan(core, "BADGE:P-1001")
    assert scan(core, order.id).kind is Kind.ORDER_OPENED


def packed_kits(core, order_id: str) -> int:
    return sum(item.quantity for item in payloads(core.store.conn, ItemPacked, order_id)
               if item.sku in {SOCKS, TRIAL})


def test_a_kit_is_packed_by_scanning_each_of_its_parts(file_core):
    order = kit_order(file_core, SOCKS, 1)
    opened(file_core, order)
    first = scan(file_core, ean(file_core, BLACK))
    assert first.kind is Kind.KIT_PART_PACKED
    assert first.line_no == 1
    assert first.message.render() == (
        "Merino socks, black, F: part of Merino socks, 3-pair set. Still to scan: "
        "Merino socks, navy, F ×1, Merino socks, grey, F ×1.")
    assert scan(file_core, ean(file_core, NAVY)).kind is Kind.KIT_PART_PACKED
    assert file_core.pack.state.packed(1) == 0
    assert scan(file_core, ean(file_core, GREY)).kind is Kind.ORDER_COMPLETE
    conn = file_core.store.conn
    assert len(payloads(conn, KitPartPacked, order.id)) == 3
    assert [a.kits for a in payloads(conn, KitAssembled, order.id)] == [1]
    sealed = payloads(conn, OrderPacked, order.id)[0]
    assert [(u.sku, u.quantity) for u in sealed.boxes[0].items] == [(SOCKS, 1)]


def test_a_pre_assembled_kit_is_packed_by_its_own_barcode(file_core):
    order = kit_order(file_core, SOCKS, 1)
    opened(file_core, order)
    assert scan(file_core, ean(file_core, SOCKS)).kind is Kind.ORDER_COMPLETE
    assert payloads(file_core.store.conn, KitPartPacked, order.id) == []
    assert packed_kits(file_core, order.id) == 1


def test_parts_then_the_kit_barcode_sets_the_parts_aside_and_counts_the_kit_once(file_core):
    order = kit_order(file_core, SOCKS, 2, lines=2)
    opened(file_core, order)
    scan(file_core, ean(file_core, BLACK))
    outcome = scan(file_core, ean(file_core, SOCKS))
    assert outcome.kind is Kind.KIT_PARTS_SET_ASIDE
    assert outcome.tone is Tone.WARN
    assert outcome.message.render() == (
        "Merino socks, 3-pair set packed as the pre-assembled set. Take the loose parts back "
        "out of the box, they are not counted: Merino socks, black, F ×1.")
    assert file_core.pack.state.packed(1) == 1
    aside = payloads(file_core.store.conn, KitPartsSetAside, order.id)
    assert [(p.sku, p.quantity) for p in aside[0].parts] == [(BLACK, 1)]
    # The second set from its parts: the black sock set aside does not count towards it.
    for sku in (BLACK, NAVY):
        assert scan(file_core, ean(file_core, sku)).kind is Kind.KIT_PART_PACKED
    assert scan(file_core, ean(file_core, GREY)).kind is Kind.LINE_COMPLETE
    assert packed_kits(file_core, order.id) == 2
    other = order.lines[1].product.sku
    assert scan(file_core, ean(file_core, other)).kind is Kind.ORDER_COMPLETE


def test_a_part_too_many_is_an_over_scan_of_the_kit_line(file_core):
    order = kit_order(file_core, SOCKS, 2, lines=2)
    opened(file_core, order)
    assert scan(file_core, ean(file_core, SOCKS)).kind is Kind.MATCHED
    scan(file_core, ean(file_core, BLACK))
    outcome = scan(file_core, ean(file_core, BLACK))
    assert outcome.kind is Kind.OVER_SCAN
    assert "needs 0 more" in outcome.message.render()
    assert file_core.pack.state.awaiting_acknowledgement


def test_lot_controlled_parts_need_their_lot_and_complete_the_set(file_core):
    order = kit_order(file_core, TRIAL, 1)
    opened(file_core, order)
    parts = [part.product for part in order.lines[0].product.kit]
    assert scan(file_core, ean(file_core, parts[0].sku)).kind is Kind.LOT_REQUIRED
    outcomes = [scan(file_core, gs1_128(part.gtin, lot="L7", expiry="301231")).kind
                for part in parts]
    assert outcomes == [Kind.KIT_PART_PACKED, Kind.KIT_PART_PACKED, Kind.ORDER_COMPLETE]
    assert {p.lot for p in payloads(file_core.store.conn, KitPartPacked, order.id)} == {"L7"}


def test_parts_packed_before_a_restart_still_count(settings, clock):
    core = open_core(settings, clock)
    try:
        order = kit_order(core, SOCKS, 1)
        opened(core, order)
        scan(core, ean(core, BLACK))
        scan(core, ean(core, NAVY))
    finally:
        core.close()
    again = open_core(settings, clock)
    try:
        scan(again, "BADGE:P-1001")
        assert again.pack.order.id == order.id
        assert scan(again, ean(again, GREY)).kind is Kind.ORDER_COMPLETE
        types = [e.type for e in journal.for_subject(again.store.conn, order.id)]
        assert types.count(KitPartPacked.TYPE) == 3
    finally:
        again.close()


def test_the_hub_sends_a_kits_parts_with_its_product(sqlite_hub, tmp_path):
    core = station(tmp_path, demo=False)
    worker = worker_for(core, sqlite_hub)
    try:
        assert worker.pull().problems == 0
        kit = core.catalogue.product(SOCKS)
        assert [(p.product.sku, p.quantity) for p in kit.kit] == [
            (BLACK, 1), (NAVY, 1), (GREY, 1)]
        assert core.catalogue.product(BLACK).kit == ()
    finally:
        worker.stop()
        core.close()


@pytest.mark.parametrize(("language", "contains"), [("en", "contains:"), ("ja", "内訳:")])
def test_the_slip_lists_the_kit_with_its_parts_and_counts_the_kit_once(core, language,
                                                                       contains):
    order = dataclasses.replace(kit_order(core, SOCKS, 2, lines=2), language=language)
    text = readback.text(slip.render(order, "KAZE Apparel", Paper.A4))
    assert re.search(rf"{SOCKS}\s+2\s*$", text, re.MULTILINE)
    for part in order.lines[0].product.kit:
        assert re.search(rf"{re.escape(part.product.sku)}\s+\(2\)\s*$", text, re.MULTILINE)
        name = part.product.display_name(language)
        assert f"{contains} {name}" in text.replace("\n", " ")
    total = re.findall(r"(?:Total items|合計点数)\s+(\d+)\s*$", text, re.MULTILINE)
    assert total == ["3"]


def test_kit_and_material_events_reach_the_hub_and_none_is_parked(sqlite_hub, tmp_path):
    core = station(tmp_path)
    worker = worker_for(core, sqlite_hub)
    try:
        order = kit_order(core, SOCKS, 2, lines=2)
        opened(core, order)
        for text in ("MAT:GIFTWRAP", ean(core, BLACK), ean(core, SOCKS), ean(core, BLACK),
                     ean(core, NAVY), ean(core, GREY), ean(core, order.lines[1].product.sku)):
            scan(core, text)
        local = [(e.id, e.seq) for e in journal.all_events(core.store.conn)]
        assert {KitPartsSetAside.TYPE, KitAssembled.TYPE, PackingMaterialsRecorded.TYPE} <= {
            e.type for e in journal.for_subject(core.store.conn, order.id)}
        assert worker.drain() == len(local)
        assert sqlite_hub.events(core.station_id) == local
        assert rejected_events(core.store.conn) == []
    finally:
        worker.stop()
        core.close()


def test_undo_takes_back_a_loose_part_but_not_the_parts_of_a_whole_kit(file_core):
    order = kit_order(file_core, SOCKS, 2, lines=2)
    opened(file_core, order)
    scan(file_core, ean(file_core, BLACK))
    scan(file_core, ean(file_core, NAVY))
    undone = scan(file_core, "CMD:UNDO")
    assert undone.kind is Kind.UNDONE
    assert undone.message.render() == (
        "Undone: 1 × Merino socks, navy, F. Take it back out of the box.")
    assert "navy" in scan(file_core, ean(file_core, GREY)).message.render()  # still to scan
    assert scan(file_core, ean(file_core, NAVY)).kind is Kind.MATCHED  # a whole set
    assert scan(file_core, "CMD:UNDO").message.render() == (
        "Undone: 1 × Merino socks, 3-pair set. Take it back out of the box.")
    assert scan(file_core, "CMD:UNDO").kind is Kind.NOTHING_TO_UNDO
    assert file_core.pack.state.packed(1) == 0
    for sku in (BLACK, NAVY):
        assert scan(file_core, ean(file_core, sku)).kind is Kind.KIT_PART_PACKED


def test_a_part_with_serial_numbers_is_refused_and_the_set_is_packed_by_its_barcode(file_core):
    denim = next(p for p in file_core.catalogue.products() if p.serial_controlled)
    with file_core.store.write() as db:
        db.conn.execute("INSERT INTO kit_parts (kit_sku, part_no, sku, quantity)"
                        " VALUES (?, 4, ?, 1)", (SOCKS, denim.sku))
    file_core.catalogue.forget()
    order = kit_order(file_core, SOCKS, 1)
    opened(file_core, order)
    outcome = scan(file_core, gs1_128(denim.gtin, serial="SN1"))
    assert outcome.kind is Kind.SERIAL_REQUIRED
    assert "pack Merino socks, 3-pair set by its own barcode" in outcome.message.render()
    assert payloads(file_core.store.conn, KitPartPacked, order.id) == []
    assert scan(file_core, ean(file_core, SOCKS)).kind is Kind.ORDER_COMPLETE
