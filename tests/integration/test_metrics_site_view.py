"""The hub's site view: the same definitions over a table of every station's events."""

from __future__ import annotations

import sqlite3

import pytest

from station.metrics import synthetic as sy
from station.metrics.dashboard import DashboardQuery
from station.metrics.definitions import Metric
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.site_view import site_dashboard
from station.metrics.synthetic import Script, create_hub_table
from tests.metrics_support import DAY, at


@pytest.fixture
def hub(tmp_path):
    conn = sqlite3.connect(tmp_path / "hub.sqlite3")
    create_hub_table(conn, "hub_events")
    one, two = Script(conn, "PACK-01", "hub_events"), Script(conn, "PACK-02", "hub_events")
    one.order("A", "P-1", at(9, 0), [10, 10])               # 2 units, pack 10+1 s
    two.order("B", "P-2", at(9, 0), [30])                   # 1 unit, pack 1 s
    two.order("C", "P-1", at(10, 0), [4, 4, 4], brand="HANA")  # P-1 moved to PACK-02
    two.event(sy.opened_order("D", "KAZE", 1), at(11, 0), "P-2", "D")
    two.event(sy.exception("DAMAGED"), at(11, 0, 5), "P-2", "D")
    with conn:
        conn.execute("UPDATE hub_events SET site = 'OSA1' WHERE station = 'PACK-02'"
                     " AND subject = 'B'")
    yield conn
    conn.close()


def board(hub, **kwargs):
    return site_dashboard(hub, "hub_events", DashboardQuery(DAY, DAY, kwargs.pop("brand", None)),
                          now=at(12, 0), settings=MetricsSettings(), targets=Targets(),
                          **kwargs)


def test_the_site_view_counts_every_station_and_follows_a_packer_across_stations(hub):
    tally = board(hub).range
    assert (tally.site.orders, tally.site.units) == (3, 6)
    by_station = {s.key: (s.orders, s.units) for s in tally.stations}
    assert by_station == {"PACK-01": (1, 2), "PACK-02": (2, 4)}
    p1 = next(p for p in tally.packers if p.key == "P-1")
    assert (p1.orders, p1.units, p1.pack_times) == (2, 5, ((9, 1), (11, 1)))


def test_the_site_view_has_the_exception_queue_but_no_station_backlog(hub):
    dashboard = board(hub)
    assert [e.order for e in dashboard.open_exceptions] == ["D"]
    assert dashboard.tile(Metric.SYNC_BACKLOG).value is None


def test_one_site_and_one_brand_can_be_chosen(hub):
    assert board(hub, site="TYO1").range.site.orders == 2
    assert board(hub, brand="HANA").range.site.units == 3


def test_a_table_name_that_is_not_a_name_is_refused(hub):
    board_name = "hub_events; DROP TABLE hub_events"
    with pytest.raises(ValueError, match="not a table name"):
        site_dashboard(hub, board_name, DashboardQuery(DAY, DAY), now=at(12, 0),
                       settings=MetricsSettings(), targets=Targets())
