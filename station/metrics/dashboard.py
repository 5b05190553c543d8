"""The supervisor dashboard in one call: tiles for today, tables and charts for a date range,
the daily trend, the exception queue. Used by the station screen (its own journal) and by the
hub's site view (every station's synced events) through the same `build`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from station.messages import Message, msg
from station.metrics.compute import Bucket, Tally, Throughput
from station.metrics.definitions import Metric
from station.metrics.figures import Figures, OpenException
from station.metrics.gift_orders import GiftOrderRow
from station.metrics.periods import days, local_day
from station.metrics.settings import MetricsSettings, Targets


@dataclass(frozen=True)
class DashboardQuery:
    first: date
    last: date
    brand: str | None = None


@dataclass(frozen=True)
class Tile:
    """A figure of today against its target. A daily target is pro-rated to the share of the
    working day gone by (`target`), the whole day's in `day_target`; `window` says what the
    figure covers."""

    metric: Metric
    value: float | None
    target: float | None
    day_target: float | None = None
    window: Message | None = None

    @property
    def on_target(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        if self.metric.higher_is_better:
            return self.value >= self.target
        return self.value <= self.target


@dataclass(frozen=True)
class RejectedEvent:
    event_id: str
    type: str
    subject: str | None
    reason: str
    rejected_at: str
    outcome: str = "rejected"       # or "conflict": the hub's answer (station.inbox.rejected)


@dataclass(frozen=True)
class Dashboard:
    query: DashboardQuery
    generated_at: datetime
    today: date
    tiles: tuple[Tile, ...]
    range: Tally
    today_tally: Tally
    trend: tuple[Bucket, ...]
    open_exceptions: tuple[OpenException, ...]
    rejected: tuple[RejectedEvent, ...]
    # Gift orders and orders with inserts (a station's own; the hub's site view has none).
    gift_orders: tuple[GiftOrderRow, ...] = ()

    def tile(self, metric: Metric) -> Tile:
        return next(tile for tile in self.tiles if tile.metric is metric)


def build(figures: Figures, query: DashboardQuery, *, now: datetime,
          settings: MetricsSettings, targets: Targets, sync_backlog: int | None = None,
          rejected: Sequence[RejectedEvent] = ()) -> Dashboard:
    zone = settings.zone
    today = local_day(now, zone)
    chosen = days(query.first, query.last, zone)
    today_tally = figures.tally(days(today, today, zone), query.brand)
    range_tally = (today_tally if (query.first, query.last) == (today, today)
                   else figures.tally(chosen, query.brand))
    trend = figures.trend(days(today - timedelta(days=settings.trend_days - 1), today, zone),
                          query.brand)
    queue = figures.open_exceptions(now - timedelta(days=settings.exception_lookback_days),
                                    now + timedelta(days=1), query.brand)
    share = day_share(now, settings)
    site = today_tally.site

    def daily(metric: Metric, value: float, per_day: float) -> Tile:
        return Tile(metric, value, round(per_day * share), per_day, TODAY_SO_FAR)

    tiles = (
        daily(Metric.ORDERS, site.orders, targets.orders_per_day),
        daily(Metric.UNITS, site.units, targets.units_per_day),
        Tile(Metric.UNITS_PER_HOUR, _one_decimal(settled_rate(site, settings)),
             targets.units_per_hour,
             window=TODAY_PER_PACKING_HOUR),
        Tile(Metric.WRONG_PER_100, today_tally.site.wrong_per_100_units,
             targets.wrong_per_100_units_max),
        Tile(Metric.OPEN_EXCEPTIONS, len(queue), targets.open_exceptions_max),
        daily(Metric.RETURNS_GRADED, site.returns_graded, targets.returns_graded_per_day),
        Tile(Metric.PRINT_FAILURES, today_tally.site.print_failures, targets.print_failures_max),
        Tile(Metric.SYNC_BACKLOG, sync_backlog,
             targets.sync_backlog_max if sync_backlog is not None else None),
    )
    return Dashboard(query=query, generated_at=now, today=today, tiles=tiles, range=range_tally,
                     today_tally=today_tally, trend=trend, open_exceptions=queue,
                     rejected=tuple(rejected))


TODAY_SO_FAR = msg("Metrics", "today so far")
TODAY_PER_PACKING_HOUR = msg("Metrics", "today, per hour of packing")


def settled_rate(figures: Throughput, settings: MetricsSettings) -> float | None:
    """Units/hour once there is `rate_min_minutes` of packing to divide by, else None."""
    if figures.active_seconds < settings.rate_min_minutes * 60:
        return None
    return figures.units_per_hour


def day_share(now: datetime, settings: MetricsSettings) -> float:
    """How much of the working day (`day_starts_at`..`day_ends_at`, local) has gone by: 0
    before it starts, 1 after it ends (or when the hours are not a day)."""
    local = now.astimezone(settings.zone)
    hour = local.hour + local.minute / 60 + local.second / 3600
    start, end = settings.day_starts_at, settings.day_ends_at
    if end <= start:
        return 1.0
    return min(max((hour - start) / (end - start), 0.0), 1.0)


def _one_decimal(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
