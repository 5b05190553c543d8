"""A scale read in the background: one plain thread opens the scale, hands every reading to
a callback and runs tare/zero commands between readings (so only that thread touches the
port). A scale that cannot be opened or goes away is tried again every `reconnect_s`."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

from scanning.scale.reader import ScaleReader, ScaleUnavailableError
from scanning.scale.readings import Reading, ScaleStatus
from station.messages import Message
from station.scans import ScaleCommand

CommandDone = Callable[[ScaleCommand, Message | None], None]


class ScaleWorker:
    def __init__(self, open_reader: Callable[[], ScaleReader],
                 on_reading: Callable[[Reading], None],
                 on_command: CommandDone | None = None, reconnect_s: float = 3.0) -> None:
        self._open = open_reader
        self._on_reading = on_reading
        self._on_command = on_command or (lambda _command, _result: None)
        self._reconnect_s = reconnect_s
        self._commands: queue.SimpleQueue[ScaleCommand] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._reader: ScaleReader | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="scale", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        reader = self._reader
        if reader is not None:
            reader.interrupt()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def send(self, command: ScaleCommand) -> None:
        """Tare or zero at the next chance; the result comes to `on_command`."""
        self._commands.put(command)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                reader = self._open()
            except ScaleUnavailableError as problem:
                self._on_reading(Reading(ScaleStatus.DISCONNECTED, time.monotonic(),
                                         problem=problem.message))
                self._stop.wait(self._reconnect_s)
                continue
            self._reader = reader
            if self._stop.is_set():
                reader.interrupt()
            try:
                self._serve(reader)
            finally:
                self._reader = None
                reader.close()
            self._stop.wait(self._reconnect_s)

    def _serve(self, reader: ScaleReader) -> None:
        while not self._stop.is_set():
            while not self._commands.empty():
                command = self._commands.get()
                self._on_command(command, reader.send(command))
            reading = reader.read()
            self._on_reading(reading)
            if reading.status is ScaleStatus.DISCONNECTED:
                return
