"""Background work with one owner, in the spirit of Anki's `QueryOp`: a function runs off the
UI thread and its result (or its error) comes back on the UI thread through a queued signal.

The composition root makes one `BackgroundWork` and stops it before the database closes;
`stop()` refuses new work, waits for what is running and drops results that arrive after
it, so no callback ever touches a closed database. Widgets used on their own (in tests, or
before the app is built) may own one and stop it themselves."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger("packstation")

T = TypeVar("T")

# Every thread this helper starts carries this prefix: the tests' leak check looks for it.
THREAD_PREFIX = "station-bg"


class BackgroundWork(QObject):
    """Runs functions on a small pool of named threads; emits `failed(error)` for an error
    no caller asked to handle."""

    failed = Signal(object)
    _finished = Signal(object, object, object)   # deliver, value, error

    def __init__(self, parent: QObject | None = None, *, workers: int = 2,
                 name: str = THREAD_PREFIX) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._lock = threading.Lock()
        self._stopped = False
        self._running: set[Future[Any]] = set()
        # Queued even when the work ends before run() returns: results always arrive later,
        # from the event loop, never inside the caller's run().
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._running)

    def run(self, work: Callable[[], T], on_done: Callable[[T], object] | None = None,
            on_error: Callable[[BaseException], object] | None = None) -> Future[T] | None:
        """Start `work` off the UI thread; None once stopped (the app is closing)."""
        with self._lock:
            if self._stopped:
                return None
            future = self._pool.submit(work)
            self._running.add(future)

        def deliver(value: object, error: BaseException | None) -> None:
            if error is None:
                if on_done is not None:
                    on_done(value)  # type: ignore[arg-type]
            elif on_error is not None:
                on_error(error)
            else:
                log.error("background work failed: %r", error)
                self.failed.emit(error)

        future.add_done_callback(lambda done: self._finish(done, deliver))
        return future

    def _finish(self, future: Future[Any], deliver: Callable[[object, BaseException | None],
                                                             None]) -> None:
        """On the worker thread: hand the outcome to the UI thread (a queued signal)."""
        error = future.exception()
        value = None if error is not None else future.result()
        with self._lock:
            self._running.discard(future)
            if self._stopped:
                return
        self._finished.emit(deliver, value, error)

    @Slot(object, object, object)
    def _on_finished(self, deliver: Callable[[object, BaseException | None], None],
                     value: object, error: BaseException | None) -> None:
        if not self._stopped:
            deliver(value, error)

    def stop(self) -> None:
        """Refuse new work and wait for the running work to end; later results are dropped.
        Safe to call twice."""
        with self._lock:
            self._stopped = True
        self._pool.shutdown(wait=True, cancel_futures=True)
