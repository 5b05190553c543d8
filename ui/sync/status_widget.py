"""Online/offline and which problem it is, events waiting and the age of the oldest, photos
waiting, at a glance; the events the hub parked (rejected or conflict) one click away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from station.inbox.rejected import RejectedEvent
from station.journal import Backlog
from station.messages import Message, counted, msg
from sync.status import SyncProblem, SyncStatus
from ui.i18n import tr
from ui.polling import PollWhileShown
from ui.sync.backlog_words import backlog_text
from ui.sync.rejected_view import RejectedEventsDialog

_COLOURS = {"online": "#1b7f3b", "offline": "#b3261e", "waiting": "#6b6b6b"}
_PROBLEMS = {
    SyncProblem.UNREACHABLE: msg("Sync", "● Offline: working locally"),
    SyncProblem.TOKEN_REFUSED: msg("Sync", "● Offline: the hub refuses this station's token"),
    SyncProblem.STATION_REFUSED: msg("Sync", "● Offline: the hub refuses this station"),
    SyncProblem.REQUEST_REFUSED: msg("Sync", "● Sync stopped: the hub refuses what this "
                                     "station sends"),
    SyncProblem.BAD_ANSWER: msg("Sync", "● Sync paused: the hub's answer made no sense"),
    SyncProblem.STATION_DATABASE: msg("Sync", "● Sync paused: this station's database is "
                                      "busy"),
    SyncProblem.FAILED: msg("Sync", "● Sync paused: an unexpected error (see the log)"),
}


def state_text(status: SyncStatus) -> tuple[Message, str]:
    """The state and its colour: online, or the one problem that stops sync."""
    if status.problem is not None:
        return _PROBLEMS[status.problem], _COLOURS["offline"]
    if status.online is None:
        return msg("Sync", "● Connecting to the hub…"), _COLOURS["waiting"]
    if status.online:
        return msg("Sync", "● Online"), _COLOURS["online"]
    return _PROBLEMS[SyncProblem.UNREACHABLE], _COLOURS["offline"]


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
        state, colour = state_text(status)
        self.state_label.setText(tr(state))
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.state_label.setToolTip(status.last_error or "")
        self.waiting_label.setText(tr(backlog_text(backlog.waiting, backlog.oldest_ts,
                                                   self._now())))
        self._show_photos(status)
        count = len(self._rejected())
        self.rejected_button.setText(tr(msg("Sync", "Parked: {count}", count=count)))
        self.rejected_button.setEnabled(count > 0)
        self.rejected_button.setStyleSheet("color: #b3261e;" if count else "")

    def retranslate(self) -> None:
        self.refresh()

    def _show_photos(self, status: SyncStatus) -> None:
        """Hidden while no photo waits; red when some cannot be sent."""
        waiting = status.photos_waiting
        text = counted(waiting, msg("Sync", "1 photo waiting"),
                       msg("Sync", "{count} photos waiting", count=waiting))
        if status.photo_problems:
            text = msg("Sync", "{waiting}, {problems} cannot be sent", waiting=text,
                       problems=status.photo_problems)
        self.photos_label.setText(tr(text))
        self.photos_label.setStyleSheet("color: #b3261e;" if status.photo_problems else "")
        self.photos_label.setHidden(not (status.photos_waiting or status.photo_problems))

    def _on_rejected_clicked(self) -> None:
        RejectedEventsDialog(self._rejected(), self).exec()
