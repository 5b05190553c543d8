"""Site days and hours in a zone with daylight saving and one without."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from station.metrics.periods import days, hour_start, hours, local_day

TOKYO, NEW_YORK = ZoneInfo("Asia/Tokyo"), ZoneInfo("America/New_York")


def test_a_tokyo_day_starts_at_15_00_utc_the_day_before():
    period = days(date(2026, 11, 23), date(2026, 11, 23), TOKYO)
    assert period.start == datetime(2026, 11, 22, 15, tzinfo=UTC)
    assert period.end == datetime(2026, 11, 23, 15, tzinfo=UTC)
    assert len(hours(period, TOKYO)) == 24


def test_a_range_given_backwards_is_put_right():
    period = days(date(2026, 11, 23), date(2026, 11, 20), TOKYO)
    assert (period.first, period.last) == (date(2026, 11, 20), date(2026, 11, 23))
    assert len(period.days) == 4


def test_new_york_has_a_25_hour_day_in_november_and_a_23_hour_day_in_march():
    fall = days(date(2026, 11, 1), date(2026, 11, 1), NEW_YORK)
    spring = days(date(2026, 3, 8), date(2026, 3, 8), NEW_YORK)
    assert len(hours(fall, NEW_YORK)) == 25
    assert len(hours(spring, NEW_YORK)) == 23


def test_the_two_1_oclock_hours_of_a_fall_back_night_are_different_hours():
    first = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)   # 01:30 EDT
    second = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # 01:30 EST
    assert hour_start(first, NEW_YORK) != hour_start(second, NEW_YORK)
    assert hour_start(first, NEW_YORK).astimezone(NEW_YORK).hour == 1
    assert hour_start(second, NEW_YORK).astimezone(NEW_YORK).hour == 1


def test_the_local_day_of_an_instant_follows_the_site():
    evening_utc = datetime(2026, 11, 22, 16, tzinfo=UTC)
    assert local_day(evening_utc, TOKYO) == date(2026, 11, 23)
    assert local_day(evening_utc, NEW_YORK) == date(2026, 11, 22)
