"""One background loop on its own named daemon thread, for the workers that keep going while
the app runs (the print worker, the printer monitor, the sync worker): started once, woken
early by `wake()`, and stopped by `stop()`, which wakes the loop and waits for its thread.

The loop is the owner's function; it runs `while not loop.stopping:` and pauses with
`loop.pause(seconds)`, which `wake()` and `stop()` cut short."""

from __future__ import annotations

import threading
from collections.abc import Callable


class LoopThread:
    def __init__(self, name: str, loop: Callable[[], None]) -> None:
        self._name = name
        self._loop = loop
        self.stop_requested = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def stopping(self) -> bool:
        return self.stop_requested.is_set()

    @property
    def running(self) -> bool:
        """The thread is alive (False after `stop()` returned)."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    def start(self) -> None:
        """Start the thread; a second start while it runs does nothing."""
        if self._thread is not None:
            return
        self.stop_requested.clear()
        self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """End the current pause now."""
        self._wake.set()

    def pause(self, seconds: float) -> None:
        """Wait up to `seconds`, less when woken or stopped."""
        self._wake.wait(seconds)
        self._wake.clear()

    def stop(self, timeout: float | None = 10.0) -> None:
        """Ask the loop to end, wake it, and wait for its thread (at most `timeout`)."""
        self.stop_requested.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


class RunsInBackground:
    """`start()`, `stop()` and `running` of a worker whose loop runs on its `_thread`."""

    _thread: LoopThread

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float | None = 10.0) -> None:
        self._thread.stop(timeout)

    @property
    def running(self) -> bool:
        return self._thread.running
