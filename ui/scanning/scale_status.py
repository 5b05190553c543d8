"""The scale in the status bar: the weight it reads and whether that weight is steady, or
what is wrong (overloaded, below zero, not sending, disconnected) in words and colour."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from scanning.scale.readings import Reading, ScaleStatus
from station.messages import Message, msg
from ui.i18n import tr

GOOD, MOVING, BAD = "#1b7f3b", "#6b6b6b", "#b3261e"


def status_text(reading: Reading) -> tuple[Message, str]:
    """What the status bar says for a reading, and its colour."""
    if reading.status is ScaleStatus.STABLE:
        return msg("Scale", "Scale {grams} g", grams=reading.grams), GOOD
    if reading.status is ScaleStatus.UNSTABLE:
        return msg("Scale", "Scale {grams} g (moving)", grams=reading.grams), MOVING
    return {
        ScaleStatus.OVERLOAD: msg("Scale", "Scale overloaded"),
        ScaleStatus.NEGATIVE: msg("Scale", "Scale below zero"),
        ScaleStatus.ERROR: msg("Scale", "Scale error"),
        ScaleStatus.NO_DATA: msg("Scale", "Scale not sending"),
        ScaleStatus.DISCONNECTED: msg("Scale", "Scale disconnected"),
    }[reading.status], BAD


class ScaleStatusWidget(QLabel):
    """`show_reading(reading)` for every reading (it redraws only when the text changes);
    the reading's problem, if any, is the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading: Reading | None = None
        self._shown: tuple[str, str, str] | None = None
        self.retranslate()

    def show_reading(self, reading: Reading) -> None:
        self.reading = reading
        self.retranslate()

    def retranslate(self) -> None:
        if self.reading is None:
            text, colour, tip = tr(msg("Scale", "Scale starting")), MOVING, ""
        else:
            message, colour = status_text(self.reading)
            text = tr(message)
            tip = tr(self.reading.problem) if self.reading.problem else ""
        if self._shown == (text, colour, tip):
            return
        self._shown = (text, colour, tip)
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(f"color: {colour}; font-weight: bold; padding: 0 6px;")
