"""The wall: one tile per slot, coloured by its state (empty, sorting, complete, packed,
exception), with how far its order is. One widget paints every tile (no widget or style sheet
per slot), so opening a 100-slot wall and redrawing a slot after each scan stay cheap."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from station.messages import Message, msg
from station.sortwall.wall import SlotStatus, SlotView
from ui.i18n import tr

COLUMNS = 10
GAP = 4
_COLOURS = {
    SlotStatus.EMPTY: ("#eceff1", "#56606b"),
    SlotStatus.SORTING: ("#fff3c4", "#17202a"),
    SlotStatus.COMPLETE: ("#1b7f3b", "#ffffff"),
    SlotStatus.PACKED: ("#9aa5b1", "#ffffff"),
    SlotStatus.EXCEPTION: ("#b3261e", "#ffffff"),
}
STATUS_NAMES: dict[SlotStatus, Message] = {
    SlotStatus.EMPTY: msg("Sort wall", "empty"),
    SlotStatus.SORTING: msg("Sort wall", "sorting"),
    SlotStatus.COMPLETE: msg("Sort wall", "complete"),
    SlotStatus.PACKED: msg("Sort wall", "packed"),
    SlotStatus.EXCEPTION: msg("Sort wall", "exception"),
}


class WallView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._views: dict[int, SlotView] = {}
        self._names: dict[SlotStatus, str] = {}
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(COLUMNS * 80, 5 * 52)

    def show_slots(self, views: list[SlotView]) -> None:
        """The whole wall (a batch opened, resumed or closed)."""
        self._views = {view.slot: view for view in views}
        self.update()

    def show_slot(self, view: SlotView) -> None:
        if self._views.get(view.slot) == view:
            return
        self._views[view.slot] = view
        self.update(self._tile(view.slot))

    def status_of(self, slot: int) -> SlotStatus | None:
        view = self._views.get(slot)
        return view.status if view else None

    def order_at(self, slot: int) -> str | None:
        view = self._views.get(slot)
        return view.order_id if view else None

    def retranslate(self) -> None:
        self._names = {status: tr(name) for status, name in STATUS_NAMES.items()}
        self.update()

    def _tile(self, slot: int) -> QRect:
        rows = max(1, math.ceil(len(self._views) / COLUMNS))
        width = (self.width() - GAP * (COLUMNS - 1)) / COLUMNS
        height = min(80.0, (self.height() - GAP * (rows - 1)) / rows)
        index = slot - 1
        x = (index % COLUMNS) * (width + GAP)
        y = (index // COLUMNS) * (height + GAP)
        return QRect(round(x), round(y), max(1, round(width)), max(1, round(height)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(15)
        font.setBold(True)
        painter.setFont(font)
        for slot, view in self._views.items():
            rect = self._tile(slot)
            if not rect.intersects(event.rect()):
                continue
            background, colour = _COLOURS[view.status]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(QColor(colour))
            detail = (f"{view.sorted_units}/{view.units}" if view.status is SlotStatus.SORTING
                      else self._names[view.status])
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{slot}\n{detail}")
        painter.end()
