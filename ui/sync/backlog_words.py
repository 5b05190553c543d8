"""The one wording of the sync backlog, shown by the status bar and the sync status widget
alike (issue 13 item 10)."""

from __future__ import annotations

from datetime import datetime

from station.clock import parse_iso
from station.messages import Message, counted, msg


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


def backlog_text(waiting: int, oldest_ts: str | None, now: datetime) -> Message:
    """How many events wait for the hub and how long the oldest has waited."""
    if waiting == 0:
        return msg("Sync", "All events synced")
    age = age_text(oldest_ts, now)
    return counted(waiting, msg("Sync", "1 event waiting to sync ({age})", age=age),
                   msg("Sync", "{count} events waiting to sync ({age})", count=waiting, age=age))
