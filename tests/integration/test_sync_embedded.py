"""The embedded default: a hub in-process, and the worker in its background thread."""

from __future__ import annotations

import sqlite3
import threading
import time

from station import journal
from station.pack.outcomes import Kind
from sync.client import HubClient
from sync.embedded import start_embedded_hub
from sync.hub.db import open_hub_db
from sync.hub.orders import cancel_order
from sync.settings import HubSettings
from sync.worker import SyncWorker, backoff_delay
from tests.support import ean, find_order, scan, wait_until
from tests.sync_support import SITE, station


def test_the_embedded_hub_syncs_a_demo_station_in_the_background(tmp_path):
    core = station(tmp_path)
    url, token, stop = start_embedded_hub(core.settings.data_dir, core.station_id, SITE)
    changed = threading.Event()
    worker = SyncWorker(core.settings.database_path, HubClient(url, token, SITE),
                        HubSettings(push_interval_s=0.05, pull_interval_s=0.05),
                        on_inbox=lambda result: changed.set())
    worker.start()
    try:
        assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
        order = find_order(core, serial=False, lot_controlled=False, min_lines=2,
                           max_quantity=1)
        scan(core, order.id)
        scan(core, ean(core, order.lines[0].product.sku))
        worker.wake()
        assert wait_until(lambda: journal.backlog(core.store.conn).waiting == 0)
        # The events are marked synced before the worker records the round in its status.
        assert wait_until(lambda: worker.status().online is True)
        changed.clear()
        engine = open_hub_db(str(core.settings.data_dir / "hub.sqlite3"))
        assert cancel_order(engine, order.id, "customer asked")
        engine.dispose()
        assert changed.wait(20)
        assert core.pack.check_for_hub_changes().kind is Kind.STOPPED_BY_HUB
    finally:
        worker.stop()
        stop()
    # A second start finds the same hub file and the same token.
    _url2, token2, stop2 = start_embedded_hub(core.settings.data_dir, core.station_id, SITE)
    stop2()
    assert token2 == token
    core.close()


def test_without_a_hub_the_worker_says_offline_and_keeps_every_event(tmp_path):
    core = station(tmp_path)
    scan(core, "BADGE:P-1001")
    worker = SyncWorker(core.settings.database_path,
                        HubClient("http://127.0.0.1:9", "t", SITE, timeout_s=0.5),
                        HubSettings(push_interval_s=0.05, backoff_base_s=0.01,
                                    backoff_max_s=0.05))
    worker.start()
    try:
        assert wait_until(lambda: worker.status().online is False)
        assert worker.status().last_error
        assert journal.backlog(core.store.conn).waiting == 1
    finally:
        worker.stop()
    core.close()


def test_backoff_grows_exponentially_with_full_jitter_up_to_its_cap():
    import random

    rng = random.Random(1)
    waits = [[backoff_delay(n, 0.5, 60, rng) for _ in range(200)] for n in range(10)]
    assert all(0 <= w <= min(60, 0.5 * 2 ** n) for n, ws in enumerate(waits) for w in ws)
    assert max(waits[1]) < 1.0 < max(waits[4])
    assert max(waits[9]) <= 60
    assert len({round(w, 6) for w in waits[5]}) > 150


def test_with_no_hub_configured_start_sync_runs_the_embedded_one(tmp_path):
    from sync.runtime import start_sync

    core = station(tmp_path)
    scan(core, "BADGE:P-1001")
    running = start_sync(core.settings, core.clock)
    try:
        assert running.embedded
        assert running.url.startswith("http://127.0.0.1:")
        running.worker.wake()
        assert wait_until(lambda: journal.backlog(core.store.conn).waiting == 0)
    finally:
        running.stop()
    core.close()


