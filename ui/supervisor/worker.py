"""Dashboard queries off the UI thread: one job at a time on a private thread pool, each with
its own read-only SQLite connection; results come back as queued signals."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from station.metrics.dashboard import Dashboard


@dataclass(frozen=True)
class Loaded:
    generation: int
    dashboard: Dashboard
    seconds: float


@dataclass(frozen=True)
class Failed:
    generation: int
    error: Exception
    details: str


class JobSignals(QObject):
    loaded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, generation: int, load: Callable[[], Dashboard]) -> None:
        super().__init__()
        self.generation = generation
        self.load = load
        self.signals = JobSignals()  # created on the UI thread: delivery is queued there

    def run(self) -> None:
        started = time.perf_counter()
        try:
            dashboard = self.load()
        except Exception as error:  # shown on the screen, never lost in the worker thread
            self.signals.failed.emit(Failed(self.generation, error, traceback.format_exc()))
            return
        self.signals.loaded.emit(Loaded(self.generation, dashboard,
                                        time.perf_counter() - started))


class DashboardWorker(QObject):
    """One query at a time. A request made while one runs waits; a newer request replaces
    a waiting one, so a slow database never piles up refreshes. Only the answer to the
    newest request is passed on."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False) -> None:
        """`inline` runs each query at once on the calling (UI) thread: for a database whose
        connection must not leave that thread (in-memory, tests and previews only)."""
        super().__init__(parent)
        self._inline = inline
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._running: _Job | None = None
        self._waiting: _Job | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None

    def request(self, load: Callable[[], Dashboard]) -> int:
        self._generation += 1
        job = _Job(self._generation, load)
        job.setAutoDelete(False)
        job.signals.loaded.connect(self._on_loaded)
        job.signals.failed.connect(self._on_failed)
        if self._running is None:
            self._start(job)
        else:
            self._waiting = job
        return self._generation

    def wait(self, msecs: int = 30_000) -> bool:
        self._waiting = None
        return self._pool.waitForDone(msecs)

    def _start(self, job: _Job) -> None:
        self._running = job
        if self._inline:
            job.run()
        else:
            self._pool.start(job)

    def _finish(self, generation: int) -> bool:
        self._running = None
        if self._waiting is not None:
            job, self._waiting = self._waiting, None
            self._start(job)
        return generation == self._generation

    def _on_loaded(self, result: Loaded) -> None:
        if self._finish(result.generation):
            self.loaded.emit(result)

    def _on_failed(self, result: Failed) -> None:
        if self._finish(result.generation):
            self.failed.emit(result)
