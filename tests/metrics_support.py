"""Helpers for the metrics tests: site-local times and both ways of computing figures."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from station.metrics.compute import Tally
from station.metrics.figures import Figures, JournalFigures, RawFigures
from station.metrics.periods import days
from station.metrics.source import EventSource

JST = ZoneInfo("Asia/Tokyo")
IDLE = timedelta(minutes=5)
DAY = date(2026, 11, 23)


def at(hh: int, mm: int, ss: int = 0, *, day: date = DAY, zone: ZoneInfo = JST,
       fold: int = 0) -> datetime:
    """A wall-clock time at the site."""
    return datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=zone, fold=fold)


def both(conn: sqlite3.Connection, zone: ZoneInfo = JST,
         idle: timedelta = IDLE) -> dict[str, Figures]:
    """The trigger-kept tables and the raw-event reference over the same journal."""
    return {"tables": JournalFigures(conn, zone),
            "raw": RawFigures(EventSource(conn), zone, idle)}


def day_tally(figures: Figures, day: date = DAY, zone: ZoneInfo = JST,
              brand: str | None = None) -> Tally:
    return figures.tally(days(day, day, zone), brand)
