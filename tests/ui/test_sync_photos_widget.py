"""The sync status widget shows the photos waiting for the hub, real widget under offscreen
Qt, fed with the statuses the worker reports."""

from __future__ import annotations

from datetime import UTC, datetime

from station.journal import Backlog
from sync.worker import SyncStatus
from ui.sync.status_widget import SyncStatusWidget

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def make_widget(qtbot, status: SyncStatus) -> SyncStatusWidget:
    widget = SyncStatusWidget(lambda: status, lambda: Backlog(0, None), rejected=list,
                              now=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def test_no_photo_waiting_shows_no_photo_count(qtbot):
    widget = make_widget(qtbot, SyncStatus(online=True))
    assert widget.photos_label.isHidden()


def test_photos_waiting_offline_are_counted(qtbot, tmp_path):
    widget = make_widget(qtbot, SyncStatus(online=False, photos_waiting=12))
    assert not widget.photos_label.isHidden()
    assert widget.photos_label.text() == "12 photos waiting"
    assert widget.photos_label.styleSheet() == ""
    widget.resize(640, 36)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.grab().save(str(tmp_path / "sync-photos-waiting.png"))


def test_photos_that_cannot_be_sent_are_counted_in_red(qtbot):
    widget = make_widget(qtbot, SyncStatus(online=True, photos_waiting=0, photo_problems=2))
    assert not widget.photos_label.isHidden()
    assert widget.photos_label.text() == "0 photos waiting, 2 cannot be sent"
    assert "#b3261e" in widget.photos_label.styleSheet()


def test_the_count_follows_the_status_on_refresh(qtbot):
    current = [SyncStatus(online=True, photos_waiting=3)]
    widget = SyncStatusWidget(lambda: current[0], lambda: Backlog(0, None),
                              rejected=list, now=lambda: NOW)
    qtbot.addWidget(widget)
    assert widget.photos_label.text() == "3 photos waiting"
    current[0] = SyncStatus(online=True, photos_waiting=0)
    widget.refresh()
    assert widget.photos_label.isHidden()
