"""The wall: one tile per slot, coloured by its state (empty, sorting, complete, packed,
exception), with the order it holds. Redraws only the tiles that changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from station.messages import Message, msg
from station.sortwall.wall import SlotStatus, SlotView
from ui.i18n import tr

COLUMNS = 10
_COLOURS = {
    SlotStatus.EMPTY: ("#eceff1", "#56606b"),
    SlotStatus.SORTING: ("#fff3c4", "#17202a"),
    SlotStatus.COMPLETE: ("#1b7f3b", "white"),
    SlotStatus.PACKED: ("#9aa5b1", "white"),
    SlotStatus.EXCEPTION: ("#b3261e", "white"),
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
        self.grid = QGridLayout(self)
        self.grid.setSpacing(4)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: dict[int, QLabel] = {}
        self._shown: dict[int, SlotView] = {}

    def show_slots(self, views: list[SlotView]) -> None:
        """The whole wall (a batch opened or resumed): as many tiles as it has slots."""
        wanted = {view.slot for view in views}
        for slot in [slot for slot in self.tiles if slot not in wanted]:
            tile = self.tiles.pop(slot)
            self.grid.removeWidget(tile)
            tile.deleteLater()
            self._shown.pop(slot, None)
        for view in views:
            self.show_slot(view)

    def show_slot(self, view: SlotView) -> None:
        if self._shown.get(view.slot) == view:
            return
        tile = self.tiles.get(view.slot)
        if tile is None:
            tile = QLabel()
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.setMinimumSize(72, 48)
            self.tiles[view.slot] = tile
            index = view.slot - 1
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        before = self._shown.get(view.slot)
        self._shown[view.slot] = view
        self._draw(tile, view, restyle=before is None or before.status is not view.status)

    def status_of(self, slot: int) -> SlotStatus | None:
        view = self._shown.get(slot)
        return view.status if view else None

    def retranslate(self) -> None:
        for slot, view in self._shown.items():
            self._draw(self.tiles[slot], view, restyle=False)

    @staticmethod
    def _draw(tile: QLabel, view: SlotView, *, restyle: bool) -> None:
        detail = (f"{view.sorted_units}/{view.units}" if view.status is SlotStatus.SORTING
                  else tr(STATUS_NAMES[view.status]))
        tile.setText(f"{view.slot}\n{detail}")
        tile.setToolTip(view.order_id or "")
        if restyle:  # a style sheet is the costly part: only when the state changed
            background, colour = _COLOURS[view.status]
            tile.setStyleSheet(f"background: {background}; color: {colour}; font-size: 15px;"
                               " font-weight: 700; border-radius: 6px;")
