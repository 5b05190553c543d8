"""Bringing the sync worker's news (it runs in its own thread) onto the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from station.catalogue import Catalogue
from station.inbox.records import InboxResult
from station.pack.hub_changes import after_pull
from station.pack.outcomes import ScanOutcome
from station.pack.session import PackSession


class SyncBridge(QObject):
    """Pass `bridge.post` as the worker's `on_inbox`; the signal arrives on the UI thread."""

    inbox_changed = Signal(object)

    def post(self, result: InboxResult) -> None:
        self.inbox_changed.emit(result)


def stop_open_order_on_hub_changes(bridge: SyncBridge, pack: PackSession, catalogue: Catalogue,
                                   show: Callable[[ScanOutcome], None]) -> None:
    """Hand each applied pull to the core (`station.pack.hub_changes.after_pull`: the open
    order, if the pull touched it, is checked before anything prints) and show the packer
    what it says."""

    def _on_inbox_changed(result: InboxResult) -> None:
        outcome = after_pull(result, pack, catalogue)
        if outcome is not None:
            show(outcome)

    bridge.inbox_changed.connect(_on_inbox_changed)
