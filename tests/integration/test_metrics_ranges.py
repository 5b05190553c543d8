"""Date ranges over several days: the kept tables (hour and day histograms) and the raw
events agree for every range, brand and site time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from station.metrics.periods import days
from station.metrics.synthetic import generate
from station.store import open_store
from tests.metrics_support import both

END = datetime(2026, 11, 4, 6, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("ranges") / "station.sqlite3")
    generate(store.conn, events=12_000, end=END, stations=2, packers=3,
             zone=ZoneInfo("America/New_York"))  # its days cross 1 November's fall-back
    yield store.conn
    store.close()


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York", "UTC"])
@pytest.mark.parametrize(("first", "last"), [
    (date(2026, 11, 3), date(2026, 11, 3)),
    (date(2026, 10, 31), date(2026, 11, 2)),
    (date(2026, 10, 25), date(2026, 11, 4)),
])
def test_a_range_of_days_gives_the_same_figures_both_ways(conn, zone, first, last):
    site_zone = ZoneInfo(zone)
    period = days(first, last, site_zone)
    ways = both(conn, site_zone)
    for brand in (None, "HANA"):
        kept, raw = ways["tables"].tally(period, brand), ways["raw"].tally(period, brand)
        assert kept == raw
    assert kept.site.orders > 0
