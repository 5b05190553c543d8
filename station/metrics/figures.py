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


@dataclass(frozen=True)
class RecentPacking:
    """Orders packed in a window: units, and which stations packed them."""

    units: int
    stations: frozenset[str]


class Figures(Protocol):
    def tally(self, period: Period, brand: str | None) -> Tally: ...

    def trend(self, period: Period, brand: str | None) -> tuple[Bucket, ...]: ...

    def open_exceptions(self, since: datetime, until: datetime,
                        brand: str | None) -> tuple[OpenException, ...]: ...

    def packed(self, start: datetime, end: datetime, brand: str | None) -> RecentPacking: ...


@dataclass(frozen=True)
class RawFigures:
    source: EventSource
    zone: ZoneInfo
    idle: timedelta

    def tally(self, period: Period, brand: str | None) -> Tally:
        rows = self.source.between(period.start - self.idle, period.end)
        history = _history(self.source, rows, brand)
        return tally(rows, period, zone=self.zone, idle=self.idle, brand=brand,
                     brands=brands_of(history), history=history)

    def trend(self, period: Period, brand: str | None) -> tuple[Bucket, ...]:
        rows = self.source.between(period.start, period.end,
                                   types={d.ORDER_OPENED, d.ORDER_PACKED})
        packed = [row for row in rows if row.type == d.ORDER_PACKED]
        return tally(packed, period, zone=self.zone, idle=self.idle, brand=brand,
                     brands=_brands(self.source, rows, brand)).by_day

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
            brands = brands_of(self.source.for_subjects({row.subject or "" for row in found},
                                                        types={d.ORDER_OPENED}))
            found = [row for row in found if brands.get(row.subject or "") == brand]
        return tuple(OpenException(row.subject or "", row.station, row.user,
                                   str(row.value or "OTHER"), row.ts)
                     for row in sorted(found, key=lambda r: r.ts))

    def packed(self, start: datetime, end: datetime, brand: str | None) -> RecentPacking:
        return _packed(self.source, start, end, brand)


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

    def packed(self, start: datetime, end: datetime, brand: str | None) -> RecentPacking:
        units, stations = aggregates.packed(self.conn, start, end, brand)
        return RecentPacking(units, stations)


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


def _brands(source: EventSource, rows: list[Row], brand: str | None) -> dict[str, str]:
    brands = brands_of(rows)
    if brand is not None:
        unknown = {row.subject for row in rows if row.subject and row.subject not in brands}
        if unknown:
            brands |= brands_of(source.for_subjects(unknown, types={d.ORDER_OPENED}))
    return brands


def _packed(source: EventSource, start: datetime, end: datetime,
            brand: str | None) -> RecentPacking:
    rows = source.between(start, end, types={d.ORDER_PACKED})
    brands = _brands(source, rows, brand)
    wanted = [row for row in rows
              if brand is None or brands.get(row.subject or "") == brand]
    return RecentPacking(units=sum(int(row.value or 0) for row in wanted),
                         stations=frozenset(row.station for row in wanted))
