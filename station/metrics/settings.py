"""The `[metrics]` and `[targets]` settings sections, read with `Settings.section()`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from station.errors import ConfigError
from station.messages import msg
from station.settings import Amount, Count, Duration, Positive


def _known_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise PydanticCustomError("time_zone", "not a known time zone") from error
    return name


TimeZoneName = Annotated[str, AfterValidator(_known_zone)]
Hour = Annotated[int, Field(ge=0, le=24)]


@dataclass(frozen=True)
class MetricsSettings:
    """How figures are cut: the site's time zone decides what "today" and "by hour" mean."""

    time_zone: TimeZoneName = "Asia/Tokyo"
    idle_gap_minutes: Duration = 5.0
    # Below this much packing today the units/hour tile shows "–": one unit after a few
    # seconds is not a rate (docs/metrics.md).
    rate_min_minutes: Duration = 10.0
    exception_lookback_days: Positive = 14
    trend_days: Positive = 14
    refresh_seconds: Positive = 30
    # The working day, in local hours: daily targets are pro-rated over it, so a tile is not
    # red at 09:05 for not having packed the whole day's units yet.
    day_starts_at: Hour = 9
    day_ends_at: Hour = 18

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

    orders_per_day: Count = 400
    units_per_day: Count = 1200
    units_per_hour: Amount = 120.0
    open_exceptions_max: Count = 5
    returns_graded_per_day: Count = 100
    print_failures_max: Count = 0
    sync_backlog_max: Count = 500
    wrong_per_100_units_max: Amount = 1.0
    station_units_per_hour: dict[str, Amount] = field(default_factory=dict)
    packer_units_per_hour: dict[str, Amount] = field(default_factory=dict)

    def for_station(self, station: str) -> float:
        return float(self.station_units_per_hour.get(station, self.units_per_hour))

    def for_packer(self, badge: str) -> float:
        return float(self.packer_units_per_hour.get(badge, self.units_per_hour))
