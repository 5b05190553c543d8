"""The site view's figures read from the aggregate ingest keeps (sync/hub/site_metrics.py):
the `Figures` of station.metrics.dashboard, over hours instead of raw events.

A period of whole local days reads the UTC hours it covers, exact for every zone a whole
number of hours from UTC (docs/metrics.md, "Time"), as the station's own tables are."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, false, func, select

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
                .where(*self._within(site_metrics_hour, period, brand), hour.orders > 0)
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
             "disposition": total.dispositions}[kind][name] += int(count)
        if pack_times:
            pack = site_metrics_pack_time.c
            for station, user, seconds, orders in self.conn.execute(
                    select(pack.station, pack.user, pack.seconds, func.sum(pack.orders))
                    .where(*self._within(site_metrics_pack_time, period, brand))
                    .group_by(pack.station, pack.user, pack.seconds)):
                people[(station, user)].pack[int(seconds)] += int(orders)
        return assemble(people, hourly, daily, period=period, zone=self.zone)

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
        where = [table.c.site == self.site, table.c.hour >= hour_key(period.start),
                 table.c.hour < hour_key(period.end)]
        if brand is not None:
            # Events of no brand are kept under '', which no brand filter asks for.
            where.append(table.c.brand == brand if brand else false())
        return where
