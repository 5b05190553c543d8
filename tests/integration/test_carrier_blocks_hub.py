"""Number blocks from the real hub over loopback (SQLite and PostgreSQL): blocks are
disjoint across stations, claimed concurrently, and a sync round tops a station up."""

from __future__ import annotations

import itertools
import random
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from station.carriers.numbering import (
    Actor,
    NumbersExhaustedError,
    issue,
    receive_block,
    remaining,
    void,
)
from station.carriers.tracking import tracking_problem, with_check_digit
from station.store import open_store
from sync.blocks import Want, top_up_blocks
from sync.client import HubClient, HubRefusedError
from sync.hub.number_blocks import RangeOverlapError, add_range
from sync.hub.schema import events, number_blocks
from tests import sync_support
from tests.sync_support import SITE, Hub, station, worker_for

hub = sync_support.hub
postgres = sync_support.postgres
_kinds = itertools.count()


def client(hub: Hub, name: str, site: str = SITE) -> HubClient:
    return HubClient(hub.url, hub.token_for(name, site), site, timeout_s=10)


def test_two_stations_get_disjoint_blocks_until_the_range_runs_out(hub: Hub) -> None:
    add_range(hub.engine, SITE, "tracking/test", 1000, 1024)
    one, two = client(hub, "PACK-01"), client(hub, "PACK-02")
    try:
        a = one.claim_block("tracking/test", 10)
        b = two.claim_block("tracking/test", 10)
        c = one.claim_block("tracking/test", 10)
        assert (a["first"], a["last"], a["station"]) == (1000, 1009, "PACK-01")
        assert (b["first"], b["last"], b["station"]) == (1010, 1019, "PACK-02")
        assert (c["first"], c["last"]) == (1020, 1024)
        with pytest.raises(HubRefusedError) as refused:
            two.claim_block("tracking/test", 10)
        assert refused.value.status_code == 409
    finally:
        one.close()
        two.close()


def test_a_station_cannot_claim_for_another_site(hub: Hub) -> None:
    other = HubClient(hub.url, hub.token_for("PACK-09", "OSA1"), SITE, timeout_s=10)
    try:
        with pytest.raises(HubRefusedError) as refused:
            other.claim_block("sscc", 10)
        assert refused.value.status_code == 403
    finally:
        other.close()


def test_ranges_of_one_kind_never_overlap(hub: Hub) -> None:
    add_range(hub.engine, SITE, "tracking/ov", 0, 99)
    with pytest.raises(RangeOverlapError):
        add_range(hub.engine, "OSA1", "tracking/ov", 50, 150)


def test_a_sync_round_tops_up_the_demo_blocks_and_pushes_their_events(
        hub: Hub, tmp_path: Path) -> None:
    core = station(tmp_path)
    worker = worker_for(core, hub)
    try:
        worker.cycle()
        assert remaining(core.store.conn, "tracking/yamato") == 500
        assert remaining(core.store.conn, "sscc") == 500
        worker.cycle()                              # enough left: nothing more is claimed
        assert remaining(core.store.conn, "tracking/yamato") == 500
        with hub.engine.connect() as conn:
            pushed = conn.execute(select(events.c.type).where(
                events.c.station == "PACK-01", events.c.type == "NumberBlockReceived")).all()
        assert len(pushed) == 4                     # three carriers and the SSCCs
    finally:
        worker.stop()
        core.close()


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(stations=st.integers(2, 4), block=st.integers(1, 7), range_size=st.integers(5, 40),
       seed=st.integers(0, 2**32 - 1))
def test_no_number_is_issued_twice_across_concurrent_stations(
        hub: Hub, tmp_path: Path, *, stations: int, block: int, range_size: int,
        seed: int) -> None:
    """Stations claim blocks and issue (and void) numbers at the same time, some restarting
    (reopening their database) on the way, until the hub's range is used up."""
    run = next(_kinds)
    kind = f"tracking/p{run}"
    add_range(hub.engine, SITE, kind, 10_000_000_000, 10_000_000_000 + range_size - 1)

    def work(index: int) -> list[str]:
        rng = random.Random(seed + index)
        name = f"PROP-{run}-{index}"
        path = tmp_path / f"{name}.sqlite3"
        hub_client = client(hub, name)
        store = open_store(path)
        issued: list[str] = []
        try:
            for step in itertools.count():
                top_up_blocks(store, hub_client, wants={kind: Want(block, 1)})
                actor = Actor(name, None, datetime.now(UTC))
                try:
                    number = issue(store, kind, f"ORD-{step}", 1, actor=actor,
                                   render=with_check_digit)
                except NumbersExhaustedError:
                    return issued
                issued.append(number)
                if rng.random() < 0.2:
                    void(store, kind, number, "spoiled", actor)
                if rng.random() < 0.2:
                    store.close()
                    store = open_store(path)
            return issued
        finally:
            store.close()
            hub_client.close()

    with ThreadPoolExecutor(max_workers=stations) as pool:
        results = list(pool.map(work, range(stations)))
    numbers = [number for issued in results for number in issued]
    assert len(numbers) == len(set(numbers)) == range_size
    assert all(tracking_problem("yamato", number) is None for number in numbers)
    with hub.engine.connect() as conn:
        blocks = conn.execute(select(number_blocks.c.first, number_blocks.c.last)
                              .where(number_blocks.c.kind == kind)
                              .order_by(number_blocks.c.first)).all()
    assert sum(last - first + 1 for first, last in blocks) == range_size
    assert all(a.last < b.first for a, b in itertools.pairwise(blocks))


def test_a_block_kept_by_the_station_survives_an_offline_hub(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    try:
        receive_block(store, "tracking/yamato", 99000000000, 99000000499,
                      Actor("PACK-01", None, datetime.now(UTC)))
        offline = HubClient("http://127.0.0.1:9", "t", SITE, timeout_s=0.5)
        assert top_up_blocks(store, offline, wants={"tracking/yamato": Want(500, 200)}) == 0
        offline.close()
        number = issue(store, "tracking/yamato", "ORD-1", 1,
                       actor=Actor("PACK-01", None, datetime.now(UTC)),
                       render=with_check_digit)
        assert number.startswith("99000000000")
    finally:
        store.close()
