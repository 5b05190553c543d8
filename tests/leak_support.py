"""Leak checks run around every test (as napari's): a test fails if it leaves a QTimer
running, a thread it started alive, or a top-level window open. A leak is cleaned up before
the test fails, so it cannot break the next test (the timer that reads a closed database)."""

from __future__ import annotations

import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# Threads libraries keep for the whole process, by name prefix: schemathesis runs ASGI calls
# through one anyio portal per process (and anyio's worker threads idle in it).
_PROCESS_THREADS = ("pydevd.", "asyncio-portal-", "AnyIO worker thread")


class Leaks:
    """What one test left behind; `found` is empty when it left nothing."""

    def __init__(self) -> None:
        self.found: list[str] = []


@contextmanager
def check_leaks() -> Iterator[Leaks]:
    leaks = Leaks()
    threads_before = set(threading.enumerate())
    qt = _QtWatch() if "PySide6.QtCore" in sys.modules else None
    try:
        yield leaks
    finally:
        if qt is not None:
            leaks.found += qt.finish()
        leaks.found += [f"thread {thread.name!r} is still alive"
                        for thread in threading.enumerate()
                        if thread not in threads_before and thread.is_alive()
                        and not thread.name.startswith(_PROCESS_THREADS)]


class _QtWatch:
    """Records every QTimer started and every single shot scheduled while it watches."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, QTimer

        self._timer_class = QTimer
        self._start = QTimer.start
        self._single_shot = QTimer.singleShot
        self.timers: weakref.WeakSet[Any] = weakref.WeakSet()
        self.shots: list[Any] = []
        watch = self

        def start(timer: Any, *args: Any) -> None:
            watch.timers.add(timer)
            watch._start(timer, *args)

        def single_shot(msec: int, *target: Any) -> None:
            # A single shot as an owned timer, so that a pending one can be seen and stopped.
            context = target[0] if len(target) == 2 and isinstance(target[0], QObject) else None
            shot = QTimer(context)  # deleted with its context object, as Qt's single shot
            shot.setSingleShot(True)
            slot: Callable[..., Any] = target[-1]
            if context is not None and isinstance(target[1], str):  # (msec, obj, SLOT("f()"))
                slot = getattr(context, target[1].lstrip("12").split("(")[0])
            shot.timeout.connect(slot)
            watch.shots.append(shot)
            watch._start(shot, msec)

        QTimer.start = start  # type: ignore[method-assign]
        QTimer.singleShot = staticmethod(single_shot)  # type: ignore[method-assign,assignment]
        self._windows_before = set(self._visible_windows())

    @staticmethod
    def _visible_windows() -> list[Any]:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return []
        return [widget for widget in app.topLevelWidgets() if widget.isVisible()]

    def finish(self) -> list[str]:
        from PySide6.QtCore import QCoreApplication, QEvent
        from shiboken6 import isValid

        QTimer = self._timer_class
        QTimer.start = self._start  # type: ignore[method-assign]
        QTimer.singleShot = self._single_shot  # type: ignore[method-assign]
        if QCoreApplication.instance() is not None:  # widgets closed with deleteLater go now
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        found = []
        for timer in [*self.timers, *self.shots]:
            if isValid(timer) and timer.isActive():
                owner = timer.parent()
                found.append(f"a QTimer ({timer.interval()} ms, owned by "
                             f"{type(owner).__name__ if owner else 'nobody'}) is still running")
                timer.stop()
        for window in self._visible_windows():
            if window not in self._windows_before:
                found.append(f"a window ({type(window).__name__}) is still open")
                window.close()
        self.shots.clear()
        return found
