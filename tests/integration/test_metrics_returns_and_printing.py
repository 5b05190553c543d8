"""Returns graded by grade and disposition, and print failures, from generated events of the
returns and printing features (names as those features publish them).

RET-01 on 2026-11-23 (Tokyo), inspector I-2001:
  13:00:00 ReturnReceived RMA-1 (HANA)
  13:02:00 ReturnGraded B             +120 s
  13:02:20 ItemDispositioned restock  +20
  13:03:00 ReturnReceived RMA-2 (KAZE) +40
  13:04:30 ReturnGraded C             +90
  13:04:40 ItemDispositioned recycle  +10
  13:05:00 PrintJobFailed (label for RMA-2) +20
Working time 120+20+40+90+10+20 = 300 s, but none of it is packing: units/hour counts hours
of packing only, and the inspector is not listed among packers (issue 13 item 9).
"""

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
    script = Script(store.conn, "RET-01")
    who = "I-2001"
    script.event(sy.received("RMA-1", "HANA"), at(13, 0), who, "RMA-1")
    script.event(sy.graded("B"), at(13, 2), who, "RMA-1")
    script.event(sy.dispositioned("restock"), at(13, 2, 20), who, "RMA-1")
    script.event(sy.received("RMA-2", "KAZE"), at(13, 3), who, "RMA-2")
    script.event(sy.graded("C"), at(13, 4, 30), who, "RMA-2")
    script.event(sy.dispositioned("recycle"), at(13, 4, 40), who, "RMA-2")
    script.event(sy.print_failed(), at(13, 5), who, "RMA-2")
    yield store.conn
    store.close()


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_returns_are_counted_by_grade_and_disposition(conn, way):
    tally = day_tally(both(conn)[way])
    for row in (tally.site, tally.stations[0]):
        assert row.returns_graded == 2
        assert row.grades == (("B", 1), ("C", 1))
        assert row.dispositions == (("recycle", 1), ("restock", 1))
        assert row.print_failures == 1
        assert row.active_seconds == 0
        assert (row.orders, row.units, row.units_per_hour) == (0, 0, None)
    assert tally.packers == ()


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_the_brand_filter_applies_to_returns_by_their_rma(conn, way):
    hana = day_tally(both(conn)[way], brand="HANA").site
    assert (hana.grades, hana.dispositions, hana.print_failures) == (
        (("B", 1),), (("restock", 1),), 0)
    assert hana.active_seconds == 0  # grading is not packing time


def test_the_tiles_show_returns_graded_and_print_failures_against_targets(conn):
    board = station_dashboard(conn, DashboardQuery(DAY, DAY), now=at(14, 0),
                              settings=MetricsSettings(),
                              targets=Targets(returns_graded_per_day=2, print_failures_max=0))
    graded, failures = board.tile(Metric.RETURNS_GRADED), board.tile(Metric.PRINT_FAILURES)
    assert (graded.value, graded.on_target) == (2, True)
    assert (failures.value, failures.on_target) == (1, False)
