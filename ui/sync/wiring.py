"""Sync at the station, started without delaying the first scan: the hub client, the worker
and (with no hub configured) the embedded hub are imported and started on a background
thread once the window is up; the status widget joins the status bar when they are ready."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from station import journal
from station.core import StationCore
from station.inbox.rejected import rejected_events
from ui.main_window import MainWindow
from ui.pack.screen import PackScreen
from ui.sync.bridge import SyncBridge, stop_open_order_on_hub_changes
from ui.sync.status_widget import SyncStatusWidget

if TYPE_CHECKING:
    from sync.runtime import RunningSync

log = logging.getLogger("packstation")


class StationSync(QObject):
    _started = Signal(object)
    _failed = Signal(object)

    def __init__(self, core: StationCore, window: MainWindow, pack_screen: PackScreen) -> None:
        super().__init__(window)
        self._core = core
        self._window = window
        self.bridge = SyncBridge(self)
        self.running: RunningSync | None = None
        self.status: SyncStatusWidget | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None
        stop_open_order_on_hub_changes(self.bridge, core.pack, core.catalogue,
                                       pack_screen.show_outcome)
        self._started.connect(self._on_started)
        self._failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._start_in_background, name="sync-start",
                                        daemon=True)
        self._thread.start()

    def _start_in_background(self) -> None:
        try:
            from sync.runtime import start_sync

            running = start_sync(self._core.settings, self._core.clock,
                                 on_inbox=self.bridge.post)
        except Exception as error:  # reported on the UI thread; packing goes on offline
            self._failed.emit(error)
            return
        self.running = running  # before the signal: stop() may be waiting for this thread
        if self._stopping:  # stop() gave up waiting before the start finished
            running.stop()
            return
        self._started.emit(running)

    def _on_started(self, running: RunningSync) -> None:
        if self._stopping:
            return
        core = self._core
        self.status = SyncStatusWidget(running.worker.status,
                                       lambda: journal.backlog(core.store.conn),
                                       rejected=lambda: rejected_events(core.store.conn),
                                       now=core.clock.now)
        self._window.use_sync_status(self.status)

    def _on_failed(self, error: BaseException) -> None:
        log.error("sync did not start: %r", error)
        self._window.errors.show_unexpected(error)

    def stop(self) -> None:
        """Stop the worker and the embedded hub (waiting for a start still under way)."""
        self._stopping = True
        if self._thread is not None:
            self._thread.join(timeout=30)
        if self.running is not None:
            self.running.stop()
            self.running = None
