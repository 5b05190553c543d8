"""An empty journal and a day with one scan: figures are zero or absent, never an error."""

from __future__ import annotations

import pytest

from station.metrics import synthetic as sy
from station.metrics.dashboard import DashboardQuery
from station.metrics.definitions import Metric
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.station_view import station_dashboard
from station.metrics.synthetic import Script
from station.store import open_store
from tests.metrics_support import DAY, at, both, day_tally


@pytest.fixture
def conn(tmp_path):
    store = open_store(tmp_path / "station.sqlite3")
    yield store.conn
    store.close()


def test_an_empty_journal_gives_a_dashboard_of_zeros(conn):
    board = station_dashboard(conn, DashboardQuery(DAY, DAY), now=at(12, 0),
                              settings=MetricsSettings(), targets=Targets())
    values = {tile.metric: tile.value for tile in board.tiles}
    assert values[Metric.ORDERS] == 0
    assert values[Metric.UNITS_PER_HOUR] is None  # no hour of packing to divide by
    assert values[Metric.WRONG_PER_100] is None
    assert values[Metric.SYNC_BACKLOG] == 0
    assert values[Metric.OPEN_EXCEPTIONS] == 0
    assert board.range.stations == ()
    assert board.range.packers == ()
    assert board.range.site.units_per_hour is None
    assert board.range.site.median_pack_seconds is None
    assert len(board.trend) == 14
    assert all(b.orders == 0 for b in board.trend)


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_a_day_with_one_scan_has_working_time_but_no_orders(conn, way):
    script = Script(conn, "PACK-01")
    script.event(sy.opened_order("A", "KAZE", 2), at(9, 0), "P-1", "A")
    script.event(sy.packed_item("A"), at(9, 0, 8), "P-1", "A")
    tally = day_tally(both(conn)[way])
    assert (tally.site.orders, tally.site.units, tally.site.active_seconds) == (0, 0, 8)
    assert tally.site.units_per_hour == 0
    assert tally.site.median_pack_seconds is None
    assert tally.site.wrong_per_100_units is None
    assert [s.key for s in tally.stations] == ["PACK-01"]


def test_the_units_per_hour_tile_waits_for_enough_packing_time(conn):
    """One unit packed in a few seconds is no rate (review item 9): the tile shows nothing
    until `rate_min_minutes` of packing, then the plain definition."""
    script = Script(conn, "PACK-01")
    script.event(sy.opened_order("A", "KAZE", 1), at(9, 0), "P-1", "A")
    script.event(sy.packed_item("A"), at(9, 0, 2), "P-1", "A")
    script.event(sy.packed_order("A", 1), at(9, 0, 4), "P-1", "A")

    def tile(settings: MetricsSettings) -> float | None:
        board = station_dashboard(conn, DashboardQuery(DAY, DAY), now=at(12, 0),
                                  settings=settings, targets=Targets())
        return {t.metric: t.value for t in board.tiles}[Metric.UNITS_PER_HOUR]

    assert tile(MetricsSettings()) is None
    assert tile(MetricsSettings(rate_min_minutes=0)) == pytest.approx(900.0)
