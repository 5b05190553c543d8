"""Export of the supervisor tables to CSV and XLSX (openpyxl). Every cell goes through
`station.spreadsheet.safe_row`: a packer or station name can never become a formula."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from station.metrics.report import Render, Table
from station.spreadsheet import safe_row


def write_csv(path: Path, table: Table, render: Render = str) -> None:
    """UTF-8 with a byte-order mark, so spreadsheet programs read Japanese names right."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(safe_row(render(header) for header in table.headers))
        for row in table.rows:
            writer.writerow(safe_row("" if cell is None else cell for cell in row))


def write_xlsx(path: Path, sheets: Sequence[tuple[str, Table]], render: Render = str) -> None:
    """One worksheet per table, with a bold frozen header row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for title, table in sheets:
        sheet = book.create_sheet(title[:31])
        sheet.append(safe_row(render(header) for header in table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(safe_row(row))
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(len(str(cell.value or "")) for cell in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 40)
    book.save(path)
