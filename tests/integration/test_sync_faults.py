"""Guarantees under injected faults: no acknowledged event lost, none applied twice, each
station's order kept. Randomised trials (seeded, so a failure can be replayed):
responses dropped after the hub committed, batches delivered twice, skewed clocks, the
station SIGKILLed mid-push, the hub SIGKILLed and restarted; each against the hub on SQLite
and on a throwaway PostgreSQL cluster (tests/sync_support.py)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from station.clock import FixedClock
from station.inbox.rejected import rejected_count
from sync.client import HubClient, HubUnavailableError
from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.server import HubThread
from sync.hub.stations import add_station
from sync.settings import HubSettings
from sync.worker import SyncWorker
from tests.support import wait_until
from tests.sync_faults import (
    DroppingProxy,
    TwiceTransport,
    drain_until_done,
    fill_journal,
    hub_events,
    local_events,
    open_station_db,
    skewed_clock,
)
from tests.sync_support import SITE, free_port, postgres  # noqa: F401  (a fixture)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres",
                                                                 marks=pytest.mark.postgres)])
def hub_db(request, tmp_path_factory) -> str:
    """Every fault trial runs against the hub on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp("hub") / "hub.sqlite3")
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture(scope="module")
def shared_hub(hub_db):
    engine = open_hub_db(hub_db)
    server = HubThread(create_app(engine)).start()
    yield engine, server
    server.stop()
    engine.dispose()


def assert_exactly_once_in_order(engine, store, station: str) -> None:
    assert hub_events(engine, station) == local_events(store)
    assert rejected_count(store.conn) == 0


@pytest.mark.parametrize("trial", range(45))
def test_answers_dropped_after_the_hub_committed_lose_and_double_nothing(
        shared_hub, tmp_path, trial):
    engine, server = shared_hub
    rng = random.Random(trial)
    name = f"DROP-{trial}"
    store = open_station_db(tmp_path / "station.sqlite3")
    fill_journal(store, name, rng.randint(5, 60), FixedClock(), rng, hub=engine)
    proxy = DroppingProxy(server.port, drop=rng.uniform(0.1, 0.6), rng=rng)
    client = HubClient(proxy.url, add_station(engine, SITE, name), SITE, timeout_s=2)
    worker = SyncWorker(store.path, client, HubSettings(batch_size=rng.randint(1, 12)))
    drain_until_done(worker)
    assert_exactly_once_in_order(engine, store, name)
    worker.stop()
    proxy.close()
    store.close()


@pytest.mark.parametrize("trial", range(20))
def test_every_batch_delivered_twice_is_applied_once(shared_hub, tmp_path, trial):
    engine, server = shared_hub
    rng = random.Random(1000 + trial)
    name = f"TWICE-{trial}"
    store = open_station_db(tmp_path / "station.sqlite3")
    fill_journal(store, name, rng.randint(5, 60), FixedClock(), rng, hub=engine)
    client = HubClient(server.url, add_station(engine, SITE, name), SITE,
                       transport=TwiceTransport(rng))
    worker = SyncWorker(store.path, client, HubSettings(batch_size=rng.randint(1, 12)))
    drain_until_done(worker)
    assert_exactly_once_in_order(engine, store, name)
    worker.stop()
    store.close()


@pytest.mark.parametrize("trial", range(15))
def test_skewed_and_jumping_clocks_change_neither_order_nor_count(shared_hub, tmp_path, trial):
    engine, server = shared_hub
    rng = random.Random(2000 + trial)
    name = f"SKEW-{trial}"
    store = open_station_db(tmp_path / "station.sqlite3")
    clock = skewed_clock(rng)
    fill_journal(store, name, rng.randint(10, 60), clock, rng,
                 skew_hours=rng.choice([-1, 1]) * rng.uniform(1, 48), hub=engine)
    proxy = DroppingProxy(server.port, drop=0.2, rng=rng)
    client = HubClient(proxy.url, add_station(engine, SITE, name), SITE, timeout_s=2)
    worker = SyncWorker(store.path, client, HubSettings(batch_size=rng.randint(1, 12)),
                        clock=clock)
    drain_until_done(worker)
    assert_exactly_once_in_order(engine, store, name)
    stamps = [row[0] for row in store.conn.execute("SELECT ts FROM journal ORDER BY seq")]
    assert stamps != sorted(stamps)  # the clock really went backwards
    worker.stop()
    proxy.close()
    store.close()


def _child(db: Path, url: str, token: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sync_child", str(db), url, token, SITE], cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


@pytest.mark.parametrize("trial", range(15))
def test_a_station_killed_at_random_points_of_a_push_loses_and_doubles_nothing(
        shared_hub, tmp_path, trial):
    engine, server = shared_hub
    rng = random.Random(3000 + trial)
    name = f"KILL-{trial}"
    store = open_station_db(tmp_path / "station.sqlite3")
    fill_journal(store, name, rng.randint(200, 400), FixedClock(), rng, per_commit=10,
                 hub=engine)
    token = add_station(engine, SITE, name)
    for _ in range(2):
        child = _child(store.path, server.url, token)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        # Whatever the station marked as acknowledged, the hub has.
        hub = set(hub_events(engine, name))
        assert set(local_events(store, synced_only=True)) <= hub
    worker = SyncWorker(store.path, HubClient(server.url, token, SITE), HubSettings())
    drain_until_done(worker)
    assert_exactly_once_in_order(engine, store, name)
    worker.stop()
    store.close()


def _serve(db: str, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "sync.hub", "serve", "--port", str(port), "--db", db],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not wait_until(lambda: _healthy(port), timeout=60):
        process.kill()
        process.wait()
        raise AssertionError("the hub did not come up")
    return process


def _healthy(port: int) -> bool:
    try:
        httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=0.5)
    except httpx.HTTPError:
        return False
    return True


@pytest.mark.parametrize("trial", range(5))
def test_the_hub_killed_and_restarted_mid_drain_loses_and_doubles_nothing(hub_db, tmp_path,
                                                                         trial):
    rng = random.Random(4000 + trial)
    name = f"RESTART-{trial}"
    engine = open_hub_db(hub_db)
    token = add_station(engine, SITE, name)
    store = open_station_db(tmp_path / "station.sqlite3")
    fill_journal(store, name, rng.randint(300, 600), FixedClock(), rng, per_commit=10,
                 hub=engine)
    port = free_port()
    hub = _serve(hub_db, port)
    worker = SyncWorker(store.path, HubClient(f"http://127.0.0.1:{port}", token, SITE,
                                              timeout_s=2),
                        HubSettings(batch_size=rng.randint(5, 40)))
    killed_after = rng.randint(1, 6)
    try:
        for _ in range(killed_after):
            worker.push_once()
        os.kill(hub.pid, signal.SIGKILL)
        hub.wait()
        with pytest.raises(HubUnavailableError):
            worker.push_once()
        assert set(local_events(store, synced_only=True)) <= set(hub_events(engine, name))
        hub = _serve(hub_db, port)
        drain_until_done(worker)
    finally:
        hub.kill()
        hub.wait()
    assert_exactly_once_in_order(engine, store, name)
    worker.stop()
    store.close()
    engine.dispose()
