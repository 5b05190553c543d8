"""The order's lines as a table: what to pick, where it is, how many are packed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
)

from station.messages import msg
from station.models import Order, OrderLine
from ui.i18n import tr

_DONE = QColor("#d9f2e1")
_ACTIVE = QColor("#fff4c2")
_WHITE = QColor("#ffffff")


def placeholder_icon(text: str, colour: str = "#8395a7") -> QIcon:
    """A coloured tile with the product's initials, for products without a photo."""
    pixmap = QPixmap(44, 44)
    pixmap.fill(QColor(colour))
    painter = QPainter(pixmap)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(15)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text[:3])
    painter.end()
    return QIcon(pixmap)


class LinesTable(QTableWidget):
    COLUMNS = 6

    def __init__(self) -> None:
        super().__init__(0, self.COLUMNS)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        # 40 px rows: eight lines fit a 1366x768 station screen under the banner.
        self.verticalHeader().setDefaultSectionSize(40)
        self.setIconSize(QSize(32, 32))
        header = self.horizontalHeader()
        # Widths are fitted once per order: fitting on every change costs a pass over every
        # row, which a 1,000-line order cannot afford between two scans.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._rows: dict[int, int] = {}
        self._shown_packed: dict[int, int] = {}
        self._order: Order | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            tr(msg("PackScreen", "SKU")), tr(msg("PackScreen", "Item")),
            tr(msg("PackScreen", "Location")), tr(msg("PackScreen", "Ordered")),
            tr(msg("PackScreen", "Packed")), tr(msg("PackScreen", "Box"))])

    def show_order(self, order: Order | None, packed: dict[int, int],
                   boxes: dict[int, list[int]], language: str) -> None:
        self._order = order
        self._language = language
        self.setRowCount(0)
        self._rows.clear()
        self._shown_packed.clear()
        if order is None:
            return
        self.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            self._rows[line.line_no] = row
            sku = QTableWidgetItem(line.product.sku)
            sku.setIcon(placeholder_icon(line.product.sku.split("-")[1] if "-" in line.product.sku
                                         else line.product.sku))
            self.setItem(row, 0, sku)
            self.setItem(row, 1, self._name_item(line))
            self.setItem(row, 2, QTableWidgetItem(line.product.location))
            ordered = QTableWidgetItem(str(line.quantity))
            ordered.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, 3, ordered)
            self.update_line(line, packed.get(line.line_no, 0), boxes.get(line.line_no, []))
        for column in (0, 2, 3, 4, 5):
            self.resizeColumnToContents(column)

    def _name_item(self, line: OrderLine) -> QTableWidgetItem:
        return QTableWidgetItem(line.product.display_name(getattr(self, "_language", "en")))

    def show_kit_parts(self, line: OrderLine, progress: tuple[int, int] | None) -> None:
        """A kit line's name says how far the kit being put together is ("2 of 3 parts"),
        so parts scanned one by one leave a trace before the kit is whole."""
        row = self._rows.get(line.line_no)
        cell = self.item(row, 1) if row is not None else None
        if cell is None:
            return
        name = line.product.display_name(getattr(self, "_language", "en"))
        if progress is not None and progress[0]:
            name = tr(msg("PackScreen", "{name} — {count} of {total} parts", name=name,
                          count=progress[0], total=progress[1]))
        cell.setText(name)

    def update_line(self, line: OrderLine, packed: int, boxes: list[int]) -> None:
        row = self._rows.get(line.line_no)
        if row is None:
            return
        self._shown_packed[line.line_no] = packed
        item = QTableWidgetItem(str(packed))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.setItem(row, 4, item)
        box_item = QTableWidgetItem(", ".join(str(b) for b in sorted(set(boxes))))
        self.setItem(row, 5, box_item)
        self._fit_box_column(box_item.text())
        colour = _DONE if packed >= line.quantity else _ACTIVE if packed else _WHITE
        for column in range(self.COLUMNS):
            cell = self.item(row, column)
            if cell is not None:
                cell.setBackground(QBrush(colour))

    def _fit_box_column(self, text: str) -> None:
        """Widen the box column when a unit goes into a second box ("1, 2"): measuring the
        one new text costs nothing, fitting the column to every row would."""
        needed = self.fontMetrics().horizontalAdvance(text) + 2 * self.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 12
        if needed > self.columnWidth(5):
            self.setColumnWidth(5, needed)

    def changed_lines(self, packed: Mapping[int, int]) -> list[int]:
        """Lines whose packed count differs from what the table shows."""
        return [line_no for line_no, shown in self._shown_packed.items()
                if packed.get(line_no, 0) != shown]

    def highlight(self, line_no: int | None) -> None:
        row = self._rows.get(line_no) if line_no is not None else None
        cell = self.item(row, 0) if row is not None else None
        if cell is not None:
            self.scrollToItem(cell, QAbstractItemView.ScrollHint.EnsureVisible)

    def packed_text(self, line_no: int) -> str:
        row = self._rows[line_no]
        item = self.item(row, 4)
        return item.text() if item else ""
