"""The sort wall screen: scan the batch tote, then each item; the slot it goes to shows huge
with a sound; a slot label sends its order to the pack screen (`to_pack`)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from scanning.interpret import interpret
from station.errors import StationError
from station.messages import msg
from station.pack.outcomes import Tone
from station.scans import COMMAND_PREFIX, Command, ScanSource
from station.sortwall.outcomes import SortKind, SortOutcome
from station.sortwall.session import SortWall
from ui.i18n import tr
from ui.sortwall.wall_view import WallView
from ui.sounds import Sounds
from ui.style import TONE_COLOURS, banner_style

log = logging.getLogger("packstation")

# Outcomes after which the whole wall is redrawn; any other redraws its one slot.
_WHOLE_WALL = {SortKind.BATCH_OPENED, SortKind.BATCH_CLOSED}


class SortWallScreen(QWidget):
    """Emits `to_pack(ScanOutcome)` when a slot's order opened at the pack bench, and
    `failed(StationError)` when the disk refused a write."""

    to_pack = Signal(object)
    failed = Signal(object)

    def __init__(self, wall: SortWall, sounds: Sounds | None = None,
                 gs_substitute: str = "~") -> None:
        super().__init__()
        self.setObjectName("screen")
        self.wall = wall
        self.sounds = sounds
        self._gs = gs_substitute
        self.last_outcome: SortOutcome | None = None
        self._slot_tone: Tone | None = None
        self._banner_tone: Tone | None = None

        self.batch_label = QLabel()
        self.batch_label.setObjectName("headline")
        self.slot_label = QLabel()
        self.slot_label.setObjectName("slot")
        self.slot_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slot_label.setMinimumHeight(260)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(72)
        self.wall_view = WallView()
        self.entry = QLineEdit()
        self.entry.returnPressed.connect(self._on_entry_submitted)
        # Buttons do what their barcodes do (for a touch screen); focus stays on the entry.
        self.undo_button = self._command_button(Command.UNDO)
        self.close_button = self._command_button(Command.COMPLETE)

        top = QHBoxLayout()
        top.addWidget(self.slot_label, 1)
        top.addWidget(self.wall_view, 2)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.undo_button)
        # Closing the batch is rare and final: at the top, away from Undo.
        header = QHBoxLayout()
        header.addWidget(self.batch_label, 1)
        header.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addLayout(top, 1)
        layout.addLayout(row)
        self.retranslate()
        self.refresh()

    def _command_button(self, command: Command) -> QPushButton:
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.handle_scan(COMMAND_PREFIX + command.value,
                                                        ScanSource.KEYBOARD))
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.entry.setFocus()

    # ------------------------------------------------------------------------ input
    def handle_scan(self, text: str,
                    source: ScanSource = ScanSource.WEDGE) -> SortOutcome | None:
        try:
            outcome = self.wall.scan(interpret(text, source, self._gs))
        except StationError as error:
            self.refresh()
            self._draw_banner(Tone.BAD, f"{tr(error.message)}\n{tr(error.next_step)}")
            if self.sounds is not None:
                self.sounds.play(Tone.BAD)
            self.failed.emit(error)
            return None
        except Exception as error:  # a bug: the session reloaded from the journal, say so
            log.exception("unexpected error at the sort wall for scan %r", text)
            self._unexpected(error)
            return None
        self.show_outcome(outcome)
        return outcome

    def _unexpected(self, error: Exception) -> None:
        """The session folded itself again from the journal (`reloads_on_error`), so the
        wall redrawn shows only what was kept."""
        self.refresh()
        self._draw_banner(Tone.BAD, tr(msg(
            "Sort wall", "Something went wrong and this scan was not recorded; everything "
            "before it is saved. Scan it again; if it happens again, call a supervisor. "
            "({kind})", kind=type(error).__name__)))
        if self.sounds is not None:
            self.sounds.play(Tone.BAD)

    def _on_entry_submitted(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        self.handle_scan(text, ScanSource.KEYBOARD)

    def back_from_pack(self, order_id: str) -> bool:
        """A slot's order was packed: if it came from this open batch, say so in place of
        the stale "box them" banner and show the wall again. False when it did not."""
        state = self.wall.state
        slot = state.slot_of.get(order_id) if state is not None else None
        if state is None or state.closed or slot is None:
            return False
        outcome = SortOutcome(SortKind.SLOT_PACKED, Tone.INFO, msg(
            "Sort wall", "Order {order} of slot {slot} is packed. Scan the next item, or "
            "another slot label to pack.", order=order_id, slot=slot), slot, order_id)
        self.last_outcome = outcome
        self._draw_slot(outcome)
        self._draw_banner(outcome.tone, tr(outcome.message))
        self.refresh()
        return True

    # ----------------------------------------------------------------------- output
    def show_outcome(self, outcome: SortOutcome) -> None:
        self.last_outcome = outcome
        self._draw_slot(outcome)
        self._draw_banner(outcome.tone, tr(outcome.message))
        if self.sounds is not None:
            self.sounds.play(outcome.tone)
        state = self.wall.state
        if outcome.kind in _WHOLE_WALL or state is None:
            self.refresh()
            return
        self._draw_batch_line()
        if outcome.slot is not None and outcome.slot <= state.batch.slots:
            self.wall_view.show_slot(state.status(outcome.slot))
        if outcome.pack is not None and outcome.kind is SortKind.SLOT_TO_PACK:
            self.to_pack.emit(outcome.pack)

    def _draw_slot(self, outcome: SortOutcome) -> None:
        if outcome.slot is None:
            self.slot_label.setText("—" if outcome.tone in (Tone.BAD, Tone.WARN) else "")
        else:
            self.slot_label.setText(str(outcome.slot))
        if self._slot_tone is not outcome.tone:  # a style sheet costs a frame: only on change
            self._slot_tone = outcome.tone
            self.slot_label.setStyleSheet(
                f"color: white; background: {TONE_COLOURS[outcome.tone]}; font-size: 220px;"
                " font-weight: 800; border-radius: 16px;")

    def _draw_banner(self, tone: Tone, text: str) -> None:
        self.banner.setText(text)
        if self._banner_tone is not tone:
            self._banner_tone = tone
            self.banner.setStyleSheet(banner_style(tone))

    def refresh(self) -> None:
        """The batch line and the whole wall, from the session's fold."""
        state = self.wall.state
        if state is None:
            self.batch_label.setText(tr(msg("Sort wall", "No batch open")))
            self.wall_view.show_slots([])
            if self.last_outcome is None:
                self._draw_banner(Tone.INFO, tr(msg("Sort wall", "Scan a batch tote.")))
            return
        self._draw_batch_line()
        self.wall_view.show_slots(state.slots())

    def _draw_batch_line(self) -> None:
        state = self.wall.state
        if state is None:
            return
        self.batch_label.setText(tr(msg(
            "Sort wall", "Batch {batch}: {sorted} of {units} items sorted{closed}",
            batch=state.batch.id, sorted=state.total_sorted(), units=state.total_units(),
            closed=tr(msg("Sort wall", " (closed)")) if state.closed else "")))

    def retranslate(self) -> None:
        self.entry.setPlaceholderText(tr(msg("Sort wall", "Scan a batch tote, an item or a "
                                                          "slot label")))
        self.undo_button.setText(tr(msg("Sort wall", "Undo")))
        self.close_button.setText(tr(msg("Sort wall", "Close the batch")))
        self.wall_view.retranslate()
        if self.last_outcome is not None:
            self._draw_banner(self.last_outcome.tone, tr(self.last_outcome.message))
        self.refresh()
