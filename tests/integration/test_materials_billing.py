"""Packing materials for billing (issue 14 item 5) on a real station file: the packer scans
materials (MAT: codes) while packing, the seal records the bill in its own transaction, and
the CLI exports a brand's period as CSV and XLSX, read back here with openpyxl."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from station import demo, journal
from station.clock import FixedClock
from station.demo import APPAREL, COSMETICS
from station.errors import ConfigError, StationError
from station.events.materials import MaterialScanned, PackingMaterialsRecorded
from station.events.pack import OrderPacked
from station.materials.catalogue import load_materials
from station.pack.outcomes import Kind
from tests import sync_support
from tests.integration.test_gs1_pack_flow import gs1_128
from tests.support import ean, payloads, scan
from tests.sync_support import SITE, station, worker_for

ROOT = Path(__file__).resolve().parents[2]
sqlite_hub = sync_support.sqlite_hub
hub = sync_support.hub
postgres = sync_support.postgres


def plain_order(core, brand: str, skip: tuple[str, ...] = ()):
    """A small demo order of `brand` packed unit by unit without quantity prompts."""
    for order_id in core.catalogue.order_ids():
        order = core.catalogue.order(order_id)
        if (order.brand == brand and order.id not in skip and len(order.lines) <= 3
                and all(line.quantity <= 3 and not line.product.serial_controlled
                        for line in order.lines)):
            return order
    raise LookupError(brand)


def pack_items(core, order) -> Kind:
    outcome = None
    for line in order.lines:
        for _ in range(line.quantity):
            outcome = scan(core, gs1_128(line.product.gtin, lot="L1", expiry="301231")
                           if line.product.lot_controlled else ean(core, line.product.sku))
    assert outcome is not None
    return outcome.kind


def box_of(core, order_id: str) -> str:
    return payloads(core.store.conn, OrderPacked, order_id)[0].boxes[0].box_type


def test_scanned_materials_are_billed_with_the_box_and_recorded_with_the_seal(file_core):
    order = plain_order(file_core, APPAREL)
    scan(file_core, "BADGE:P-1001")
    scan(file_core, order.id)
    assert scan(file_core, "MAT:GIFTWRAP").kind is Kind.MATERIAL_RECORDED
    scan(file_core, "QTY:3")
    outcome = scan(file_core, "mat:paper")
    assert outcome.kind is Kind.MATERIAL_RECORDED
    assert outcome.message.render() == "Kraft paper fill × 3 for box 1."
    assert pack_items(file_core, order) is Kind.ORDER_COMPLETE
    events = journal.for_subject(file_core.store.conn, order.id)
    types = [event.type for event in events]
    assert types.index(PackingMaterialsRecorded.TYPE) == types.index(OrderPacked.TYPE) + 1
    recorded = payloads(file_core.store.conn, PackingMaterialsRecorded, order.id)[0]
    box = box_of(file_core, order.id)
    assert {(use.code, use.quantity, use.source) for use in recorded.used} == {
        (box, 1, "box"), ("GIFTWRAP", 1, "scan"), ("PAPER", 3, "scan")}
    assert recorded.brand == APPAREL


def test_an_unknown_material_is_refused_and_leaves_the_defaults(file_core):
    order = plain_order(file_core, COSMETICS)
    scan(file_core, "BADGE:P-1001")
    scan(file_core, order.id)
    outcome = scan(file_core, "MAT:BUBBLE")
    assert outcome.kind is Kind.UNKNOWN_MATERIAL
    assert "BUBBLE" in outcome.message.render()
    assert payloads(file_core.store.conn, MaterialScanned, order.id) == []
    pack_items(file_core, order)
    recorded = payloads(file_core.store.conn, PackingMaterialsRecorded, order.id)[0]
    defaults = load_materials().defaults_for(box_of(file_core, order.id))
    assert {use.code: use.quantity for use in recorded.used
            if use.source == "default"} == defaults


def test_a_material_before_any_order_asks_for_the_order(file_core):
    scan(file_core, "BADGE:P-1001")
    assert scan(file_core, "MAT:AIR").kind is Kind.NO_ORDER


def test_when_the_bill_cannot_be_written_the_order_is_not_sealed_either(file_core):
    order = plain_order(file_core, APPAREL)
    scan(file_core, "BADGE:P-1001")
    scan(file_core, order.id)
    file_core.store.conn.execute(
        "CREATE TEMP TRIGGER refuse_the_bill BEFORE INSERT ON journal"
        f" WHEN NEW.type = '{PackingMaterialsRecorded.TYPE}'"
        " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    with pytest.raises(StationError):
        pack_items(file_core, order)
    file_core.store.conn.execute("DROP TRIGGER refuse_the_bill")
    types = {event.type for event in journal.for_subject(file_core.store.conn, order.id)}
    assert OrderPacked.TYPE not in types
    assert file_core.pack.order is not None
    assert file_core.pack.order.id == order.id


def test_a_materials_file_with_a_wrong_value_names_the_key(tmp_path):
    path = tmp_path / "materials.toml"
    path.write_text('[[materials]]\ncode = "AIR"\nkind = "cushioning"\nname = "Air"\n'
                    'rate_yen = -5\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_materials(path)
    assert "materials.0.rate_yen" in raised.value.message.render()
    path.write_text('[[materials]]\ncode = "AIR"\nkind = "cushioning"\nname = "Air"\n'
                    'rate_yen = 5\n[defaults.B60]\nTAPE = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_materials(path)
    assert "defaults.B60: no material 'TAPE'" in raised.value.message.render()


def _pack_at(core, clock, order, when: datetime, *materials: str) -> None:
    clock.set(when)
    scan(core, "BADGE:P-1001")
    scan(core, order.id)
    for code in materials:
        scan(core, code)
    assert pack_items(core, order) is Kind.ORDER_COMPLETE


def _export(core, tmp_path, out: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "station.materials", "export", "--data-dir",
         str(core.settings.data_dir), "--out", str(tmp_path / out), *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "PACKSTATION_STATION__LANGUAGE": "en"})


def test_the_export_bills_a_brands_local_days_with_rates_from_the_file(file_core, clock,
                                                                       tmp_path):
    first = plain_order(file_core, COSMETICS)
    second = plain_order(file_core, COSMETICS, skip=(first.id,))
    other_brand = plain_order(file_core, APPAREL)
    late = plain_order(file_core, COSMETICS, skip=(first.id, second.id))
    # 2026-11-30 23:30 JST is 14:30 UTC; 2026-12-01 00:10 JST is 15:10 UTC the day before.
    _pack_at(file_core, clock, first, datetime(2026, 11, 30, 14, 30, tzinfo=UTC), "MAT:AIR")
    _pack_at(file_core, clock, second, datetime(2026, 11, 30, 15, 10, tzinfo=UTC),
             "MAT:GIFTWRAP", "QTY:2", "MAT:AIR")
    _pack_at(file_core, clock, other_brand, datetime(2026, 12, 1, 3, 0, tzinfo=UTC),
             "MAT:GIFTWRAP")
    _pack_at(file_core, clock, late, datetime(2026, 12, 31, 15, 0, tzinfo=UTC), "MAT:TAPE")
    period = ("--brand", COSMETICS, "--from", "2026-12-01", "--to", "2026-12-31")
    done = _export(file_core, tmp_path, "bill.xlsx", *period)
    assert done.returncode == 0, done.stderr
    assert "1 orders of HANA" in done.stderr
    book = load_workbook(tmp_path / "bill.xlsx")
    assert book.sheetnames == ["Summary", "Orders"]
    orders = list(book["Orders"].iter_rows(values_only=True))
    assert orders[0] == ("Day", "Order", "Material code", "Material", "Kind", "Count",
                         "Rate (yen)", "Amount (yen)")
    box = box_of(file_core, second.id)
    assert sorted(orders[1:]) == sorted([
        ("2026-12-01", second.id, "AIR", "Air cushion", "cushioning", 2, 8, 16),
        ("2026-12-01", second.id, box, *_box_row(box)),
        ("2026-12-01", second.id, "GIFTWRAP", "Gift wrapping", "gift_wrap", 1, 120, 120)])
    summary = list(book["Summary"].iter_rows(values_only=True))
    total = summary[-1]
    assert total[1] == "Total (1 orders)"
    assert total[4] == 4
    assert total[6] == 16 + 120 + _box_row(box)[-1]

    done = _export(file_core, tmp_path, "bill.csv", *period)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(
        (tmp_path / "bill.csv").read_text(encoding="utf-8-sig"))))
    assert {row["Order"] for row in rows} == {second.id}
    assert {row["Material code"]: row["Amount (yen)"] for row in rows}["GIFTWRAP"] == "120"


def _box_row(code: str) -> tuple[str, str, int, int, int]:
    material = load_materials().material(code)
    assert material is not None
    rate = int(material.rate_yen)
    return material.name, material.kind, 1, rate, rate


def test_names_from_the_materials_file_never_become_formulas(file_core, clock, tmp_path):
    path = tmp_path / "materials.toml"
    path.write_text('[[materials]]\ncode = "AIR"\nkind = "cushioning"\n'
                    'name = "=HYPERLINK(\\"http://evil/\\",\\"x\\")"\nrate_yen = 5\n',
                    encoding="utf-8")
    order = plain_order(file_core, APPAREL)
    _pack_at(file_core, clock, order, datetime(2026, 12, 2, 3, 0, tzinfo=UTC), "MAT:AIR")
    done = _export(file_core, tmp_path, "bill.xlsx", "--brand", APPAREL, "--from",
                   "2026-12-01", "--to", "2026-12-31", "--materials", str(path))
    assert done.returncode == 0, done.stderr
    sheet = load_workbook(tmp_path / "bill.xlsx")["Orders"]
    names = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True) if row[2] == "AIR"]
    assert names == ["'=HYPERLINK(\"http://evil/\",\"x\")"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.parametrize(("period", "out", "said"), [
    (("--from", "2026-12-1x", "--to", "2026-12-31"), "bill.csv", "is not a day"),
    (("--from", "2026-12-31", "--to", "2026-12-01"), "bill.csv", "starts (2026-12-31) after"),
    (("--from", "2026-12-01", "--to", "2026-12-31"), "bill.pdf", "a .csv or .xlsx file"),
])
def test_bad_input_to_the_export_is_named_and_writes_nothing(file_core, tmp_path, period, out,
                                                             said):
    done = _export(file_core, tmp_path, out, "--brand", APPAREL, *period)
    assert done.returncode == 2
    assert said in done.stderr
    assert not (tmp_path / out).exists()


def test_the_barcode_sheet_carries_every_material_and_each_reads_back_as_it(file_core,
                                                                             tmp_path):
    from printing.cli import write_barcode_sheet
    from printing.documents import barcode_sheet
    from scanning.interpret import interpret
    from tests import printing_readback as readback

    section = barcode_sheet.materials_section(file_core.pack.materials)
    codes = {code.data for code in section.codes}
    assert codes == {f"MAT:{m.code}" for m in load_materials().materials if m.kind != "box"}
    decoded = {code.text for page in readback.pdf_pages(barcode_sheet.draw([section]), 300)
               for code in readback.decode(page)}
    assert decoded == codes
    assert {interpret(text).material for text in decoded} == {c[4:] for c in codes}
    sheet = readback.text(write_barcode_sheet(file_core, tmp_path / "sheet.pdf").read_bytes())
    assert "Gift wrapping / ギフトラッピング" in sheet
    kit_order = f"ORD-{100001 + demo.ORDER_COUNT}"  # the first order with a kit
    assert kit_order in sheet


def test_undo_takes_back_a_material_scanned_by_mistake(file_core):
    order = plain_order(file_core, APPAREL)
    scan(file_core, "BADGE:P-1001")
    scan(file_core, order.id)
    scan(file_core, "MAT:GIFTWRAP")
    scan(file_core, "QTY:2")
    scan(file_core, "MAT:AIR")
    outcome = scan(file_core, "CMD:UNDO")
    assert outcome.kind is Kind.UNDONE
    assert outcome.message.render() == "Undone: Air cushion × 2 for box 1."
    assert scan(file_core, "CMD:UNDO").message.render() == (
        "Undone: Gift wrapping × 1 for box 1.")
    assert scan(file_core, "CMD:UNDO").kind is Kind.NOTHING_TO_UNDO
    pack_items(file_core, order)
    recorded = payloads(file_core.store.conn, PackingMaterialsRecorded, order.id)[0]
    assert {use.source for use in recorded.used} == {"box", "default"}


def pack_at_two_stations(hub, tmp_path) -> list[str]:
    """One KAZE order with gift wrap packed at each of two stations, pushed to the hub."""
    packed: list[str] = []
    for name in ("PACK-01", "PACK-02"):
        core = station(tmp_path, name, FixedClock(datetime(2026, 12, 2, 3, 0, tzinfo=UTC)))
        worker = worker_for(core, hub)
        try:
            order = plain_order(core, APPAREL, skip=tuple(packed))
            scan(core, "BADGE:P-1001")
            scan(core, order.id)
            scan(core, "MAT:GIFTWRAP")
            assert pack_items(core, order) is Kind.ORDER_COMPLETE
            packed.append(order.id)
            worker.drain()
        finally:
            worker.stop()
            core.close()
    return packed


def test_the_hub_bills_a_site_from_every_stations_events(hub, tmp_path):
    from sync.hub.materials_bill import site_bill_lines

    packed = pack_at_two_stations(hub, tmp_path)
    lines = site_bill_lines(hub.engine, SITE, APPAREL, first=date(2026, 12, 2),
                            last=date(2026, 12, 2), zone=ZoneInfo("Asia/Tokyo"))
    assert {(line.order_id, line.quantity) for line in lines if line.code == "GIFTWRAP"} == {
        (order_id, 1) for order_id in packed}
    assert site_bill_lines(hub.engine, SITE, APPAREL, first=date(2026, 12, 3),
                           last=date(2026, 12, 31), zone=ZoneInfo("Asia/Tokyo")) == []
    assert site_bill_lines(hub.engine, "OSA1", APPAREL, first=date(2026, 12, 1),
                           last=date(2026, 12, 31), zone=ZoneInfo("Asia/Tokyo")) == []


def test_the_hub_cli_writes_a_sites_bill(sqlite_hub, tmp_path):
    """sqlite_hub keeps its database at tmp_path / hub.sqlite3."""
    packed = pack_at_two_stations(sqlite_hub, tmp_path)
    out = tmp_path / "site-bill.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "sync.hub", "materials-bill", "--db", str(tmp_path / "hub.sqlite3"),
         "--site", SITE, "--brand", APPAREL, "--from", "2026-12-01", "--to", "2026-12-31",
         "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "2 order(s) of KAZE" in done.stdout
    rows = list(load_workbook(out)["Orders"].iter_rows(min_row=2, values_only=True))
    assert {(row[1], row[2]) for row in rows if row[2] == "GIFTWRAP"} == {
        (order_id, "GIFTWRAP") for order_id in packed}


def test_the_export_says_so_when_there_is_no_station_database(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "station.materials", "export", "--data-dir", str(tmp_path),
         "--brand", APPAREL, "--from", "2026-12-01", "--to", "2026-12-31", "--out",
         str(tmp_path / "bill.csv")], cwd=ROOT, capture_output=True, text=True, timeout=60,
        check=False, env={**os.environ, "PACKSTATION_STATION__LANGUAGE": "en"})
    assert done.returncode == 2
    assert "No station database" in done.stderr
    assert not (tmp_path / "bill.csv").exists()
