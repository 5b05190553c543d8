"""Filling sortable tables: numbers sort as numbers, absent figures show as a dash."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from station.messages import Message
from station.metrics.report import Cell
from ui.i18n import tr


def new_table(parent: QWidget | None = None, *, sortable: bool = True) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(sortable)
    table.verticalHeader().setVisible(False)
    # Twelve columns on a 1366-wide screen: smaller type than the pack screen's tables.
    table.setStyleSheet("QTableWidget { font-size: 14px; }"
                        " QHeaderView::section { font-size: 12px; padding: 3px; }")
    return table


def fill(table: QTableWidget, headers: Sequence[Message],
         rows: Sequence[Sequence[Cell]]) -> None:
    sortable = table.isSortingEnabled()
    table.setSortingEnabled(False)  # sorting while filling scrambles rows
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels([two_lines(tr(header)) for header in headers])
    table.setRowCount(len(rows))
    for row_index, row in enumerate(rows):
        for column, cell in enumerate(row):
            item = QTableWidgetItem()
            if isinstance(cell, (int, float)):
                item.setData(Qt.ItemDataRole.DisplayRole, cell)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setText("–" if cell is None else str(cell))
            table.setItem(row_index, column, item)
    table.setSortingEnabled(sortable)
    _fit(table, rows)


def two_lines(text: str) -> str:
    """A long header on two lines, broken at the space nearest its middle: only between
    words, so a Japanese header breaks where its translation has a space (between words),
    never inside a word."""
    if _width(text) <= 12 or " " not in text:
        return text
    middle = _width(text) / 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(_width(text[:i]) - middle))
    return f"{text[:cut]}\n{text[cut + 1:]}"


def _width(text: str) -> int:
    """Columns the text takes: full-width (Japanese) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(table: QTableWidget, rows: Sequence[Sequence[Cell]]) -> None:
    """Numbers take the width of their figures and header lines; columns of text (names,
    counts by reason) share what is left and wrap, so the table fits the screen instead of
    scrolling sideways."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    texts = {column for column in range(table.columnCount())
             if any(isinstance(row[column], str) for row in rows)}
    if not rows:
        header.setStretchLastSection(True)
    measure = QFontMetrics(header.font())
    for column in range(table.columnCount()):
        if column in texts:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        label = table.horizontalHeaderItem(column)
        lines = label.text().split("\n") if label is not None else [""]
        wanted = max(max(measure.horizontalAdvance(line) for line in lines) + 18,
                     table.sizeHintForColumn(column) + 8)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, wanted)
    table.setWordWrap(True)
    table.resizeRowsToContents()


def one_line_rows(table: QTableWidget) -> None:
    """Rows one line tall (a queue to scan down, not to read in the table): every cell's whole
    text in its tooltip."""
    table.setWordWrap(False)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                item.setToolTip(item.text())
    table.resizeRowsToContents()
