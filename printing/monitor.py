"""The printers' own state (a Zebra's ~HS answer: head open, paper out, paused ...; a CUPS
queue; a folder), asked on a background thread every few seconds, so the status bar shows a
printer that cannot print before a job waits on it, and the UI never waits for a network
printer that does not answer."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping

from printing.backends import Printer, PrinterState
from station.messages import msg

log = logging.getLogger(__name__)


class PrinterMonitor:
    """`run_once()` asks every printer `printers()` names and keeps the answers;
    `state(name)` is the last one (None before the first round). `start()` runs rounds every
    `interval_s` seconds on its own thread until `stop()`."""

    def __init__(self, printers: Callable[[], Mapping[str, Printer]],
                 interval_s: float = 5.0) -> None:
        self._printers = printers
        self._interval = interval_s
        self._states: dict[str, PrinterState] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

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

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="printer-monitor", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self._stop.wait(self._interval)
