"""The demo barcode sheet: every code on it decodes back to exactly what it should carry, and
what a scanner reads from it means what its caption says to the station."""

from __future__ import annotations

from collections import Counter

import pytest

from printing.documents import barcode_sheet, sortwall_sheet
from scanning.interpret import interpret
from station.scans import Command, ScaleCommand, read_scale_command
from station.sortwall.batches import batch_ids, load_batch
from station.sortwall.codes import read_slot
from tests import printing_readback as readback


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    from station.clock import FixedClock
    from station.core import open_core
    from station.settings import load

    clock = FixedClock()
    core = open_core(load(None, data_dir=tmp_path_factory.mktemp("d"), environ={}), clock,
                     in_memory=True)
    from station.returns.setup import sheet_entries

    sections = (barcode_sheet.sections(core.catalogue, clock.now().date())
                + barcode_sheet.returns_sections(*sheet_entries(core))
                + sortwall_sheet.sections(core.store.conn))
    pdf = barcode_sheet.draw(sections)
    yield core, sections, pdf
    core.close()


@pytest.mark.slow
def test_every_code_on_the_sheet_decodes_back_to_its_data(sheet):
    _, sections, pdf = sheet
    wanted = Counter(code.scanned for section in sections for code in section.codes)
    found: Counter[str] = Counter()
    for page in readback.pdf_pages(pdf, 300):
        for code in readback.decode(page):
            text = code.text
            if code.format == "EAN13":
                text = text[:12]
            found[text] += 1
    # EAN-13 codes are compared without the check digit the symbology adds.
    assert found == wanted


def test_the_sheet_has_what_the_demo_needs(sheet):
    core, sections, _ = sheet
    data = [code.data for section in sections for code in section.codes]
    assert all(f"CMD:{command.value}" in data for command in Command)
    assert {read_scale_command(d) for d in data} >= set(ScaleCommand)
    assert {f"QTY:{n}" for n in range(2, 13)} <= set(data)
    assert "BADGE:P-1001" in data
    assert "BOX:B60" in data
    assert {"ORD-100001", "TOTE-0001", "PL-100001", "ORD-100030"} <= set(data)
    many = [order_id for order_id in core.catalogue.order_ids()
            if len(core.catalogue.order(order_id).lines) >= barcode_sheet.MANY_LINES]
    assert many
    assert set(many) <= set(data)
    assert len([d for d in data if d.isdigit() and len(d) == 12]) == len(
        core.catalogue.products())


def test_the_lot_codes_read_as_gs1_with_one_expired_and_one_short_dated(sheet):
    core, sections, _ = sheet
    today = core.clock.now().date()
    lots = [code for section in sections for code in section.codes
            if code.symbology == "gs1_128" and "\x1d" not in code.scanned[:16]]
    scans = [interpret(code.scanned) for code in lots]
    expiries = [scan.expiry for scan in scans if scan.expiry]
    assert any(expiry < today for expiry in expiries)
    assert any(0 < (expiry - today).days < 180 for expiry in expiries)
    assert sum((expiry - today).days > 365 for expiry in expiries) >= 10
    serials = [scan for scan in scans if scan.serial]
    assert serials
    assert all(scan.gtin for scan in serials)


def test_the_returns_bench_finds_rma_numbers_and_its_codes_on_the_sheet(sheet):
    """Issue 13 item 7: the codes were found only in the source."""
    _, sections, _ = sheet
    data = {code.data for section in sections for code in section.codes}
    assert {"RMA-5001", "RMA-5002", "RMA-6002"} <= data
    assert {"ANS:YES", "ANS:NO", "ANS:HALF", "GRADE:A", "GRADE:X", "WHY:HIDDEN_DAMAGE",
            "RET:PHOTO"} <= data


def test_the_sheet_the_station_writes_carries_the_returns_codes(tmp_path):
    from printing.cli import write_barcode_sheet
    from station.clock import FixedClock
    from station.core import open_core
    from station.settings import load

    core = open_core(load(None, data_dir=tmp_path, environ={}), FixedClock(), in_memory=True)
    try:
        pdf = write_barcode_sheet(core, tmp_path / "sheet.pdf").read_bytes()
    finally:
        core.close()
    text = readback.text(pdf)
    assert "RMA-5002" in text
    assert "WHY:HIDDEN_DAMAGE" in text
    assert "隠れた損傷" in text


def test_the_sheet_has_the_sort_wall_slot_labels_and_batch_totes(sheet):
    core, sections, _ = sheet
    data = {code.data for section in sections for code in section.codes}
    widest = max(batch.slots for batch in
                 (load_batch(core.store.conn, batch_id) for batch_id in batch_ids(core.store.conn)))
    assert {f"SLOT:{slot:02d}" for slot in range(1, widest + 1)} <= data
    assert f"SLOT:{widest + 1:02d}" not in data
    assert {"BT-0001-1", "BT-0003-3"} <= data
    # What a scanner reads from a slot label is a slot to the sort wall.
    assert read_slot(interpret("SLOT:07").text) == 7


def test_the_sheet_has_the_gift_steps_the_demo_inserts_and_a_gift_order(sheet):
    _, sections, _ = sheet
    data = {code.data for section in sections for code in section.codes}
    assert {"GIFT:NOSHI", "GIFT:WRAP", "FLY-KAZE-WELCOME", "HANA-SMP-SER", "ORD-100301"} <= data
