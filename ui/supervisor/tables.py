"""Filling sortable tables: numbers sort as numbers, absent figures show as a dash."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

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
    return table


def fill(table: QTableWidget, headers: Sequence[Message],
         rows: Sequence[Sequence[Cell]]) -> None:
    sortable = table.isSortingEnabled()
    table.setSortingEnabled(False)  # sorting while filling scrambles rows
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels([tr(header) for header in headers])
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
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
