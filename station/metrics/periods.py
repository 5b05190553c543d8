"""Site days and hours. Events carry UTC; "today" and "by hour" are the site's local time,
so a daylight-saving day has 23 or 25 hours and a local hour may occur twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_STEP = timedelta(minutes=15)  # every UTC offset in use is a multiple of 15 minutes


@dataclass(frozen=True)
class Period:
    """Instants `start <= t < end` (aware, UTC) covering whole local days `first..last`."""

    start: datetime
    end: datetime
    first: date
    last: date

    def __contains__(self, when: datetime) -> bool:
        return self.start <= when < self.end

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


def days(first: date, last: date, zone: ZoneInfo) -> Period:
    if last < first:
        first, last = last, first
    return Period(start=local_midnight(first, zone), end=local_midnight(last + timedelta(days=1),
                  zone), first=first, last=last)


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def local_day(when: datetime, zone: ZoneInfo) -> date:
    return when.astimezone(zone).date()


def hour_start(when: datetime, zone: ZoneInfo) -> datetime:
    """The UTC instant at which the local hour holding `when` began. Keyed by instant, the two
    01:00 hours of a fall-back night stay apart."""
    local = when.astimezone(zone)
    return local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)


def hours(period: Period, zone: ZoneInfo) -> list[datetime]:
    """Every local hour of the period, as UTC instants, in order."""
    found: dict[datetime, None] = {}
    moment = period.start
    while moment < period.end:
        found[hour_start(moment, zone)] = None
        moment += _STEP
    return list(found)
