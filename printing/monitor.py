"""The printers' own state (a Zebra's ~HS answer: head open, paper out, paused ...; a CUPS
queue; a folder), asked on a background thread every few seconds, so the status bar shows a
printer that cannot print before a job waits on it, and the UI never waits for a network
printer that does not answer."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from printing.backends import Printer, PrinterState
from station.loop_thread import LoopThread, RunsInBackground
from station.messages import msg

log = logging.getLogger(__name__)


class PrinterMonitor(RunsInBackground):
    """`run_once()` asks every printer `printers()` names and keeps the answers;
    `state(name)` is the last one (None before the first round). `start()` runs rounds every
    `interval_s` seconds on its own thread until `stop()`."""

    def __init__(self, printers: Callable[[], Mapping[str, Printer]],
                 interval_s: float = 5.0) -> None:
        self._printers = printers
        self._interval = interval_s
        self._states: dict[str, PrinterState] = {}
        self._thread = LoopThread("printer-monitor", self._loop)

    def state(self, name: str) -> PrinterState | None:
        return self._states.get(name)

    def run_once(self) -> dict[str, PrinterState]:
        for name, printer in self._printers().items():
            try:
                self._states[name] = printer.check()
            except Exception as error:  # a driver bug must not end the monitoring
                log.exception("asking printer %s for its state failed", name)
                self._states[name] = PrinterState(False, msg(
                    "Printing", "The state of printer {printer} cannot be read: {reason}",
                    printer=name, reason=repr(error)))
        return dict(self._states)

    def _loop(self) -> None:
        while not self._thread.stopping:
            self.run_once()
            self._thread.pause(self._interval)
