"""The metric definitions: one pass over journal rows, no I/O (docs/metrics.md).

Durations come from gaps between consecutive events in journal order (`seq` per station), not
from the wall clock: a gap longer than the idle threshold is a break, and a negative gap is the
station's clock jumping back; neither counts as working time."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from station.metrics import definitions as d
from station.metrics.periods import Period, hour_start, hours, local_day
from station.metrics.source import Row

Counts = tuple[tuple[str, int], ...]
Histogram = tuple[tuple[int, int], ...]  # (whole seconds, orders), by seconds


@dataclass(frozen=True)
class Throughput:
    """Figures of one station, one packer, or the whole site (key "") over a period."""

    key: str
    orders: int = 0
    units: int = 0
    active_seconds: float = 0.0
    pack_times: Histogram = ()
    wrong_scans: int = 0
    exceptions: Counts = ()
    grades: Counts = ()
    dispositions: Counts = ()
    print_failures: int = 0
    labels: Counts = ()  # label check scans by `definitions.LabelOutcome`
    sorting: Counts = ()  # the sort wall's counts by `definitions.SortCount` (none: 0)

    @property
    def units_per_hour(self) -> float | None:
        if self.active_seconds <= 0:
            return None
        return self.units * 3600.0 / self.active_seconds

    @property
    def median_pack_seconds(self) -> float | None:
        return median(self.pack_times)

    @property
    def wrong_per_100_units(self) -> float | None:
        return self.wrong_scans * 100.0 / self.units if self.units else None

    @property
    def exceptions_total(self) -> int:
        return sum(count for _, count in self.exceptions)

    @property
    def returns_graded(self) -> int:
        return sum(count for _, count in self.grades)

    def label_scans(self, outcome: d.LabelOutcome) -> int:
        """Label check scans of one outcome (checked, wrong, reissued)."""
        return dict(self.labels).get(outcome, 0)


@dataclass(frozen=True)
class Bucket:
    """Orders and units packed in one local hour (`start` is its UTC instant) or day."""

    start: datetime | date
    orders: int
    units: int


@dataclass(frozen=True)
class Tally:
    site: Throughput
    stations: tuple[Throughput, ...]
    packers: tuple[Throughput, ...]
    by_hour: tuple[Bucket, ...]
    by_day: tuple[Bucket, ...]


@dataclass
class Accumulator:
    """Running totals of one station, packer or the site (durations in milliseconds)."""

    orders: int = 0
    units: int = 0
    active: int = 0
    pack: Counter[int] = field(default_factory=Counter)
    wrong: int = 0
    exceptions: Counter[str] = field(default_factory=Counter)
    grades: Counter[str] = field(default_factory=Counter)
    dispositions: Counter[str] = field(default_factory=Counter)
    print_failures: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    sorting: Counter[str] = field(default_factory=Counter)

    def add(self, other: Accumulator, *, active: bool = True) -> None:
        """Add `other`'s totals; its working time only when `active` (see `assemble`)."""
        self.orders += other.orders
        self.units += other.units
        self.active += other.active if active else 0
        self.pack.update(other.pack)
        self.wrong += other.wrong
        self.exceptions.update(other.exceptions)
        self.grades.update(other.grades)
        self.dispositions.update(other.dispositions)
        self.print_failures += other.print_failures
        self.labels.update(other.labels)
        self.sorting.update(other.sorting)

    @property
    def packs(self) -> bool:
        """Whether these totals are of someone packing: anything packed, or no returns graded
        (a packer's first order is still open). A returns inspector's are not."""
        packed = (self.orders or self.units or self.wrong or self.exceptions or self.pack
                  or self.labels or _sorts(self))
        return bool(packed or not (self.grades or self.dispositions))

    def freeze(self, key: str) -> Throughput:
        return Throughput(key, self.orders, self.units, self.active / 1000,
                          tuple(sorted(self.pack.items())), self.wrong,
                          _counts(self.exceptions), _counts(self.grades),
                          _counts(self.dispositions), self.print_failures,
                          _counts(self.labels),
                          tuple((name, n) for name, n in _counts(self.sorting) if n))


