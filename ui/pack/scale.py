"""The scale beside the pack screen: its readings in the status bar, a box captured when its
weight is steady and checked by the pack session's own weight check, and CMD:TARE / CMD:ZERO
taken before they reach the session. `WEIGHT:<g>` scanned or typed keeps working."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from scanning.scale.capture import StabilityCapture
from scanning.scale.pack import wants_weight, weight_scan
from scanning.scale.reader import ScaleReader, open_scale
from scanning.scale.readings import Reading
from scanning.scale.settings import ScaleSettings
from scanning.scale.worker import ScaleWorker
from station.messages import Message, msg
from station.scans import ScaleCommand, read_scale_command
from ui.i18n import tr
from ui.pack.screen import PackScreen
from ui.scanning.scale_status import ScaleStatusWidget


class PackScale(QObject):
    """Built from `[scale]`; with protocol "none" there is no widget and no worker, and the
    tare/zero codes only say that there is no scale."""

    _reading = Signal(object)
    _answered = Signal(object, object)

    def __init__(self, settings: ScaleSettings, screen: PackScreen,
                 open_reader: Callable[[], ScaleReader] | None = None) -> None:
        super().__init__(screen)
        self.screen = screen
        self.widget: ScaleStatusWidget | None = None
        self.worker: ScaleWorker | None = None
        self.capture = StabilityCapture(settings.stable_s, settings.band_g, settings.min_g)
        self._stopped = False
        if settings.protocol == "none" and open_reader is None:
            return
        self.widget = ScaleStatusWidget()
        self._reading.connect(self._on_reading)
        self._answered.connect(self._on_answered)
        self.worker = ScaleWorker(open_reader or (lambda: open_scale(settings)),
                                  self._reading.emit, self._answered.emit, settings.reconnect_s)

    def start(self) -> None:
        if self.worker is not None:
            self.worker.start()

    def stop(self) -> None:
        """Stop reading; readings already queued to the GUI thread are then ignored, so
        nothing reaches the pack session after the station has begun closing."""
        self._stopped = True
        if self.worker is not None:
            self.worker.stop()

    def take_command(self, text: str) -> bool:
        """True when `text` is a scale command (it is then handled here, not scanned)."""
        command = read_scale_command(text)
        if command is None:
            return False
        if self.worker is None:
            self._tell(msg("Scale", "There is no scale at this station: scan or type the "
                                    "weight."))
        else:
            self.worker.send(command)
        return True

    def retranslate(self) -> None:
        if self.widget is not None:
            self.widget.retranslate()

    @Slot(object)
    def _on_reading(self, reading: Reading) -> None:
        if self._stopped:
            return
        assert self.widget is not None
        self.widget.show_reading(reading)
        captured = self.capture.feed(reading)
        if captured is not None and wants_weight(self.screen.core.pack,
                                                 self.screen.last_outcome):
            self.screen.submit_scan(weight_scan(captured.grams))

    @Slot(object, object)
    def _on_answered(self, command: ScaleCommand, problem: Message | None) -> None:
        if problem is not None and not self._stopped:
            self._tell(problem)

    def _tell(self, message: Message) -> None:
        self.screen.banner.setText(tr(message))
