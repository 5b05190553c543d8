"""The RFID tote panel: one button reads the tote, and the result is shown at a glance as
three lists, matched (green), missing (amber) and extra (red), with the reader's status.

The read runs as background work (a tote read takes a second or two); `checked(ToteRead)`
is emitted in the GUI thread when it is done. Packing the matched units is the caller's:
connect `checked` to `station.pack.tote_packing.pack_tote` on the pack session."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scanning.rfid.tote import ToteRead
from station.messages import Message, msg
from station.pack.tote import ToteCheck
from ui.background import BackgroundWork
from ui.i18n import tr

log = logging.getLogger("packstation")

GOOD, MISSING, EXTRA = "#1db954", "#e0a000", "#d0342c"


class RfidTotePanel(QWidget):
    checked = Signal(object)   # scanning.rfid.tote.ToteRead

    def __init__(self, read_tote: Callable[[], ToteRead], work: BackgroundWork,
                 describe: Callable[[str], str] | None = None,
                 parent: QWidget | None = None) -> None:
        """`read_tote` does one read (e.g. `lambda: verifier.read(core.pack)`) on `work`;
        `describe` turns a GTIN into a product name for the lists."""
        super().__init__(parent)
        self._read_tote = read_tote
        self._work = work
        self._describe = describe or (lambda gtin: gtin)
        self.reading = False
        self.read_button = QPushButton(tr(msg("RFID", "Read tote")), self)
        self.read_button.clicked.connect(self.read)
        self.summary = QLabel(tr(msg("RFID", "Put the tote on the reader and press Read.")), self)
        self.summary.setWordWrap(True)
        self.matched = QListWidget(self)
        self.missing = QListWidget(self)
        self.extra = QListWidget(self)
        # One column: the panel sits beside the order's lines, so it is tall and narrow.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.read_button)
        column.addWidget(self.summary)
        for title, colour, widget in (
                (msg("RFID", "Missing"), MISSING, self.missing),
                (msg("RFID", "Extra: take out"), EXTRA, self.extra),
                (msg("RFID", "Matched"), GOOD, self.matched)):
            header = QLabel(tr(title), self)
            header.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 16px;")
            column.addWidget(header)
            column.addWidget(widget, 1)

    @Slot()
    def read(self) -> None:
        if self.reading:
            return
        if self._work.run(self._read_tote, self._on_read_done, self._on_read_failed) is None:
            return  # the station is closing
        self.reading = True
        self.read_button.setEnabled(False)
        self.summary.setText(tr(msg("RFID", "Reading the tote...")))

    def _on_read_failed(self, error: BaseException) -> None:
        """A reader error the reader code did not turn into a ToteRead: logged, and the
        panel is ready for another read."""
        log.error("tote read failed: %r", error)
        self.reading = False
        self.read_button.setEnabled(True)
        self.summary.setText(tr(msg("RFID", "Put the tote on the reader and press Read.")))

    def _on_read_done(self, result: ToteRead) -> None:
        self.reading = False
        self.read_button.setEnabled(True)
        self.show_read(result)
        self.checked.emit(result)

    def show_read(self, result: ToteRead) -> None:
        for widget in (self.matched, self.missing, self.extra):
            widget.clear()
        if result.check is not None:
            self._fill(result.check)
        if result.problem is not None:
            self.summary.setText(tr(result.problem))
            self.summary.setStyleSheet(f"color: {EXTRA}; font-weight: bold;")
        elif result.check is not None:
            self.summary.setText("\n".join(tr(m) for m in _summary(result.check, result.others)))
            colour = GOOD if result.check.complete else MISSING
            self.summary.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _fill(self, check: ToteCheck) -> None:
        for item in check.matched:
            self._add(self.matched, self._describe(item.gtin), item.serial, GOOD)
        for entry in check.missing:
            missing = QListWidgetItem(
                f"{entry.units} × {self._describe(entry.line.product.gtin)}", self.missing)
            missing.setForeground(_brush(MISSING))
        for item in check.extra:
            self._add(self.extra, self._describe(item.gtin), item.serial, EXTRA)

    @staticmethod
    def _add(widget: QListWidget, name: str, serial: str | None, colour: str) -> None:
        entry = QListWidgetItem(f"{name}  #{serial}" if serial else name, widget)
        entry.setForeground(_brush(colour))


def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


def _summary(check: ToteCheck, others: tuple[str, ...] = ()) -> list[Message]:
    if check.complete:
        lines = [msg("RFID", "All {count} items are in the tote.", count=len(check.matched))]
    else:
        lines = [msg("RFID", "{matched} matched, {missing} missing, {extra} extra.",
                     matched=len(check.matched), missing=check.missing_units,
                     extra=len(check.extra))]
    if others:
        counted = Counter(others)
        lines.append(msg("RFID", "Also read, not items: {tags}.", tags=", ".join(
            f"{scheme} × {count}" for scheme, count in sorted(counted.items()))))
    return lines