@dataclass
class _Order:
    """Pack time of one order at one station, from its first scan."""

    last: datetime | None = None
    ms: int = 0


def brands_of(rows: Iterable[Row]) -> dict[str, str]:
    """Order or RMA -> brand, from OrderOpened and ReturnReceived."""
    return {row.subject: str(row.value) for row in rows
            if row.type in (d.ORDER_OPENED, d.RETURN_RECEIVED) and row.subject and row.value}


def tally(rows: Iterable[Row], period: Period, *, zone: ZoneInfo, idle: timedelta,
          brand: str | None = None, brands: Mapping[str, str] | None = None,
          history: Iterable[Row] = ()) -> Tally:
    """Every figure of the period. `rows` are every event from `idle` before the period to
    its end (the earlier ones start working gaps); `history` are earlier events of orders
    packed in the period, which only complete their pack time. An event's brand is the one
    its order or RMA was opened with most recently before it (else from `brands`)."""
    unique = {(row.station, row.seq): row for row in history}
    earlier = set(unique)
    for row in rows:
        unique[(row.station, row.seq)] = row
        earlier.discard((row.station, row.seq))
    ordered = [unique[key] for key in sorted(unique)]
    known = dict(brands or {})  # then, row by row, the brand of the latest opening
    idle_ms = _ms(idle)
    people: defaultdict[tuple[str, str], Accumulator] = defaultdict(Accumulator)
    hourly: Counter[tuple[datetime, str]] = Counter()
    daily: Counter[tuple[date, str]] = Counter()
    last_seen: dict[tuple[str, str], datetime] = {}
    orders: dict[tuple[str, str], _Order] = {}

    for row in ordered:
        if row.type in (d.ORDER_OPENED, d.RETURN_RECEIVED) and row.subject and row.value:
            known[row.subject] = str(row.value)
        pack_ms = _follow_order(orders, row, idle_ms)
        if (row.station, row.seq) in earlier:
            continue
        previous = None
        if row.user is not None:
            previous = last_seen.get((row.station, row.user))
            last_seen[(row.station, row.user)] = row.ts
        wanted = brand is None or (row.type not in d.SORT_TYPES and row.subject is not None
                                   and known.get(row.subject) == brand)
        if row.ts not in period or not wanted:
            continue
        total = people[(row.station, row.user or "")]
        if previous is not None:
            gap = _ms(row.ts - previous)
            if 0 <= gap <= idle_ms:
                total.active += gap
        if row.type == d.ORDER_PACKED:
            units = int(row.value or 0)
            hourly[(hour_start(row.ts, zone), "orders")] += 1
            hourly[(hour_start(row.ts, zone), "units")] += units
            daily[(local_day(row.ts, zone), "orders")] += 1
            daily[(local_day(row.ts, zone), "units")] += units
        _count(total, row, pack_ms)
        _credit(people, row)

    return assemble(people, hourly, daily, period=period, zone=zone)


def assemble(people: Mapping[tuple[str, str], Accumulator],
             hourly: Counter[tuple[datetime, str]], daily: Counter[tuple[date, str]], *,
             period: Period, zone: ZoneInfo) -> Tally:
    """The site, station and packer figures from each (station, badge)'s totals. Units/hour
    has one definition everywhere: units packed per hour of packing. So the working time of
    someone who packed nothing (a returns inspector) is left out of the site's and the
    station's hours, and such a person is not listed among packers."""
    packing = {user for (_, user), total in people.items() if total.packs}
    site = Accumulator()
    stations: defaultdict[str, Accumulator] = defaultdict(Accumulator)
    packers: defaultdict[str, Accumulator] = defaultdict(Accumulator)
    for (station, user), total in people.items():
        counted = user in packing
        site.add(total, active=counted)
        stations[station].add(total, active=counted)
        if counted and user:
            packers[user].add(total)
    return Tally(
        site=site.freeze(""),
        stations=tuple(total.freeze(key) for key, total in sorted(stations.items())
                       if _has_figures(total)),
        packers=tuple(total.freeze(key) for key, total in sorted(packers.items())
                      if key and _has_figures(total)),
        by_hour=tuple(Bucket(hour, hourly[(hour, "orders")], hourly[(hour, "units")])
                      for hour in hours(period, zone)),
        by_day=tuple(Bucket(day, daily[(day, "orders")], daily[(day, "units")])
                     for day in period.days),
    )


