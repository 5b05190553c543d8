"""The hub's schema under Alembic: a hub made by create_all before Alembic is adopted with
every row kept, on SQLite and on PostgreSQL, and the models never drift from the migrations
(a model changed without a migration fails here)."""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Engine, MetaData, String, inspect, select

from station.clock import FixedClock
from sync.client import HubClient
from sync.hub import migrate, site_metrics
from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.oms_keys import add_client
from sync.hub.schema import metadata
from sync.hub.server import HubThread
from sync.hub.stations import add_station
from tests import sync_support
from tests.integration.test_sync_roundtrip import pack_one_order
from tests.sync_support import SITE, station, worker_for

postgres = sync_support.postgres
# The schema as create_all made it before Alembic: the baseline revision's frozen copy.
BEFORE_ALEMBIC: MetaData = importlib.import_module(
    "sync.hub.migrations.versions.0001_baseline").metadata


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "hub.sqlite3")
    return str(request.getfixturevalue("postgres").new_database())


@pytest.fixture
def engine(database: str) -> Iterator[Engine]:
    opened = open_hub_db(database, create=False)
    yield opened
    opened.dispose()


def everything(engine: Engine, tables: MetaData) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    with engine.connect() as conn:
        return {table.name: [tuple(row) for row in conn.execute(
            select(table).order_by(*table.primary_key.columns))]
            for table in tables.sorted_tables}


def fill_through_the_api(engine: Engine, tmp_path: Path, monkeypatch: Any) -> None:
    """A day's worth of real rows: the demo catalogue, two stations packing over HTTP, a
    refused event, a photo, a block of serials, an OMS client; by the hub as it was before
    Alembic, whose ingest kept no site aggregate."""
    monkeypatch.setattr(site_metrics, "record", lambda conn, rows: None)
    seed_demo(engine, SITE)
    add_client(engine, ["KAZE"], "kaze-oms")
    server = HubThread(create_app(engine)).start()
    try:
        hub = sync_support.Hub(engine, server)
        clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
        # Each station packs another order (a second OrderPacked of one order is refused).
        for name, lines in (("PACK-01", 1), ("PACK-02", 2)):
            core = station(tmp_path, name, clock=clock)
            pack_one_order(core, min_lines=lines, max_lines=lines)
            worker = worker_for(core, hub)
            assert worker.drain() > 0
            worker.stop()
            core.close()
        token = add_station(engine, SITE, "PACK-03")
        client = HubClient(hub.url, token, SITE)
        try:
            photo = b"\x89PNG not really"
            client.put_file(hashlib.sha256(photo).hexdigest(), photo)
            client.claim_block("sscc", 10)
        finally:
            client.close()
        refused = httpx.post(f"{hub.url}/v1/sites/{SITE}/events", timeout=30,
                             headers={"Authorization": f"Bearer {token}"},
                             json={"events": [{
                                 "id": "bad-1", "seq": 1, "ts": "2026-12-01T09:00:00.000Z",
                                 "station": "PACK-03", "user": "P-1001",
                                 "type": "NoSuchThingHappened", "subject": None,
                                 "payload": {}}]})
        assert refused.json()["results"][0]["status"] == "rejected", refused.text
    finally:
        server.stop()
        monkeypatch.undo()


def test_a_hub_made_before_alembic_is_adopted_with_every_row_kept(engine, tmp_path,
                                                                 monkeypatch):
    BEFORE_ALEMBIC.create_all(engine)
    fill_through_the_api(engine, tmp_path, monkeypatch)
    before = everything(engine, BEFORE_ALEMBIC)
    assert all(before[name] for name in ("stations", "events", "rejections", "feed",
                                         "entities", "order_status", "files", "number_ranges",
                                         "number_blocks", "oms_clients", "oms_events"))

    done = migrate.upgrade(engine)

    assert (done.before, done.after) == (None, migrate.head())
    assert everything(engine, BEFORE_ALEMBIC) == before
    assert migrate.upgrade(engine).changed is False


def test_the_adopted_hub_keeps_working(engine, tmp_path, monkeypatch):
    BEFORE_ALEMBIC.create_all(engine)
    fill_through_the_api(engine, tmp_path, monkeypatch)
    migrate.upgrade(engine)
    server = HubThread(create_app(engine)).start()
    try:
        token = add_station(engine, SITE, "SUP-VIEW")
        answer = httpx.get(f"{server.url}/v1/sites/{SITE}/throughput",
                           headers={"Authorization": f"Bearer {token}"}, timeout=30)
    finally:
        server.stop()
    assert answer.status_code == 200, answer.text
    assert answer.json()["range"]["site"]["orders"] == 2       # from the backfilled aggregate


def test_the_models_and_the_migrations_agree(engine):
    migrate.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_a_model_changed_without_a_migration_is_noticed(engine):
    migrate.upgrade(engine)
    changed = MetaData()
    for table in metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["stations"].append_column(Column("nickname", String(64)))
    with engine.connect() as conn:
        found = compare_metadata(MigrationContext.configure(conn), changed)
    assert [(diff[0], diff[3].name) for diff in found] == [("add_column", "nickname")]


def test_a_new_database_gets_every_table_and_the_head_revision(engine):
    assert migrate.upgrade(engine).before is None
    names = set(inspect(engine).get_table_names())
    assert set(metadata.tables) | {"alembic_version"} == names
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()


def test_migrate_on_the_command_line(database, capsys):
    from sync.hub.__main__ import main

    assert main(["migrate", "--db", database]) == 0
    assert main(["migrate", "--db", database]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"migrated from no revision (before Alembic) to {migrate.head()}",
                   f"already at {migrate.head()}"]


def test_hub_processes_starting_together_migrate_once(database):
    """Two engines (as two hub processes have) upgrade the same new database at once: one
    migrates, the other waits for its lock and finds the schema at the head."""
    engines = [open_hub_db(database, create=False) for _ in range(2)]
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            done = list(pool.map(migrate.upgrade, engines))
    finally:
        for engine in engines:
            engine.dispose()
    assert sorted(str(d.before) for d in done) == sorted(["None", str(migrate.head())])
    assert {d.after for d in done} == {migrate.head()}
