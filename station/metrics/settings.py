"""The `[metrics]` and `[targets]` settings sections, read with `Settings.section()`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from station.errors import ConfigError
from station.messages import msg


@dataclass(frozen=True)
class MetricsSettings:
    """How figures are cut: the site's time zone decides what "today" and "by hour" mean."""

    time_zone: str = "Asia/Tokyo"
    idle_gap_minutes: float = 5.0
    exception_lookback_days: int = 14
    trend_days: int = 14
    refresh_seconds: int = 30

    @property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ConfigError(
                msg("Metrics", "[metrics] time_zone '{zone}' is not a known time zone.",
                    zone=self.time_zone),
                msg("Metrics", "Use a name such as Asia/Tokyo or Europe/Berlin."),
            ) from error

    @property
    def idle_gap(self) -> timedelta:
        return timedelta(minutes=self.idle_gap_minutes)


@dataclass(frozen=True)
class Targets:
    """What the site expects. Per-station and per-packer units/hour override the default."""

    orders_per_day: int = 400
    units_per_day: int = 1200
    units_per_hour: float = 120.0
    open_exceptions_max: int = 5
    returns_graded_per_day: int = 100
    print_failures_max: int = 0
    sync_backlog_max: int = 500
    wrong_per_100_units_max: float = 1.0
    station_units_per_hour: dict[str, float] = field(default_factory=dict)
    packer_units_per_hour: dict[str, float] = field(default_factory=dict)

    def for_station(self, station: str) -> float:
        return float(self.station_units_per_hour.get(station, self.units_per_hour))

    def for_packer(self, badge: str) -> float:
        return float(self.packer_units_per_hour.get(badge, self.units_per_hour))
