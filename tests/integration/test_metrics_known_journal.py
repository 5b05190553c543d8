"""Every metric over a known journal, with figures computed by hand in the comments.

One packer at PACK-01 on 2026-11-23 (Asia/Tokyo), idle threshold 5 minutes:

  09:00:00 SignedIn
  09:00:10 OrderOpened A (KAZE)      +10 s
  09:00:30 ItemPacked                 +20   <- A's first scan
  09:00:40 ItemPacked                 +10
  09:01:10 ItemPacked                 +30
  09:01:11 OrderPacked A, 3 units     +1    A: 10+30+1 = 41 s
  09:02:00 OrderOpened B (HANA)      +49
  09:02:05 ItemPacked                 +5    <- B's first scan
  09:08:45 ItemPacked                 +400  idle: not counted
  09:08:50 WrongItemScanned           +5
  09:08:50 ItemPacked                 +0
  09:08:51 OrderPacked B, 3 units     +1    B: 5+0+1 = 6 s
  10:30:00 OrderOpened C (KAZE)       idle
  10:30:10 ItemPacked                 +10
  10:30:20 ExceptionReported SHORT    +10   C stays in the exception queue

Working time 10+20+10+30+1+49+5+5+0+1+10+10 = 151 s; 6 units -> 6*3600/151 units/hour.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from station.events.signin import SignedIn
from station.journal import append, event_of
from station.metrics import aggregates
from station.metrics import synthetic as sy
from station.metrics.compute import Throughput
from station.metrics.dashboard import DashboardQuery, build
from station.metrics.definitions import Metric
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.station_view import station_dashboard
from station.metrics.synthetic import Script
from station.store import open_store
from tests.metrics_support import DAY, at, both, day_tally


@pytest.fixture
def journal(tmp_path):
    store = open_store(tmp_path / "station.sqlite3")
    script = Script(store.conn, "PACK-01")
    script.event(SignedIn(badge="P-1", role="packer"), at(9, 0), "P-1")
    script.order("A", "P-1", at(9, 0, 10), [20, 10, 30], brand="KAZE")
    script.order("B", "P-1", at(9, 2), [5, 400, 5], brand="HANA", wrong_after=2)
    script.event(sy.opened_order("C", "KAZE", 2), at(10, 30), "P-1", "C")
    script.event(sy.packed_item("C"), at(10, 30, 10), "P-1", "C")
    script.event(sy.exception("SHORT"), at(10, 30, 20), "P-1", "C")
    yield store.conn
    store.close()


@pytest.fixture(params=["tables", "raw"])
def figures(request, journal):
    return both(journal)[request.param]


def test_the_day_counts_orders_units_and_working_time(figures):
    site = day_tally(figures).site
    assert (site.orders, site.units) == (2, 6)
    assert site.active_seconds == 151
    assert site.units_per_hour == pytest.approx(6 * 3600 / 151)


def test_median_pack_time_runs_from_first_scan_and_skips_idle_gaps(figures):
    assert day_tally(figures).site.pack_times == ((6, 1), (41, 1))
    assert day_tally(figures).site.median_pack_seconds == 23.5


def test_wrong_item_scans_are_counted_per_100_units(figures):
    site = day_tally(figures).site
    assert site.wrong_scans == 1
    assert site.wrong_per_100_units == pytest.approx(100 / 6)


def test_exceptions_are_counted_by_reason(figures):
    assert day_tally(figures).site.exceptions == (("SHORT", 1),)


def test_station_and_packer_rows_carry_the_same_figures(figures):
    tally = day_tally(figures)
    assert [s.key for s in tally.stations] == ["PACK-01"]
    assert [p.key for p in tally.packers] == ["P-1"]
    expected = Throughput("", 2, 6, 151.0, ((6, 1), (41, 1)), 1, (("SHORT", 1),))
    for row in (tally.stations[0], tally.packers[0]):
        assert row == Throughput(row.key, *list(expected.__dict__.values())[1:])


def test_a_brand_filter_keeps_only_that_brands_orders_and_time(figures):
    kaze = day_tally(figures, brand="KAZE").site
    assert (kaze.orders, kaze.units, kaze.active_seconds) == (1, 3, 10 + 20 + 10 + 30 + 1 + 20)
    assert kaze.wrong_scans == 0
    assert kaze.exceptions == (("SHORT", 1),)
    hana = day_tally(figures, brand="HANA").site
    assert (hana.orders, hana.units, hana.active_seconds) == (1, 3, 49 + 5 + 5 + 0 + 1)
    assert hana.wrong_scans == 1
    assert hana.pack_times == ((6, 1),)


def test_orders_are_charted_by_local_hour_and_day(figures):
    tally = day_tally(figures)
    assert len(tally.by_hour) == 24
    nine = next(b for b in tally.by_hour if b.start == at(9, 0))
    assert (nine.orders, nine.units) == (2, 6)
    assert sum(b.orders for b in tally.by_hour) == 2
    assert [(b.start, b.orders, b.units) for b in tally.by_day] == [(DAY, 2, 6)]


def test_the_dashboard_tiles_compare_today_with_the_targets(journal):
    targets = Targets(orders_per_day=2, units_per_day=10, units_per_hour=100,
                      station_units_per_hour={"PACK-01": 5.0}, open_exceptions_max=0)
    board = station_dashboard(journal, DashboardQuery(DAY, DAY), now=at(9, 30),
                              settings=MetricsSettings(rate_min_minutes=2), targets=targets)
    assert board.tile(Metric.ORDERS).value == 2
    assert board.tile(Metric.ORDERS).on_target
    units = board.tile(Metric.UNITS)  # 10 a day (09-18) pro-rated at 09:30: 10 * 0.5/9 -> 1
    assert (units.value, units.target, units.day_target, units.on_target) == (6, 1, 10, True)
    rate = board.tile(Metric.UNITS_PER_HOUR)  # the tables' definition: per hour of packing
    assert rate.value == round(6 * 3600 / 151, 1)
    assert (rate.target, rate.on_target) == (100, True)
    assert board.tile(Metric.SYNC_BACKLOG).value == 15  # the 15 events, none synced yet
    exceptions = board.tile(Metric.OPEN_EXCEPTIONS)
    assert (exceptions.value, exceptions.on_target) == (1, False)
    [queued] = board.open_exceptions
    assert (queued.order, queued.reason, queued.user) == ("C", "SHORT", "P-1")
    assert "missing units" in queued.next_step.render()


def test_an_exception_leaves_the_queue_when_the_order_is_packed(journal):
    script = Script(journal, "PACK-01", count=100)
    script.order("C", "P-2", at(11, 0), [5, 5], brand="KAZE")
    for figures in both(journal).values():
        assert figures.open_exceptions(at(0, 0), at(23, 0), None) == ()


def test_the_trigger_kept_tables_and_the_raw_events_agree_on_the_whole_dashboard(journal):
    settings, targets = MetricsSettings(), Targets()
    boards = [build(figures, DashboardQuery(DAY, DAY, brand), now=at(12, 0), settings=settings,
                    targets=targets)
              for brand in (None, "KAZE") for figures in both(journal).values()]
    assert boards[0] == boards[1]
    assert boards[2] == boards[3]


def test_a_new_idle_threshold_recounts_the_kept_tables(tmp_path):
    store = open_store(tmp_path / "station.sqlite3")
    Script(store.conn, "PACK-01").order("A", "P-1", at(9, 0), [10, 200, 10])
    assert aggregates.ensure_idle_threshold(store, timedelta(minutes=5)) is False
    assert day_tally(both(store.conn)["tables"]).site.pack_times == ((211, 1),)
    assert aggregates.ensure_idle_threshold(store, timedelta(minutes=3)) is True
    tables = both(store.conn, idle=timedelta(minutes=3))
    assert day_tally(tables["tables"]).site.pack_times == ((11, 1),)  # 200 s is idle now
    assert day_tally(tables["tables"]) == day_tally(tables["raw"])
    store.close()


def test_the_kept_figures_commit_and_roll_back_with_the_event(tmp_path):
    store = open_store(tmp_path / "station.sqlite3")
    packed = journal_event(sy.packed_order("A", 2), "A")

    def crash_before_commit():
        with store.write() as db:
            append(db.conn, packed)
            raise RuntimeError("power cut before the commit")

    with pytest.raises(RuntimeError):
        crash_before_commit()
    assert store.conn.execute("SELECT count(*) FROM metrics_packed").fetchone() == (0,)
    with store.write() as db:
        append(db.conn, packed)
    assert store.conn.execute("SELECT units FROM metrics_packed").fetchall() == [(2,)]
    store.close()


def journal_event(payload, subject):
    return event_of(payload, station="PACK-01", user="P-1", at=at(9, 0), subject=subject)
