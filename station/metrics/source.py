"""Where events are read from: any DB-API connection and table with the journal's columns.

A station reads its own `journal` (sqlite3); the hub passes its events table (SQLite or
PostgreSQL, the sync helper's copy with the same columns plus `site`). Only the placeholder
and the JSON accessor differ between the two, so the metric definitions are shared."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from station.clock import iso
from station.metrics.definitions import VALUE_FIELD

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")
_CHUNK = 500


class Row(NamedTuple):
    seq: int
    ts: datetime
    station: str
    user: str | None
    type: str
    subject: str | None
    value: Any


class Connection(Protocol):
    def cursor(self) -> Any: ...


@dataclass(frozen=True)
class Dialect:
    placeholder: str
    json_text: str  # format string with {field}

    def value_expression(self) -> str:
        cases = " ".join(
            f"WHEN '{type_}' THEN {self.json_text.format(field=name)}"
            for type_, name in VALUE_FIELD.items())
        return f"CASE type {cases} END"


SQLITE = Dialect(placeholder="?", json_text="json_extract(payload, '$.{field}')")
POSTGRES = Dialect(placeholder="%s", json_text="(payload::jsonb ->> '{field}')")


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
               f"{self.dialect.value_expression()} FROM {self.table} WHERE "
               + where.replace("{p}", self.dialect.placeholder))
        cursor = self.connection.cursor()
        try:
            cursor.execute(sql, params)
            return [Row(seq, _when(ts), station, user, type_, subject, value)
                    for seq, ts, station, user, type_, subject, value in cursor.fetchall()]
        finally:
            cursor.close()


def _when(ts: Any) -> datetime:
    return ts if isinstance(ts, datetime) else datetime.fromisoformat(ts)
