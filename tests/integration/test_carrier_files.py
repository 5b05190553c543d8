"""Carrier files both ways, on a real station database: exports read back with the csv module
in CP932 have each layout's columns in place; the issued-history import attaches numbers,
reports strangers and conflicts and overwrites nothing."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from station.carriers.__main__ import main
from station.carriers.export import export
from station.carriers.history import import_history
from station.carriers.layouts.b2 import B2
from station.carriers.layouts.ehiden import EHIDEN3
from station.carriers.numbering import Actor
from station.carriers.orders import record_parcels, shipments_for
from station.carriers.shipment import Parcel
from station.core import StationCore
from tests.carrier_support import JAPANPOST, SAGAWA, YAMATO

DAY = "2026-11-23"
ACTOR = Actor("PACK-01", None, datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


def read(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("cp932"))))


def first_order(core: StationCore, carrier: str, service: str) -> str:
    for order_id, order_carrier, order_service in core.store.conn.execute(
            "SELECT id, carrier, service FROM orders WHERE cancelled = 0 ORDER BY id"):
        if order_carrier.lower().startswith(carrier) and order_service == service:
            return str(order_id)
    raise AssertionError("no such demo order")


def test_b2_export_has_95_columns_in_place_and_multi_box_keys(file_core: StationCore) -> None:
    order_id = first_order(file_core, "yamato", "TA-Q-BIN")
    record_parcels(file_core.store, order_id, [Parcel(1, 2000, (300, 200, 100)),
                                               Parcel(2, 3000, (350, 250, 150))], DAY)
    shipments = shipments_for(file_core.store.conn, "yamato", DAY)
    b2 = export(YAMATO, shipments)["b2"]
    rows = read(b2.content)
    assert rows[0][:4] == ["お客様管理番号", "送り状種類", "クール区分", "伝票番号"]
    assert rows[0][72] == "複数口くくりキー"
    assert rows[0][39] == "請求先顧客コード"
    assert all(len(row) == 95 for row in rows)
    assert b2.rows == len(rows) - 1
    assert b2.shipments + len(b2.refused) == len(shipments)
    boxes = [row for row in rows[1:] if row[0].startswith(f"{order_id}-")]
    assert [row[0] for row in boxes] == [f"{order_id}-1", f"{order_id}-2"]
    assert {row[72] for row in boxes} == {order_id}
    assert all(row[1] in {"0", "2"} and row[3] == "" and row[4] == "2026/11/23"
               for row in boxes)
    assert boxes[0][39] == YAMATO.customer_code
    assert boxes[0][17] == "様"
    assert b2.content.endswith(b"\r\n")


def test_b2_writes_cool_cod_and_the_time_slot_of_the_order(file_core: StationCore) -> None:
    shipments = {s.order_id: s for s in shipments_for(file_core.store.conn, "yamato", DAY)}
    rows = {row[0]: row for row in read(export(YAMATO, shipments.values())["b2"].content)[1:]}
    cod = next(s for s in shipments.values() if s.delivery.cod_yen
               and f"{s.order_id}-1" in rows)
    assert rows[f"{cod.order_id}-1"][1] == "2"
    assert rows[f"{cod.order_id}-1"][33] == str(cod.delivery.cod_yen)
    cool = next(s for s in shipments.values() if s.delivery.cool == "chilled"
                and f"{s.order_id}-1" in rows)
    assert rows[f"{cool.order_id}-1"][2] == "2"
    slot = next(s for s in shipments.values() if s.delivery.time_slot
                and f"{s.order_id}-1" in rows)
    assert rows[f"{slot.order_id}-1"][6] == slot.delivery.time_slot


def test_ehiden_export_has_74_columns_and_the_parcel_count(file_core: StationCore) -> None:
    order_id = first_order(file_core, "sagawa", "Hikyaku Express")
    record_parcels(file_core.store, order_id, [Parcel(n, 1000, (300, 200, 100))
                                               for n in (1, 2, 3)], DAY)
    result = export(SAGAWA, shipments_for(file_core.store.conn, "sagawa", DAY))["ehiden3"]
    rows = read(result.content)
    assert all(len(row) == 74 for row in rows)
    assert rows[0][9] == "お客様管理番号"
    assert rows[0][41] == "出荷個数"
    mine = next(row for row in rows[1:] if row[9] == order_id)
    assert mine[41] == "3"
    assert mine[43] in {"001", "002", "003"}


def test_japan_post_splits_yupri_and_clickpost_files(file_core: StationCore) -> None:
    files = export(JAPANPOST, shipments_for(file_core.store.conn, "japanpost", DAY))
    yupri, clickpost = read(files["yupri"].content), read(files["clickpost"].content)
    assert yupri[0][:3] == ["お客様側管理番号", "郵便種別", "支払方法"]
    assert {row[1] for row in yupri[1:]} <= {"0", "9"}
    assert clickpost[0] == ["お届け先郵便番号", "お届け先氏名", "お届け先敬称", "お届け先住所1行目",
                            "お届け先住所2行目", "お届け先住所3行目", "お届け先住所4行目", "内容品"]
    assert files["clickpost"].shipments >= 1


def test_a_name_that_cp932_cannot_hold_is_refused_not_mangled(file_core: StationCore) -> None:
    shipments = shipments_for(file_core.store.conn, "yamato", DAY)
    result = export(YAMATO, shipments)["b2"]
    refused = {item.order_id: item for item in result.refused}
    written = {row[0].rsplit("-", 1)[0] for row in read(result.content)[1:]}
    assert refused
    assert not set(refused) & written
    assert "?" not in result.content.decode("cp932")


def history_with(rows: list[list[str]], numbers: dict[str, str],
                 extra: list[list[str]] = ()) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(rows[0])
    for row in rows[1:]:
        writer.writerow([row[0], *row[1:3], numbers.get(row[0], ""), *row[4:]])
    writer.writerows(extra)
    return out.getvalue().encode("cp932")


def test_import_attaches_numbers_reports_strangers_and_overwrites_nothing(
        file_core: StationCore) -> None:
    store = file_core.store
    rows = read(export(YAMATO, shipments_for(store.conn, "yamato", DAY))["b2"].content)
    keys = [row[0] for row in rows[1:4]]
    numbers = {keys[0]: "389711074012", keys[1]: "512547514334", keys[2]: "405548424887"}
    stranger = ["NOT-OURS-1", "0", "0", "123456789016", *[""] * 91]
    content = history_with(rows, numbers, [stranger])
    report = import_history(store, YAMATO, B2, content, actor=ACTOR, source="history.csv")
    assert [(order, box, number) for order, box, number in report.attached] == [
        (keys[0].rsplit("-", 1)[0], 1, "389711074012"),
        (keys[1].rsplit("-", 1)[0], 1, "512547514334")]
    assert [p.key for p in report.strangers] == ["NOT-OURS-1"]
    assert [p.key for p in report.invalid] == [keys[2]]
    again = import_history(store, YAMATO, B2, content, actor=ACTOR, source="history.csv")
    assert again.attached == []
    assert again.unchanged == 2
    conflicting = history_with(rows, {keys[0]: "389711074023"})
    clash = import_history(store, YAMATO, B2, conflicting, actor=ACTOR, source="x.csv")
    assert clash.attached == []
    assert [p.key for p in clash.conflicts] == [keys[0]]
    kept = store.conn.execute("SELECT tracking FROM parcels WHERE order_id = ?",
                              (keys[0].rsplit("-", 1)[0],)).fetchone()[0]
    assert kept == "389711074012"
    events = store.conn.execute("SELECT count(*) FROM journal WHERE type ="
                                " 'TrackingNumberAttached'").fetchone()[0]
    assert events == 2


def test_ehiden_history_rows_fill_the_boxes_of_one_key_in_order(
        file_core: StationCore) -> None:
    store = file_core.store
    order_id = first_order(file_core, "sagawa", "Hikyaku Express")
    record_parcels(store, order_id, [Parcel(1, 1000), Parcel(2, 1000)], DAY)
    header = list(EHIDEN3.header)
    at, number_at = header.index("お客様管理番号"), header.index("お問い合せ送り状No.")
    lines = []
    for number in ("389711074012", "512547514334"):
        row = [""] * len(header)
        row[at], row[number_at] = order_id, number
        lines.append(row)
    content = history_with([header], {}, lines)
    report = import_history(store, SAGAWA, EHIDEN3, content, actor=ACTOR, source="e.csv")
    assert [(box, number) for _, box, number in report.attached] == [
        (1, "389711074012"), (2, "512547514334")]


def test_the_command_line_exports_and_imports(file_core: StationCore,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = file_core.settings.data_dir
    file_core.close()
    out = data_dir / "b2.csv"
    code = main(["--lang", "en", "export", "yamato", "--data-dir", str(data_dir),
                 "--out", str(out), "--date", DAY])
    assert code == 1                                  # the demo has refused shipments
    err = capsys.readouterr().err
    assert "written to" in err
    assert "cannot be written for the carrier" in err
    rows = read(out.read_bytes())
    history = data_dir / "history.csv"
    history.write_bytes(history_with(rows, {rows[1][0]: "389711074012"}))
    assert main(["--lang", "en", "import", "yamato", str(history),
                 "--data-dir", str(data_dir)]) == 0
    assert "1 number attached" in capsys.readouterr().err
    assert main(["--lang", "en", "import", "yamato", str(Path(__file__)),
                 "--data-dir", str(data_dir)]) == 2
