"""CSV and XLSX exports read back: numbers stay numbers, Japanese names survive."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from station.messages import catalogue
from station.metrics.compute import Throughput
from station.metrics.export import write_csv, write_xlsx
from station.metrics.report import TableKind, table
from station.metrics.settings import Targets

PACKERS = (
    Throughput("P-1001", orders=10, units=25, active_seconds=900.0, pack_times=((30, 1), (50, 1)),
               wrong_scans=1, exceptions=(("SHORT", 2),)),
    Throughput("P-1002", orders=0, units=0),
)
NAMES = {"P-1001": "佐藤 花子", "P-1002": "Alex Kim"}


def packers():
    return table(TableKind.PACKERS, PACKERS, Targets(packer_units_per_hour={"P-1001": 80.0}),
                 NAMES.get)


def test_the_packer_table_exports_to_csv_with_a_bom_for_spreadsheets(tmp_path):
    path = tmp_path / "packers.csv"
    write_csv(path, packers())
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig") as handle:
        header, first, second = list(csv.reader(handle))
    assert header[:4] == ["Packer", "Orders", "Units", "Units/hour"]
    assert first[:8] == ["佐藤 花子", "10", "25", "100.0", "80.0", "40.0", "4.0", "2"]
    assert first[8] == "Short 2"  # the reason's name, not its code
    assert second[3] == ""  # no working time: no rate, not zero


def test_the_xlsx_export_keeps_numbers_as_numbers(tmp_path):
    path = tmp_path / "throughput.xlsx"
    write_xlsx(path, [("Packers", packers())])
    sheet = load_workbook(path)["Packers"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Packer"
    assert rows[1][:4] == ("佐藤 花子", 10, 25, 100.0)
    assert rows[2][3] is None
    assert sheet.freeze_panes == "A2"


def test_codes_are_exported_by_name_in_the_language_asked_for(tmp_path):
    returns = (Throughput("P-1001", orders=1, units=1, exceptions=(("WRONGPICK", 1),
                                                                   ("NEWCODE", 2)),
                          grades=(("A", 3), ("C", 1)),
                          dispositions=(("restock", 3), ("recycle", 1)),
                          labels=(("checked", 5), ("wrong", 1))),)
    english = table(TableKind.PACKERS, returns, Targets())
    assert english.rows[0][8:] == ("Wrong item picked 1, Other: NEWCODE 2", 4,
                                   "Grade A 3, Grade C 1", "restock as new 3, recycle or destroy 1",
                                   "Labels checked 5, Wrong labels 1")
    words = catalogue("ja")
    japanese = table(TableKind.PACKERS, returns, Targets(), render=words.render)
    path = tmp_path / "ja.csv"
    write_csv(path, japanese, words.render)
    with path.open(encoding="utf-8-sig") as handle:
        header, row = list(csv.reader(handle))
    assert header[0] == words.render(japanese.headers[0]) != "Packer"
    assert row[10] == "グレードA 3, グレードC 1"
    assert "restock" not in row[11]
    assert "recycle" not in row[11]
    assert "NEWCODE 2" in row[8]
    assert "WRONGPICK" not in row[8]
    assert "checked" not in row[12]
    assert row[12].endswith(" 1")
