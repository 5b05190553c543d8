"""Keeping the site throughput's aggregate as events are applied (tables `site_metrics_*`).

`record` runs in ingest's transaction with the events it applied, so each applied event is
counted exactly once and a duplicate or a rejected one never. The definitions are those of
`station.metrics.compute.tally` (and of the station's trigger, 0401_metrics_aggregates.sql):
each row goes through the same parsing (`counted_row`), working gaps run per badge and
station in journal order, the pack clock per order and station. Counts are added with an
UPSERT (`ON CONFLICT DO UPDATE SET n = n + excluded.n`, on SQLite and PostgreSQL), so
concurrent pushes add up; the per-station state is only written under the station's row
lock that ingest holds. `rebuild` folds every stored event (the migration's backfill)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, or_, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from station.clock import iso
from station.limits import storable
from station.metrics import definitions as d
from station.metrics.settings import MetricsSettings
from station.metrics.source import Row, counted_row
from sync.hub.schema import (
    events,
    site_metrics_brand,
    site_metrics_category,
    site_metrics_exception,
    site_metrics_hour,
    site_metrics_last,
    site_metrics_order,
    site_metrics_pack_day,
    site_metrics_pack_time,
)

# The hub counts working gaps with the default threshold; a site view asked with another
# one counts raw events (sync/hub/api_throughput.py).
IDLE_MS = round(MetricsSettings().idle_gap.total_seconds() * 1000)
_OPENINGS = frozenset({d.ORDER_OPENED, d.RETURN_RECEIVED})
_EXCEPTION_TYPES = d.EXCEPTION_CLEARED_BY | {d.EXCEPTION_REPORTED}
_CATEGORY = {d.EXCEPTION_REPORTED: ("exception", "OTHER"), d.RETURN_GRADED: ("grade", "?"),
             d.ITEM_DISPOSITIONED: ("disposition", "?")}
_LABEL = "label"   # the category of label check scans, named by `definitions.LabelOutcome`
_SORT = "sort"     # the sort wall's counts, named by `definitions.SortCount` (no brand)
_HOUR_COUNTS = ("orders", "units", "active_ms", "wrong_scans", "print_failures")
_CHUNK = 2000
_LOOKUP = 500

HourKey = tuple[str, str, str, str, str]            # site, hour, station, user, brand


def hour_key(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H")


def record(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Count the events ingest just applied (its `events` rows, in journal order)."""
    fold = _Fold(conn)
    fold.add(rows)
    fold.flush()


def rebuild(conn: Connection) -> int:
    """Count every stored event afresh (in each station's journal order); how many."""
    for table in (site_metrics_hour, site_metrics_category, site_metrics_pack_time,
                  site_metrics_pack_day, site_metrics_last, site_metrics_order, site_metrics_brand,
                  site_metrics_exception):
        conn.execute(delete(table))
    fold = _Fold(conn)
    done = 0
    after: tuple[str, int] | None = None
    columns = (events.c.seq, events.c.ts, events.c.station, events.c.user, events.c.type,
               events.c.subject, events.c.payload, events.c.site)
    while True:
        page = select(*columns).order_by(events.c.station, events.c.seq).limit(_CHUNK)
        if after is not None:
            page = page.where(tuple_(events.c.station, events.c.seq) > tuple_(*after))
        chunk = [row._asdict() for row in conn.execute(page)]
        if not chunk:
            return done
        fold.add(chunk)
        fold.flush()
        done += len(chunk)
        after = (chunk[-1]["station"], chunk[-1]["seq"])


def count_label_checks(conn: Connection) -> int:
    """Count afresh the label checks the hub holds (revision 0004: those stored before the
    aggregate counted them), each in its hour with its order's brand as the hub knows it;
    how many. Only their category rows are written: a full `rebuild` of a large hub would
    take minutes."""
    category = site_metrics_category.c
    conn.execute(delete(site_metrics_category).where(category.kind == _LABEL))
    found = conn.execute(
        select(events.c.site, events.c.seq, events.c.ts, events.c.station, events.c.user,
               events.c.type, events.c.subject)
        .where(events.c.type.in_(sorted(d.LABEL_EVENTS)))).all()
    rows = [(site, row) for site, *raw in found
            if (row := counted_row(*raw, None)) is not None]
    subjects = {row.subject for _, row in rows if row.subject}
    brand = site_metrics_brand.c
    brands: dict[str, str] = {}
    for chunk in _chunks(subjects):
        brands.update((subject, name) for subject, name in conn.execute(
            select(brand.subject, brand.brand).where(brand.subject.in_(chunk))))
    counted: Counter[tuple[str, ...]] = Counter(
        (site, hour_key(row.ts), row.station, row.user or "",
         brands.get(row.subject, "") if row.subject else "", _LABEL,
         d.LABEL_EVENTS[row.type].value) for site, row in rows)
    _add_up(conn, site_metrics_category, [
        {"site": k[0], "hour": k[1], "station": k[2], "user": k[3], "brand": k[4],
         "kind": k[5], "name": k[6], "count": n} for k, n in sorted(counted.items())],
        ("count",))
    return len(rows)


