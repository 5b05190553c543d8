"""A scale at the far end of a pseudo-terminal: the station opens `port` as its serial port,
the test writes what the scale would send (a stream) or answers what it is asked (MT-SICS)."""

from __future__ import annotations

import os
import select
import threading
import tty
from collections.abc import Callable


class PtyScale:
    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)  # a serial line: no echo, no CR/LF translation
        self.port = os.ttyname(self.slave)
        self.received: list[str] = []
        self._lines: tuple[list[str], int] = ([], 0)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def send(self, *lines: str, end: str = "\r\n") -> None:
        os.write(self.master, "".join(line + end for line in lines).encode("ascii"))

    def read_sent(self) -> str:
        """What the station has sent so far (commands), without waiting."""
        data = b""
        while select.select([self.master], [], [], 0)[0]:
            data += os.read(self.master, 1024)
        return data.decode("ascii")

    def stream(self, lines: list[str], every_s: float = 0.02) -> None:
        """Send `lines` and then the last one again and again, like a scale in continuous
        output (the station flushes what was sent before it opened the port), in a thread
        that `close()` stops. Called again, the scale goes on with the new lines."""
        self._lines = (list(lines), 0)
        if self._thread is None:
            self._thread = threading.Thread(target=self._stream, args=(every_s,), daemon=True)
            self._thread.start()

    def _stream(self, every_s: float) -> None:
        while not self._stop.wait(every_s):
            if not select.select([], [self.master], [], 0.05)[1]:
                continue  # nobody reads: the line's buffer is full, like a real scale's
            lines, index = self._lines
            try:
                self.send(lines[min(index, len(lines) - 1)])
            except OSError:
                return
            if self._lines[0] is lines:
                self._lines = (lines, index + 1)

    def answer(self, reply: Callable[[str], list[str]]) -> None:
        """Answer every command line (CR LF ended) with `reply(command)`, in a thread that
        `close()` stops."""
        self._thread = threading.Thread(target=self._serve, args=(reply,), daemon=True)
        self._thread.start()

    def _serve(self, reply: Callable[[str], list[str]]) -> None:
        pending = b""
        while not self._stop.is_set():
            if not select.select([self.master], [], [], 0.05)[0]:
                continue
            try:
                pending += os.read(self.master, 1024)
            except OSError:
                return
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                command = line.decode("ascii").strip()
                self.received.append(command)
                if command:
                    self.send(*reply(command))

    def unplug(self) -> None:
        """The cable is pulled: the station's end reads an error from now on."""
        self._stop_answering()
        if self.master >= 0:
            os.close(self.master)
            self.master = -1

    def _stop_answering(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def close(self) -> None:
        self.unplug()
        os.close(self.slave)


class MtSicsScale:
    """An MT-SICS balance: `SI` answers the next of `weights` (then the last again), `S` the
    first stable one; `T` tares, `Z` zeroes (or answer `refuse` for both)."""

    def __init__(self, weights: list[str], refuse: str | None = None) -> None:
        self.weights = list(weights)
        self.refuse = refuse

    def __call__(self, command: str) -> list[str]:
        if command == "SI":
            return [self.weights.pop(0) if len(self.weights) > 1 else self.weights[0]]
        if command == "S":
            return [next((w for w in self.weights if w.startswith("S S")), "S I")]
        if command == "T":
            return [self.refuse or "T S      0.100 kg"]
        if command == "Z":
            return [self.refuse or "Z A"]
        return ["ES"]
