"""Online/offline, events waiting and the age of the oldest, photos waiting, at a glance; the
events the hub rejected one click away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from station.clock import parse_iso
from station.inbox.rejected import RejectedEvent
from station.journal import Backlog
from station.messages import Message, msg
from sync.worker import SyncStatus
from ui.i18n import tr
from ui.polling import PollWhileShown
from ui.sync.rejected_view import RejectedEventsDialog

_COLOURS = {"online": "#1b7f3b", "offline": "#b3261e", "waiting": "#6b6b6b"}


def age_text(oldest_ts: str | None, now: datetime) -> Message:
    if oldest_ts is None:
        return msg("Sync", "nothing waiting")
    seconds = max(0, int((now - parse_iso(oldest_ts)).total_seconds()))
    if seconds < 120:
        return msg("Sync", "oldest {seconds} s ago", seconds=seconds)
    if seconds < 2 * 3600:
        return msg("Sync", "oldest {minutes} min ago", minutes=seconds // 60)
    if seconds < 3 * 86400:
        return msg("Sync", "oldest {hours} h ago", hours=seconds // 3600)
    return msg("Sync", "oldest {days} days ago", days=seconds // 86400)


class SyncStatusWidget(QWidget):
    def __init__(self, status: Callable[[], SyncStatus], backlog: Callable[[], Backlog], *,
                 rejected: Callable[[], list[RejectedEvent]], now: Callable[[], datetime],
                 parent: QWidget | None = None, refresh_ms: int = 1000) -> None:
        super().__init__(parent)
        self._status, self._backlog, self._rejected, self._now = status, backlog, rejected, now
        self.state_label = QLabel()
        self.waiting_label = QLabel()
        self.photos_label = QLabel()
        self.rejected_button = QPushButton()
        self.rejected_button.clicked.connect(self._on_rejected_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.state_label, self.waiting_label, self.photos_label,
                       self.rejected_button):
            layout.addWidget(widget)
        self.poll = PollWhileShown(self, refresh_ms, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        status = self._status()
        backlog = self._backlog()
        if status.online is None:
            state, colour = msg("Sync", "● Connecting to the hub…"), _COLOURS["waiting"]
        elif status.online:
            state, colour = msg("Sync", "● Online"), _COLOURS["online"]
        elif status.refused:
            state, colour = msg("Sync", "● Offline: the hub refuses this station"), \
                _COLOURS["offline"]
        else:
            state, colour = msg("Sync", "● Offline: working locally"), _COLOURS["offline"]
        self.state_label.setText(tr(state))
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.state_label.setToolTip(status.last_error or "")
        self.waiting_label.setText(tr(msg(
            "Sync", "{count} events waiting ({age})", count=backlog.waiting,
            age=tr(age_text(backlog.oldest_ts, self._now())))))
        self._show_photos(status)
        count = len(self._rejected())
        self.rejected_button.setText(tr(msg("Sync", "Rejected: {count}", count=count)))
        self.rejected_button.setEnabled(count > 0)
        self.rejected_button.setStyleSheet("color: #b3261e;" if count else "")

    def _show_photos(self, status: SyncStatus) -> None:
        """Hidden while no photo waits; red when some cannot be sent."""
        if status.photo_problems:
            text = msg("Sync", "{count} photos waiting, {problems} cannot be sent",
                       count=status.photos_waiting, problems=status.photo_problems)
        else:
            text = msg("Sync", "{count} photos waiting", count=status.photos_waiting)
        self.photos_label.setText(tr(text))
        self.photos_label.setStyleSheet("color: #b3261e;" if status.photo_problems else "")
        self.photos_label.setHidden(not (status.photos_waiting or status.photo_problems))

    def _on_rejected_clicked(self) -> None:
        RejectedEventsDialog(self._rejected(), self).exec()