def count_sort_events(conn: Connection) -> int:
    """Count afresh the sort wall's events the hub holds (revision 0005: those stored before
    the aggregate counted them), each in its hour, under no brand; how many. Only their
    category rows are written, as `count_label_checks` does."""
    category = site_metrics_category.c
    conn.execute(delete(site_metrics_category).where(category.kind == _SORT))
    found = conn.execute(
        select(events.c.site, events.c.seq, events.c.ts, events.c.station, events.c.user,
               events.c.type, events.c.subject, events.c.payload)
        .where(events.c.type.in_(sorted(d.SORT_TYPES)))).all()
    counted: Counter[tuple[str, ...]] = Counter()
    done = 0
    for site, *raw in found:
        row = counted_row(*raw)
        change = d.sort_change(row.type, row.value) if row is not None else None
        if row is None or change is None:
            continue
        counted[(site, hour_key(row.ts), row.station, row.user or "", "", _SORT,
                 change[0].value)] += change[1]
        done += 1
    _add_up(conn, site_metrics_category, [
        {"site": k[0], "hour": k[1], "station": k[2], "user": k[3], "brand": k[4],
         "kind": k[5], "name": k[6], "count": n} for k, n in sorted(counted.items())],
        ("count",))
    return done


class _Fold:
    """The state the next events need, read once per batch, and the counts they add."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.last: dict[tuple[str, str], str] = {}
        self.orders: dict[tuple[str, str], tuple[str | None, int] | None] = {}
        self.brands: dict[str, str] = {}
        self.exceptions: dict[str, dict[str, Any]] = {}
        self._changed: dict[str, set[Any]] = defaultdict(set)
        self.hours: defaultdict[HourKey, Counter[str]] = defaultdict(Counter)
        self.categories: Counter[tuple[str, ...]] = Counter()
        self.pack_hours: Counter[tuple[Any, ...]] = Counter()
        self.pack_days: Counter[tuple[Any, ...]] = Counter()

    def add(self, rows: Sequence[Mapping[str, Any]]) -> None:
        parsed: list[tuple[str, Row, str]] = []
        for raw in rows:
            row = counted_row(raw["seq"], raw["ts"], raw["station"], raw["user"], raw["type"],
                              raw["subject"], raw["payload"])
            if row is not None:     # an event that cannot be placed in time counts nowhere
                parsed.append((raw["site"], row, str(raw["ts"])))
        self._read_state(row for _, row, _ in parsed)
        for site, row, ts in parsed:
            self._one(site, row, ts)

    def _one(self, site: str, row: Row, ts: str) -> None:
        # A brand stored before events were validated may not be storable text (a lone
        # surrogate): such an order counts under no brand rather than stopping the fold.
        if row.type in _OPENINGS and row.subject and row.value and storable(row.value):
            self.brands[row.subject] = str(row.value)
            self._changed["brand"].add(row.subject)
        brand = (self.brands.get(row.subject, "") if row.subject
                 and row.type not in d.SORT_TYPES else "")
        pack_ms = self._follow_order(row, ts)
        key: HourKey = (site, hour_key(row.ts), row.station, row.user or "", brand)
        counts = self.hours[key]        # every event has its hour row (someone seen idle)
        if row.user is not None:
            previous = self.last.get((row.station, row.user))
            self.last[(row.station, row.user)] = ts
            self._changed["last"].add((row.station, row.user))
            if previous is not None:
                gap = _ms(row.ts, previous)
                if 0 <= gap <= IDLE_MS:
                    counts["active_ms"] += gap
        if row.type == d.ORDER_PACKED:
            counts["orders"] += 1
            counts["units"] += int(row.value or 0)
            for badge, units in row.shares:   # a hand-over: each unit to whoever scanned it
                if badge != (row.user or ""):  # (compute._credit)
                    self.hours[(*key[:3], badge, brand)]["units"] += units
                    counts["units"] -= units
            if pack_ms is not None:
                seconds = (pack_ms + 500) // 1000     # whole seconds, halves rounded up
                self.pack_hours[(*key, seconds)] += 1
                self.pack_days[(site, key[1][:10], *key[2:], seconds)] += 1
        elif row.type == d.WRONG_ITEM_SCANNED:
            counts["wrong_scans"] += 1
        elif row.type == d.PRINT_JOB_FAILED:
            counts["print_failures"] += 1
        elif row.type in _CATEGORY:
            kind, default = _CATEGORY[row.type]
            self.categories[(*key, kind, str(row.value or default))] += 1
        elif row.type in d.LABEL_EVENTS:
            self.categories[(*key, _LABEL, d.LABEL_EVENTS[row.type].value)] += 1
        elif (change := d.sort_change(row.type, row.value)) is not None:
            self.categories[(*key, _SORT, change[0].value)] += change[1]
        if row.subject and row.type in _EXCEPTION_TYPES:
            self._latest_exception(site, row)

    def _follow_order(self, row: Row, ts: str) -> int | None:
        """The pack clock (compute._follow_order): reset by OrderOpened, started by the first
        scan, advanced by working gaps between the order's events; the pack time when the row
        packs the order."""
        if row.subject is None:
            return None
        key = (row.station, row.subject)
        if row.type == d.ORDER_OPENED:
            self._set_order(key, (None, 0))
            return None
        order = self.orders.get(key)
        if order is None:
            return None
        last_ts, ms = order
        if last_ts is None:
            if row.type in d.SCANS:
                last_ts = ts
        else:
            gap = _ms(row.ts, last_ts)
            if 0 <= gap <= IDLE_MS:
                ms += gap
            last_ts = ts
        if row.type == d.ORDER_PACKED:
            self._set_order(key, None)
            return ms if last_ts is not None else None
        self._set_order(key, (last_ts, ms))
        return None

    def _set_order(self, key: tuple[str, str], value: tuple[str | None, int] | None) -> None:
        self.orders[key] = value
        self._changed["order"].add(key)

    def _latest_exception(self, site: str, row: Row) -> None:
        """Keep the order's latest exception-relevant event by recorded time, then seq (its
        time stored as `station.clock.iso` text, whatever form the station sent)."""
        known = self.exceptions.get(row.subject or "")
        if known is not None and (datetime.fromisoformat(known["ts"]), known["seq"]) >= (
                row.ts, row.seq):
            return
        self.exceptions[row.subject or ""] = {
            "subject": row.subject, "site": site, "station": row.station, "user": row.user,
            "type": row.type, "reason": _text(row.value) if row.type == d.EXCEPTION_REPORTED
            else None, "ts": iso(row.ts), "seq": row.seq}
        self._changed["exception"].add(row.subject)

    def _read_state(self, rows: Iterable[Row]) -> None:
        """Read, once, the state of the badges, orders and subjects these rows name."""
        badges, orders, subjects = set(), set(), set()
        for row in rows:
            if row.user is not None:
                badges.add((row.station, row.user))
            if row.subject:
                orders.add((row.station, row.subject))
                subjects.add(row.subject)
        last, order = site_metrics_last.c, site_metrics_order.c
        for chunk in _chunks(badges - self.last.keys()):
            self.last.update(((r.station, r.user), r.ts) for r in self.conn.execute(
                select(last.station, last.user, last.ts).where(
                    tuple_(last.station, last.user).in_(chunk))))
        for chunk in _chunks(orders - self.orders.keys()):
            self.orders.update(((r.station, r.subject), (r.last_ts, r.pack_ms))
                               for r in self.conn.execute(
                select(order.station, order.subject, order.last_ts, order.pack_ms).where(
                    tuple_(order.station, order.subject).in_(chunk))))
        for chunk in _chunks(subjects - self.brands.keys()):
            self.brands.update((r.subject, r.brand) for r in self.conn.execute(
                select(site_metrics_brand).where(site_metrics_brand.c.subject.in_(chunk))))
        for chunk in _chunks(subjects - self.exceptions.keys()):
            self.exceptions.update((r.subject, r._asdict()) for r in self.conn.execute(
                select(site_metrics_exception).where(
                    site_metrics_exception.c.subject.in_(chunk))))

    def flush(self) -> None:
        """Write what the rows added and the state they leave, then start counting afresh
        (the state read so far stays: it is what the database now holds)."""
        hour_rows = [{"site": k[0], "hour": k[1], "station": k[2], "user": k[3], "brand": k[4],
                      **{name: counts[name] for name in _HOUR_COUNTS}}
                     for k, counts in sorted(self.hours.items())]
        _add_up(self.conn, site_metrics_hour, hour_rows, _HOUR_COUNTS)
        _add_up(self.conn, site_metrics_category, [
            {"site": k[0], "hour": k[1], "station": k[2], "user": k[3], "brand": k[4],
             "kind": k[5], "name": k[6], "count": n}
            for k, n in sorted(self.categories.items())], ("count",))
        for table, when, pack in ((site_metrics_pack_time, "hour", self.pack_hours),
                                  (site_metrics_pack_day, "day", self.pack_days)):
            _add_up(self.conn, table, [
                {"site": k[0], when: k[1], "station": k[2], "user": k[3], "brand": k[4],
                 "seconds": k[5], "orders": n} for k, n in sorted(pack.items())], ("orders",))
        _replace(self.conn, site_metrics_last, [
            {"station": s, "user": u, "ts": self.last[(s, u)]}
            for s, u in sorted(self._changed["last"])], ("ts",))
        _replace(self.conn, site_metrics_brand, [
            {"subject": s, "brand": self.brands[s]} for s in sorted(self._changed["brand"])],
            ("brand",))
        _replace(self.conn, site_metrics_exception, [
            self.exceptions[s] for s in sorted(self._changed["exception"])],
            ("site", "station", "user", "type", "reason", "ts", "seq"), newer_only=True)
        open_orders, packed = [], []
        for station, subject in sorted(self._changed["order"]):
            value = self.orders[(station, subject)]
            if value is None:
                packed.append((station, subject))
            else:
                open_orders.append({"station": station, "subject": subject,
                                    "last_ts": value[0], "pack_ms": value[1]})
        _replace(self.conn, site_metrics_order, open_orders, ("last_ts", "pack_ms"))
        order = site_metrics_order.c
        for chunk in _chunks(set(packed)):
            self.conn.execute(delete(site_metrics_order).where(
                tuple_(order.station, order.subject).in_(chunk)))
        self.hours.clear()
        self.categories.clear()
        self.pack_hours.clear()
        self.pack_days.clear()
        self._changed.clear()
        # Packed orders are gone from the table too; brands and exceptions of subjects seen so
        # far are only needed again by events of the same orders (read again if they come):
        # the memory of a long rebuild stays bounded.
        self.orders = {key: value for key, value in self.orders.items() if value is not None}
        if len(self.brands) > 50 * _CHUNK:
            self.brands.clear()
            self.exceptions.clear()


def _insert(conn: Connection, table: Table) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def _add_up(conn: Connection, table: Table, rows: list[dict[str, Any]],
            counts: Sequence[str]) -> None:
    """Insert rows, adding their counts to those of rows already there."""
    if not rows:
        return
    statement = _insert(conn, table)
    conn.execute(statement.on_conflict_do_update(
        index_elements=list(table.primary_key.columns),
        set_={name: table.c[name] + statement.excluded[name] for name in counts}), rows)


def _replace(conn: Connection, table: Table, rows: list[dict[str, Any]],
             columns: Sequence[str], *, newer_only: bool = False) -> None:
    """Insert rows or overwrite `columns` of those there; with `newer_only`, only by a later
    (ts, seq): another station's push committed meanwhile (PostgreSQL) is not undone. The
    `ts` compared are `station.clock.iso` text, which sorts as time does."""
    if not rows:
        return
    statement = _insert(conn, table)
    newer = None
    if newer_only:
        newer = or_(statement.excluded.ts > table.c.ts,
                    and_(statement.excluded.ts == table.c.ts,
                         statement.excluded.seq > table.c.seq))
    conn.execute(statement.on_conflict_do_update(
        index_elements=list(table.primary_key.columns),
        set_={name: statement.excluded[name] for name in columns}, where=newer), rows)


def _chunks(keys: set[Any]) -> Iterable[list[Any]]:
    ordered = sorted(keys)
    for index in range(0, len(ordered), _LOOKUP):
        yield ordered[index:index + _LOOKUP]


def _ms(when: datetime, earlier: str) -> int:
    """Whole milliseconds from `earlier` (a stored ts) to `when`, as compute._ms rounds."""
    return round((when - datetime.fromisoformat(earlier)).total_seconds() * 1000)


def _text(value: Any) -> str | None:
    return str(value) if value else None
