"""The site view's figures read from the aggregate ingest keeps (sync/hub/site_metrics.py):
the `Figures` of station.metrics.dashboard, over hours instead of raw events.

A period of whole local days reads the UTC hours it covers, exact for every zone a whole
number of hours from UTC (docs/metrics.md, "Time"), as the station's own tables are."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, false, func, or_, select

from station.clock import iso
from station.metrics.compute import Accumulator, Bucket, Tally, assemble
from station.metrics.definitions import EXCEPTION_REPORTED
from station.metrics.figures import OpenException
from station.metrics.periods import Period, hour_start, local_day
from sync.hub.schema import (
    site_metrics_brand,
    site_metrics_category,
    site_metrics_exception,
    site_metrics_hour,
    site_metrics_pack_day,
    site_metrics_pack_time,
)
from sync.hub.site_metrics import hour_key


@dataclass(frozen=True)
class AggregateFigures:
    conn: Connection
    site: str
    zone: ZoneInfo

    def tally(self, period: Period, brand: str | None, *, pack_times: bool = True) -> Tally:
        hour = site_metrics_hour.c
        people: defaultdict[tuple[str, str], Accumulator] = defaultdict(Accumulator)
        hourly: Counter[tuple[datetime, str]] = Counter()
        daily: Counter[tuple[date, str]] = Counter()
        for row in self.conn.execute(
                select(hour.station, hour.user, func.sum(hour.orders), func.sum(hour.units),
                       func.sum(hour.active_ms), func.sum(hour.wrong_scans),
                       func.sum(hour.print_failures))
                .where(*self._within(site_metrics_hour, period, brand))
                .group_by(hour.station, hour.user)):
            total = people[(row[0], row[1])]
            total.orders += int(row[2])
            total.units += int(row[3])
            total.active += int(row[4])
            total.wrong += int(row[5])
            total.print_failures += int(row[6])
        for key, orders, units in self.conn.execute(
                select(hour.hour, func.sum(hour.orders), func.sum(hour.units))
                .where(*self._within(site_metrics_hour, period, brand),
                       or_(hour.orders > 0, hour.units != 0))  # units of a hand-over too
                .group_by(hour.hour)):
            start = hour_start(datetime.fromisoformat(f"{key}:00:00+00:00"), self.zone)
            day = local_day(start, self.zone)
            hourly[(start, "orders")] += int(orders)
            hourly[(start, "units")] += int(units)
            daily[(day, "orders")] += int(orders)
            daily[(day, "units")] += int(units)
        category = site_metrics_category.c
        for station, user, kind, name, count in self.conn.execute(
                select(category.station, category.user, category.kind, category.name,
                       func.sum(category.count))
                .where(*self._within(site_metrics_category, period, brand))
                .group_by(category.station, category.user, category.kind, category.name)):
            total = people[(station, user)]
            {"exception": total.exceptions, "grade": total.grades,
             "disposition": total.dispositions, "label": total.labels,
             "sort": total.sorting}[kind][name] += int(count)
        if pack_times:
            for station, user, seconds, orders in self._pack_times(period, brand):
                people[(station, user)].pack[int(seconds)] += int(orders)
        return assemble(people, hourly, daily, period=period, zone=self.zone)

    def _pack_times(self, period: Period, brand: str | None) -> list[Any]:
        """Pack-time histogram rows of the period: whole UTC days from the day table, the
        hours before the first and after the last whole day from the hour table."""
        start, end = period.start.astimezone(UTC), period.end.astimezone(UTC)
        first_day = (start + timedelta(days=1, microseconds=-1)).date()  # starts at/after start
        last_day = end.date()           # whole days are first_day .. last_day - 1
        edges = [(start, end)]
        found: list[Any] = []
        if first_day < last_day:
            day = site_metrics_pack_day.c
            found.extend(self.conn.execute(
                select(day.station, day.user, day.seconds, func.sum(day.orders))
                .where(day.site == self.site, day.day >= first_day.isoformat(),
                       day.day < last_day.isoformat(), *self._brand(day.brand, brand))
                .group_by(day.station, day.user, day.seconds)))
            edges = [(start, datetime.combine(first_day, time(), UTC)),
                     (datetime.combine(last_day, time(), UTC), end)]
        hour = site_metrics_pack_time.c
        for since, until in edges:
            if since < until:
                found.extend(self.conn.execute(
                    select(hour.station, hour.user, hour.seconds, func.sum(hour.orders))
                    .where(hour.site == self.site, hour.hour >= hour_key(since),
                           hour.hour < hour_key(until), *self._brand(hour.brand, brand))
                    .group_by(hour.station, hour.user, hour.seconds)))
        return found

    def trend(self, period: Period, brand: str | None) -> tuple[Bucket, ...]:
        return self.tally(period, brand, pack_times=False).by_day

    def open_exceptions(self, since: datetime, until: datetime,
                        brand: str | None) -> tuple[OpenException, ...]:
        """Orders whose latest exception-relevant event is ExceptionReported."""
        latest = site_metrics_exception.c
        query = (select(latest.subject, latest.station, latest.user, latest.reason, latest.ts)
                 .where(latest.site == self.site, latest.type == EXCEPTION_REPORTED,
                        latest.ts >= iso(since), latest.ts < iso(until))
                 .order_by(latest.ts))
        if brand is not None:
            query = query.join(site_metrics_brand,
                               site_metrics_brand.c.subject == latest.subject).where(
                site_metrics_brand.c.brand == brand)
        return tuple(OpenException(subject, station, user, reason or "OTHER",
                                   datetime.fromisoformat(ts))
                     for subject, station, user, reason, ts in self.conn.execute(query))

    def _within(self, table: Any, period: Period, brand: str | None) -> list[Any]:
        return [table.c.site == self.site, table.c.hour >= hour_key(period.start),
                table.c.hour < hour_key(period.end), *self._brand(table.c.brand, brand)]

    @staticmethod
    def _brand(column: Any, brand: str | None) -> list[Any]:
        if brand is None:
            return []
        # Events of no brand are kept under '', which no brand filter asks for.
        return [column == brand if brand else false()]