def _follow_order(orders: dict[tuple[str, str], _Order], row: Row, idle_ms: int) -> int | None:
    """Advance the pack clock of the row's order; the pack time when the row packs it."""
    if row.subject is None:
        return None
    key = (row.station, row.subject)
    if row.type == d.ORDER_OPENED:
        orders[key] = _Order()
        return None
    order = orders.get(key)
    if order is None:
        return None
    if order.last is None:
        if row.type in d.SCANS:
            order.last = row.ts
    else:
        gap = _ms(row.ts - order.last)
        if 0 <= gap <= idle_ms:
            order.ms += gap
        order.last = row.ts
    if row.type == d.ORDER_PACKED:
        del orders[key]
        return order.ms if order.last is not None else None
    return None


def _ms(delta: timedelta) -> int:
    """Durations in whole milliseconds, as the journal records time."""
    return round(delta.total_seconds() * 1000)


def _count(total: Accumulator, row: Row, pack_ms: int | None) -> None:
    if row.type == d.ORDER_PACKED:
        total.orders += 1
        total.units += int(row.value or 0)
        if pack_ms is not None:
            total.pack[(pack_ms + 500) // 1000] += 1  # whole seconds, halves rounded up
    elif row.type == d.WRONG_ITEM_SCANNED:
        total.wrong += 1
    elif row.type == d.EXCEPTION_REPORTED:
        total.exceptions[str(row.value or "OTHER")] += 1
    elif row.type == d.RETURN_GRADED:
        total.grades[str(row.value or "?")] += 1
    elif row.type == d.ITEM_DISPOSITIONED:
        total.dispositions[str(row.value or "?")] += 1
    elif row.type == d.PRINT_JOB_FAILED:
        total.print_failures += 1
    elif row.type in d.LABEL_EVENTS:
        total.labels[d.LABEL_EVENTS[row.type].value] += 1
    elif (change := d.sort_change(row.type, row.value)) is not None:
        total.sorting[change[0].value] += change[1]


def _credit(people: defaultdict[tuple[str, str], Accumulator], row: Row) -> None:
    """Move the units others packed from the sealer (credited with all by `_count`) to them."""
    sealer = row.user or ""
    for badge, units in row.shares:
        if badge != sealer:
            people[(row.station, badge)].units += units
            people[(row.station, sealer)].units -= units


def median(histogram: Histogram) -> float | None:
    """The median of the values a (value, count) histogram sorted by value holds."""
    total = sum(count for _, count in histogram)
    if total == 0:
        return None
    wanted = ((total - 1) // 2, total // 2)  # the middle one, or the middle two
    found: list[int] = []
    seen = 0
    for value, count in histogram:
        found.extend(value for index in wanted if seen <= index < seen + count)
        seen += count
        if len(found) == 2:
            break
    return (found[0] + found[1]) / 2


def _has_figures(total: Accumulator) -> bool:
    return bool(total.orders or total.units or total.active or total.wrong or total.exceptions
                or total.grades or total.dispositions or total.print_failures or total.labels
                or _sorts(total))


def _sorts(total: Accumulator) -> bool:
    """Whether the sort wall counted anything (a sort and its undo leave a count of 0)."""
    return any(total.sorting.values())


def _counts(counter: Counter[str]) -> Counts:
    return tuple(sorted(counter.items()))
