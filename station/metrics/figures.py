"""Two ways to the same figures: counting raw events (`RawFigures`, the reference, used by the
hub over every station's events) and reading the tables the journal trigger keeps
(`JournalFigures`, a station's own journal, fast at a million events)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from station.messages import Message
from station.metrics import aggregates
from station.metrics import definitions as d
from station.metrics.compute import Bucket, Tally, brands_of, tally
from station.metrics.periods import Period
from station.metrics.source import EventSource, Row

_OPENINGS = frozenset({d.ORDER_OPENED, d.RETURN_RECEIVED})


@dataclass(frozen=True)
class OpenException:
    order: str
    station: str
    user: str | None
    reason: str
    reported_at: datetime

    @property
    def next_step(self) -> Message:
        return d.next_step_for_exception(self.reason)


class Figures(Protocol):
    def tally(self, period: Period, brand: str | None) -> Tally: ...

    def trend(self, period: Period, brand: str | None) -> tuple[Bucket, ...]: ...

    def open_exceptions(self, since: datetime, until: datetime,
                        brand: str | None) -> tuple[OpenException, ...]: ...


@dataclass(frozen=True)
class RawFigures:
    source: EventSource
    zone: ZoneInfo
    idle: timedelta

    def tally(self, period: Period, brand: str | None) -> Tally:
        rows = self.source.between(period.start - self.idle, period.end)
        return tally(rows, period, zone=self.zone, idle=self.idle, brand=brand,
                     history=_history(self.source, rows, brand))

    def trend(self, period: Period, brand: str | None) -> tuple[Bucket, ...]:
        rows = self.source.between(period.start, period.end,
                                   types={d.ORDER_OPENED, d.ORDER_PACKED})
        packed = _branded(self.source, [row for row in rows if row.type == d.ORDER_PACKED],
                          brand)
        return tally(packed, period, zone=self.zone, idle=self.idle).by_day

    def open_exceptions(self, since: datetime, until: datetime,
                        brand: str | None) -> tuple[OpenException, ...]:
        """Orders whose latest exception-relevant event is ExceptionReported."""
        rows = self.source.between(since, until,
                                   types=d.EXCEPTION_CLEARED_BY | {d.EXCEPTION_REPORTED})
        latest: dict[str, Row] = {}
        for row in sorted(rows, key=lambda r: (r.ts, r.seq)):
            if row.subject:
                latest[row.subject] = row
        found = [row for row in latest.values() if row.type == d.EXCEPTION_REPORTED]
        if brand is not None and found:
            openings = sorted(self.source.for_subjects({row.subject or "" for row in found},
                                                       types=_OPENINGS), key=_journal_order)
            brands = brands_of(openings)  # the latest opening of each order wins
            found = [row for row in found if brands.get(row.subject or "") == brand]
        return tuple(OpenException(row.subject or "", row.station, row.user,
                                   str(row.value or "OTHER"), row.ts)
                     for row in sorted(found, key=lambda r: r.ts))


@dataclass(frozen=True)
class JournalFigures:
    conn: sqlite3.Connection
    zone: ZoneInfo

    def tally(self, period: Period, brand: str | None) -> Tally:
        return aggregates.tally(self.conn, period, zone=self.zone, brand=brand)

    def trend(self, period: Period, brand: str | None) -> tuple[Bucket, ...]:
        return aggregates.tally(self.conn, period, zone=self.zone, brand=brand,
                                pack_times=False).by_day

    def open_exceptions(self, since: datetime, until: datetime,
                        brand: str | None) -> tuple[OpenException, ...]:
        return tuple(OpenException(order, station, user, reason or "OTHER",
                                   datetime.fromisoformat(ts))
                     for order, station, user, reason, ts
                     in aggregates.open_exceptions(self.conn, since, brand))


def _history(source: EventSource, rows: list[Row], brand: str | None) -> list[Row]:
    """Earlier events of orders packed in `rows` but opened before them (pack time, brand),
    and with a brand filter, of every order or RMA whose brand is not known from `rows`."""
    opened = {(row.station, row.subject) for row in rows if row.type == d.ORDER_OPENED}
    missing = {row.subject for row in rows if row.subject and row.type == d.ORDER_PACKED
               and (row.station, row.subject) not in opened}
    if brand is not None:
        known = brands_of(rows)
        missing |= {row.subject for row in rows if row.subject and row.subject not in known}
    return source.for_subjects(missing) if missing else []


def _branded(source: EventSource, rows: list[Row], brand: str | None) -> list[Row]:
    """The rows whose order or RMA had `brand` when they happened (its latest opening before
    them in journal order)."""
    if brand is None:
        return rows
    openings = source.for_subjects({row.subject for row in rows if row.subject},
                                   types=_OPENINGS)
    keep = {(row.station, row.seq) for row in rows}
    current: dict[str, str] = {}
    found = []
    for row in sorted({(r.station, r.seq): r for r in [*openings, *rows]}.values(),
                      key=_journal_order):
        if row.type in _OPENINGS and row.subject and row.value:
            current[row.subject] = str(row.value)
        if (row.station, row.seq) in keep and current.get(row.subject or "") == brand:
            found.append(row)
    return found


def _journal_order(row: Row) -> tuple[str, int]:
    return row.station, row.seq