def test_a_hub_section_with_an_unknown_key_is_a_clear_error(tmp_path):
    import pytest

    from station.errors import ConfigError
    from station.settings import load
    from sync.settings import HubSettings

    config = tmp_path / "station.toml"
    config.write_text('[hub]\nurl = "http://hub.example:8765"\nbatchsize = 10\n',
                      encoding="utf-8")
    settings = load(config, data_dir=tmp_path, environ={})
    with pytest.raises(ConfigError) as error:
        settings.section("hub", HubSettings)
    assert "batchsize" in str(error.value)


def test_a_batch_too_large_for_the_hub_is_split_and_still_arrives_in_order(tmp_path):
    import pytest

    from sync.client import HubRefusedError
    from sync.hub.app import create_app
    from sync.hub.demo import seed_demo
    from sync.hub.server import HubThread
    from sync.hub.stations import add_station

    engine = open_hub_db(str(tmp_path / "hub.sqlite3"))
    seed_demo(engine, SITE)  # the hub refuses events naming orders it never had
    server = HubThread(create_app(engine, json_limit=1_500)).start()
    core = station(tmp_path, demo=True)
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, lot_controlled=False, min_lines=4, max_quantity=1)
    scan(core, order.id)
    for line in order.lines:
        scan(core, ean(core, line.product.sku))
    token = add_station(engine, SITE, core.station_id)
    worker = SyncWorker(core.settings.database_path, HubClient(server.url, token, SITE),
                        HubSettings(batch_size=500))
    try:
        local = [(e.id, e.seq) for e in journal.all_events(core.store.conn)]
        with pytest.raises(HubRefusedError):  # all at once is too large
            worker._client.push(journal.unsynced(core.store.conn))
        assert worker.drain() == len(local)
        from tests.sync_faults import hub_events

        assert hub_events(engine, core.station_id) == local
    finally:
        worker.stop()
        server.stop()
        engine.dispose()
    core.close()


def test_a_station_database_locked_for_longer_than_the_busy_timeout_does_not_kill_the_worker(
        tmp_path):
    core = station(tmp_path)
    url, token, stop = start_embedded_hub(core.settings.data_dir, core.station_id, SITE)
    worker = SyncWorker(core.settings.database_path, HubClient(url, token, SITE),
                        HubSettings(push_interval_s=0.05, pull_interval_s=0.05,
                                    backoff_base_s=0.05, backoff_max_s=0.2))
    worker.start()
    try:
        assert wait_until(lambda: worker.status().online)
        assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
        with sqlite3.connect(core.settings.database_path, isolation_level=None) as blocker:
            blocker.execute("BEGIN IMMEDIATE")  # another writer holds the lock past 5 s:
            worker.wake()                        # the worker cannot mark its push synced
            # The worker's write waits out the 5 s busy timeout, fails and says so.
            assert wait_until(lambda: worker.status().last_error is not None, timeout=120)
            blocker.execute("COMMIT")
        assert worker.running
        assert scan(core, "BADGE:P-1002").kind is Kind.SIGNED_IN
        worker.wake()
        assert wait_until(lambda: journal.backlog(core.store.conn).waiting == 0)
    finally:
        worker.stop()
        stop()
        core.close()


def test_a_hub_answering_nonsense_does_not_kill_the_worker(tmp_path):
    import http.server
    import json as json_module

    class Nonsense(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            body = json_module.dumps({"unexpected": True}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = _answer  # noqa: N815 (http.server names them so)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Nonsense)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    core = station(tmp_path)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    worker = SyncWorker(core.settings.database_path, HubClient(url, "token", SITE),
                        HubSettings(push_interval_s=0.05, pull_interval_s=0.05,
                                    backoff_base_s=0.05, backoff_max_s=0.1))
    try:
        assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
        worker.start()
        assert wait_until(lambda: worker.status().last_error is not None)
        time.sleep(0.5)
        assert worker.running
        assert journal.backlog(core.store.conn).waiting >= 1  # nothing marked synced
    finally:
        worker.stop()
        server.shutdown()
        core.close()
