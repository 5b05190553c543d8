"""Daylight saving and station clocks that jump: hours stay apart, durations stay honest."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from station.metrics import synthetic as sy
from station.metrics.synthetic import Script
from station.store import open_store
from tests.metrics_support import at, both, day_tally

BERLIN = ZoneInfo("Europe/Berlin")
FALL_BACK = date(2026, 10, 25)     # 03:00 CEST -> 02:00 CET: the 02:00 hour happens twice
SPRING_FORWARD = date(2026, 3, 29)  # 02:00 CET -> 03:00 CEST: no 02:00 hour


@pytest.fixture
def conn(tmp_path):
    store = open_store(tmp_path / "station.sqlite3")
    yield store.conn
    store.close()


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_the_night_clocks_go_back_has_25_hours_and_two_2_oclock_hours(conn, way):
    script = Script(conn, "PACK-01")
    first = at(2, 30, day=FALL_BACK, zone=BERLIN, fold=0)   # 00:30 UTC
    second = at(2, 30, day=FALL_BACK, zone=BERLIN, fold=1)  # 01:30 UTC
    script.order("A", "P-1", first, [10])
    script.order("B", "P-1", second, [10, 10])
    tally = day_tally(both(conn, BERLIN)[way], FALL_BACK, BERLIN)
    assert len(tally.by_hour) == 25
    twos = [b for b in tally.by_hour if b.start.astimezone(BERLIN).hour == 2]
    assert [(b.orders, b.units) for b in twos] == [(1, 1), (1, 2)]
    assert tally.by_day[0].orders == 2
    # 02:30 CEST and 02:30 CET are an hour apart: the gap between the orders is idle time.
    assert tally.site.active_seconds == (10 + 1) + (10 + 10 + 1)


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_the_night_clocks_go_forward_has_23_hours(conn, way):
    Script(conn, "PACK-01").order("A", "P-1", at(3, 10, day=SPRING_FORWARD, zone=BERLIN), [5])
    tally = day_tally(both(conn, BERLIN)[way], SPRING_FORWARD, BERLIN)
    assert len(tally.by_hour) == 23
    assert 2 not in {b.start.astimezone(BERLIN).hour for b in tally.by_hour}
    assert tally.by_day[0].orders == 1


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_a_station_clock_jumping_back_adds_no_negative_time(conn, way):
    script = Script(conn, "PACK-01")
    script.event(sy.opened_order("A", "KAZE", 2), at(11, 0), "P-1", "A")
    script.event(sy.packed_item("A"), at(11, 0, 10), "P-1", "A")
    # The station's clock is set back an hour by a time sync in the middle of the order.
    script.event(sy.packed_item("A"), at(10, 0, 15), "P-1", "A")
    script.event(sy.packed_order("A", 2), at(10, 0, 16), "P-1", "A")
    tally = day_tally(both(conn)[way])
    assert tally.site.pack_times == ((1, 1),)
    assert tally.site.active_seconds == 10 + 1
    assert (tally.site.orders, tally.site.units) == (1, 2)
    # Charted where the station's clock said it happened.
    assert next(b for b in tally.by_hour if b.start == at(10, 0)).orders == 1


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_a_station_clock_jumping_forward_counts_the_jump_as_idle(conn, way):
    script = Script(conn, "PACK-01")
    script.event(sy.opened_order("A", "KAZE", 2), at(11, 0), "P-1", "A")
    script.event(sy.packed_item("A"), at(11, 0, 10), "P-1", "A")
    script.event(sy.packed_item("A"), at(13, 0, 20), "P-1", "A")
    script.event(sy.packed_order("A", 2), at(13, 0, 22), "P-1", "A")
    tally = day_tally(both(conn)[way])
    assert tally.site.pack_times == ((2, 1),)
    assert tally.site.active_seconds == 10 + 2
    assert tally.site.units_per_hour == pytest.approx(2 * 3600 / 12)


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_an_order_packed_after_midnight_keeps_the_pack_time_from_the_day_before(conn, way):
    script = Script(conn, "PACK-01")
    script.order("A", "P-1", at(23, 59, 30, day=date(2026, 11, 22)), [20, 20])
    tally = day_tally(both(conn)[way])
    assert (tally.site.orders, tally.site.pack_times) == (1, ((21, 1),))
    # Only the gaps after midnight are today's working time: 23:59:50 -> 00:00:10 -> +1.
    assert tally.site.active_seconds == 20 + 1
