"""Where events are read from: any DB-API connection and table with the journal's columns.

A station reads its own `journal` (sqlite3); the hub passes its events table (SQLite or
PostgreSQL, the sync helper's copy with the same columns plus `site`). Only the placeholder
and the JSON accessor differ between the two, so the metric definitions are shared."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from station.clock import iso
from station.metrics.definitions import ORDER_PACKED, PACKERS_FIELD, VALUE_FIELD

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")
_CHUNK = 500
WHOLE_NUMBER_VALUES = frozenset({ORDER_PACKED})     # their VALUE_FIELD is a count


class Row(NamedTuple):
    seq: int
    ts: datetime
    station: str
    user: str | None
    type: str
    subject: str | None
    value: Any
    # OrderPacked only: (badge, units) each packer scanned, when not all were the sealer's.
    shares: tuple[tuple[str, int], ...] = ()


class Connection(Protocol):
    def cursor(self) -> Any: ...


@dataclass(frozen=True)
class Dialect:
    placeholder: str


SQLITE = Dialect(placeholder="?")
POSTGRES = Dialect(placeholder="%s")
# The payload is read only for the types that contribute a value, and parsed here rather
# than in SQL: a payload the database cannot parse (NaN from a station of an older version;
# PostgreSQL 15 cannot test one before a `::jsonb` cast) or a value SQLite cannot hand back
# as UTF-8 (an escaped lone surrogate) then costs its value, not the whole query. 5-16%
# slower than `json_extract` (bench/bench_site_view_source.py).
_VALUE_EXPRESSION = ("CASE WHEN type IN ("
                     + ", ".join(f"'{type_}'" for type_ in sorted(VALUE_FIELD))
                     + ") THEN payload END")


@dataclass(frozen=True)
class EventSource:
    """Events of one station (its journal) or of a site (the hub's table, optionally one
    `site` of it)."""

    connection: Connection
    table: str = "journal"
    dialect: Dialect = SQLITE
    site: str | None = None

    def __post_init__(self) -> None:
        if not _IDENTIFIER.match(self.table):
            raise ValueError(f"not a table name: {self.table!r}")

    def between(self, start: datetime, end: datetime,
                types: Iterable[str] | None = None) -> list[Row]:
        """Events with `start <= ts < end` (by the station's clock), optionally of some types."""
        where = ["ts >= {p}", "ts < {p}"]
        params: list[Any] = [iso(start), iso(end)]
        if types is not None:
            wanted = sorted(types)
            where.append(f"type IN ({', '.join(['{p}'] * len(wanted))})")
            params.extend(wanted)
        return self._select(" AND ".join(where), params)

    def for_subjects(self, subjects: Iterable[str],
                     types: Iterable[str] | None = None) -> list[Row]:
        """Every event about these orders or RMAs, whenever it happened. Types are filtered
        here, not in SQL, so the database looks events up by subject."""
        wanted = sorted(set(subjects))
        kinds = set(types) if types is not None else None
        rows: list[Row] = []
        for index in range(0, len(wanted), _CHUNK):
            chunk = wanted[index:index + _CHUNK]
            found = self._select(f"subject IN ({', '.join(['{p}'] * len(chunk))})", chunk)
            rows.extend(row for row in found if kinds is None or row.type in kinds)
        return rows

    def _select(self, where: str, params: Sequence[Any]) -> list[Row]:
        if self.site is not None:
            where += " AND site = {p}"
            params = [*params, self.site]
        sql = (f'SELECT seq, ts, station, "user", type, subject, '
               f"{_VALUE_EXPRESSION} FROM {self.table} WHERE "
               + where.replace("{p}", self.dialect.placeholder))
        cursor = self.connection.cursor()
        try:
            cursor.execute(sql, params)
            rows = [counted_row(*found) for found in cursor.fetchall()]
        finally:
            cursor.close()
        return [row for row in rows if row is not None]


def counted_row(*found: Any) -> Row | None:
    """A row the figures can count from (seq, ts, station, user, type, subject, payload), or
    None for one they cannot place in time (the hub's aggregate folds events through it too,
    sync/hub/site_metrics.py). The hub's copy holds whatever stations sent before it
    validated events: an unreadable `ts` is left out, a count that is not a whole number
    (NaN, Infinity, "abc") counts as none."""
    seq, ts, station, user, type_, subject, payload = found
    when = _when(ts)
    if when is None:
        return None
    data = _payload(type_, payload)
    value = data.get(VALUE_FIELD[type_]) if data is not None else None
    if type_ in WHOLE_NUMBER_VALUES:
        value = _whole_number(value)
    shares = _shares(data) if type_ == ORDER_PACKED and data is not None else ()
    return Row(seq, when, station, user, type_, subject, value, shares)


def _payload(type_: str, payload: Any) -> dict[str, Any] | None:
    if payload is None or type_ not in VALUE_FIELD:
        return None
    try:
        data = json.loads(payload) if isinstance(payload, (str, bytes)) else payload
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _shares(data: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    """OrderPacked's `packers` as (badge, units); a share that is not a badge and a whole
    number (from a station before the catalogue checked them) is left out."""
    packers = data.get(PACKERS_FIELD)
    if not isinstance(packers, list):
        return ()
    found = []
    for share in packers:
        if not isinstance(share, dict) or not isinstance(share.get("badge"), str):
            continue
        units = _whole_number(share.get("units"))
        if units is not None:
            found.append((share["badge"], units))
    return tuple(found)


def _when(ts: Any) -> datetime | None:
    if isinstance(ts, datetime):
        when = ts
    else:
        try:
            when = datetime.fromisoformat(str(ts))
        except ValueError:
            return None
    return when if when.tzinfo is not None else None


def _whole_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if math.isfinite(number) and number.is_integer() else None
