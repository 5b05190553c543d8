"""Reading the metrics the journal triggers keep (migrations 0401_metrics_aggregates.sql and
0410_metrics_label_checks.sql).

These tables hold per UTC hour what `compute.tally` would count from the raw events, so a
station's dashboard reads a few hundred rows instead of every event of the period."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from station.clock import iso
from station.metrics.compute import Accumulator, Tally, assemble
from station.metrics.definitions import EXCEPTION_REPORTED, SortCount
from station.metrics.periods import Period, hour_start, local_day
from station.store import Store


def _hour_key(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H")


# metrics_sort's columns (migration 0720), in the order the query reads them.
_SORT_COLUMNS = (SortCount.SORTED, SortCount.STRAYS, SortCount.EXCEPTIONS, SortCount.BATCHES)


def _hour_of(key: str) -> datetime:
    return datetime.fromisoformat(f"{key}:00:00+00:00")


def _brand_filter(brand: str | None) -> tuple[str, list[str]]:
    return ("", []) if brand is None else (" AND brand = ?", [brand])


def tally(conn: sqlite3.Connection, period: Period, *, zone: ZoneInfo, brand: str | None,
          pack_times: bool = True) -> Tally:
    """The figures of `compute.tally` for the period, from the hourly tables."""
    where, extra = _brand_filter(brand)
    params = [_hour_key(period.start), _hour_key(period.end), *extra]
    people: defaultdict[tuple[str, str], Accumulator] = defaultdict(Accumulator)
    hourly: Counter[tuple[datetime, str]] = Counter()
    daily: Counter[tuple[date, str]] = Counter()
    for station, user, orders, units, active, wrong, failures in conn.execute(
            "SELECT station, user, sum(orders), sum(units), sum(active_ms), sum(wrong_scans),"
            " sum(print_failures) FROM metrics_hour WHERE hour >= ? AND hour < ?" + where
            + " GROUP BY station, user", params):
        total = people[(station, user)]
        total.orders += orders
        total.units += units
        total.active += active
        total.wrong += wrong
        total.print_failures += failures
    for hour, orders, units in conn.execute(
            "SELECT hour, sum(orders), sum(units) FROM metrics_hour"
            " WHERE hour >= ? AND hour < ? AND (orders > 0 OR units <> 0)" + where
            + " GROUP BY hour", params):
        start = hour_start(_hour_of(hour), zone)
        day = local_day(start, zone)
        hourly[(start, "orders")] += orders
        hourly[(start, "units")] += units
        daily[(day, "orders")] += orders
        daily[(day, "units")] += units
    for station, user, kind, name, count in conn.execute(
            "SELECT station, user, kind, name, sum(count) FROM metrics_category"
            " WHERE hour >= ? AND hour < ?" + where + " GROUP BY station, user, kind, name",
            params):
        total = people[(station, user)]
        {"exception": total.exceptions, "grade": total.grades,
         "disposition": total.dispositions, "label": total.labels}[kind][name] += count
    if brand is None:   # the sort wall's counts belong to no brand (compute.tally)
        for station, user, *counts in conn.execute(
                "SELECT station, user, sum(sorted), sum(strays), sum(exceptions),"
                " sum(batches) FROM metrics_sort WHERE hour >= ? AND hour < ?"
                " GROUP BY station, user", params[:2]):
            for name, count in zip(_SORT_COLUMNS, counts, strict=True):
                people[(station, user)].sorting[name.value] += count
    if pack_times:
        for station, user, seconds, orders in _pack_times(conn, period, brand):
            people[(station, user)].pack[seconds] += orders
    return assemble(people, hourly, daily, period=period, zone=zone)


def _pack_times(conn: sqlite3.Connection, period: Period,
                brand: str | None) -> list[tuple[str, str, int, int]]:
    """Pack-time histogram rows of the period: whole UTC days from the day table, the
    hours before the first and after the last whole day from the hour table."""
    start, end = period.start.astimezone(UTC), period.end.astimezone(UTC)
    first_day = (start + timedelta(days=1, microseconds=-1)).date()  # starts at/after start
    last_day = end.date()  # starts at or before end: whole days are first_day..last_day-1
    where, extra = _brand_filter(brand)
    if first_day >= last_day:
        sql = ("SELECT station, user, seconds, orders FROM metrics_pack_time"
               " WHERE hour >= ? AND hour < ?" + where)
        params: list[str] = [_hour_key(start), _hour_key(end), *extra]
    else:
        day_start = datetime.combine(first_day, datetime.min.time(), UTC)
        day_end = datetime.combine(last_day, datetime.min.time(), UTC)
        sql = ("SELECT station, user, seconds, orders FROM metrics_pack_day"
               " WHERE day >= ? AND day < ?" + where + " UNION ALL"
               " SELECT station, user, seconds, orders FROM metrics_pack_time"
               " WHERE ((hour >= ? AND hour < ?) OR (hour >= ? AND hour < ?))" + where)
        params = [first_day.isoformat(), last_day.isoformat(), *extra,
                  _hour_key(start), _hour_key(day_start), _hour_key(day_end), _hour_key(end),
                  *extra]
    return list(conn.execute(
        f"SELECT station, user, seconds, sum(orders) FROM ({sql})"
        " GROUP BY station, user, seconds", params))


def open_exceptions(conn: sqlite3.Connection, since: datetime,
                    brand: str | None) -> list[tuple[str, str, str | None, str | None, str]]:
    """(order, station, badge, reason, ts) of orders whose latest event left them in the
    exception queue, reported since `since`."""
    sql = ("SELECT e.subject, e.station, e.user, e.reason, e.ts FROM metrics_exception e"
           " LEFT JOIN metrics_brand b ON b.subject = e.subject"
           " WHERE e.type = ? AND e.ts >= ?")
    params: list[str] = [EXCEPTION_REPORTED, iso(since)]
    if brand is not None:
        sql += " AND b.brand = ?"
        params.append(brand)
    return list(conn.execute(sql + " ORDER BY e.ts", params))


def idle_threshold(conn: sqlite3.Connection) -> timedelta:
    (idle_ms,) = conn.execute("SELECT idle_ms FROM metrics_settings").fetchone()
    return timedelta(milliseconds=idle_ms)


def ensure_idle_threshold(store: Store, idle: timedelta) -> bool:
    """Make the kept tables count working gaps with the configured threshold, recounting
    them from the journal when it changed (seconds for a million events). True if recounted."""
    if idle_threshold(store.conn) == timedelta(milliseconds=round(idle.total_seconds() * 1000)):
        return False
    rebuild(store, idle)
    return True


def rebuild(store: Store, idle: timedelta) -> None:
    """Recount every table from the journal in one write transaction."""
    with store.write() as db:
        for table in ("metrics_brand", "metrics_last", "metrics_order", "metrics_hour",
                      "metrics_category", "metrics_packed", "metrics_pack_time",
                      "metrics_pack_day", "metrics_exception", "metrics_steps"):
            db.conn.execute(f"DELETE FROM {table}")
        db.conn.execute("UPDATE metrics_settings SET idle_ms = ?",
                        (round(idle.total_seconds() * 1000),))
        db.conn.execute(
            "INSERT INTO metrics_input (seq, ts, station, user, type, subject, payload)"
            " SELECT seq, ts, station, user, type, subject, payload FROM journal ORDER BY seq")
