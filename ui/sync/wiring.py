"""Sync at the station, started without delaying the first scan: the hub client, the worker
and (with no hub configured) the embedded hub are imported and started as the app's
background work once the window is up; the status widget joins the status bar when they are
ready. `stop()` stops them even when their start is still under way."""

from __future__ import annotations

import logging
from concurrent.futures import Future, wait
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from station import journal
from station.core import StationCore
from station.inbox.rejected import rejected_events
from ui.background import BackgroundWork
from ui.main_window import MainWindow
from ui.pack.screen import PackScreen
from ui.sync.bridge import SyncBridge, stop_open_order_on_hub_changes

if TYPE_CHECKING:
    from sync.runtime import RunningSync
    from ui.sync.status_widget import SyncStatusWidget

log = logging.getLogger("packstation")


class StationSync(QObject):
    def __init__(self, core: StationCore, window: MainWindow, pack_screen: PackScreen,
                 work: BackgroundWork) -> None:
        super().__init__(window)
        self._core = core
        self._window = window
        self._work = work
        self.bridge = SyncBridge(self)
        self.running: RunningSync | None = None
        self.status: SyncStatusWidget | None = None
        self._stopping = False
        self._start: Future[RunningSync] | None = None
        stop_open_order_on_hub_changes(self.bridge, core.pack, core.catalogue,
                                       pack_screen.show_outcome)

    @property
    def started(self) -> bool:
        return self._start is not None

    def start(self) -> None:
        self._start = self._work.run(self._start_sync, self._on_started, self._on_failed)

    def _start_sync(self) -> RunningSync:
        from sync.runtime import start_sync

        return start_sync(self._core.settings, self._core.clock, on_inbox=self.bridge.post)

    def _on_started(self, running: RunningSync) -> None:
        # Imported once sync is up: the widget pulls in the hub client, off the start path.
        from ui.sync.status_widget import SyncStatusWidget

        if self._stopping:
            return
        self.running = running
        core = self._core
        self.status = SyncStatusWidget(running.worker.status,
                                       lambda: journal.backlog(core.store.conn),
                                       rejected=lambda: rejected_events(core.store.conn),
                                       now=core.clock.now)
        self._window.use_sync_status(self.status)

    def _on_failed(self, error: BaseException) -> None:
        """Packing goes on offline."""
        log.error("sync did not start: %r", error)
        self._window.errors.show_unexpected(error)

    def stop(self) -> None:
        """Stop the worker and the embedded hub, also when their start is still under way
        (they are stopped as soon as it ends)."""
        self._stopping = True
        if self.status is not None:
            self.status.poll.stop()
        self.running = None
        if self._start is not None:
            self._start.add_done_callback(_stop_started)
            wait([self._start], timeout=30)


def _stop_started(start: Future[RunningSync]) -> None:
    if not start.cancelled() and start.exception() is None:
        start.result().stop()
