"""Fixtures and helpers for the sync tests: a real hub over loopback on SQLite or on a
throwaway PostgreSQL cluster, stations on SQLite files, and a worker wired to them."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from station.clock import FixedClock
from station.core import StationCore, open_core
from station.settings import load
from sync.client import HubClient
from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.schema import events
from sync.hub.server import HubThread
from sync.hub.stations import add_station
from sync.settings import HubSettings
from sync.worker import SyncWorker


def _postgres_bin() -> Path:
    """The newest installed PostgreSQL's binaries (15 here; a fresh box may get another)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda path: int(path.parent.parent.name)
                   if path.parent.parent.name.isdigit() else 0)
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _postgres_bin()
SITE = "TYO1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresCluster:
    port: int
    socket_dir: Path
    _names: itertools.count[int]

    def new_database(self) -> str:
        import psycopg

        name = f"hub_{next(self._names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"


def _as_postgres(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextlib.contextmanager
def throwaway_postgres(*, durable: bool = False) -> Iterator[PostgresCluster]:
    """Start a PostgreSQL 15 cluster in a temporary folder on a loopback port (as the
    postgres user when run as root); `durable=False` turns fsync off for quick tests."""
    base = Path(tempfile.mkdtemp(prefix="hubpg-"))
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                                 "-A", "trust", "--no-sync", "-E", "UTF8"]),
                   check=True, capture_output=True)
    port = free_port()
    options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1"
               " -c max_connections=300")
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options,
                                 "-l", str(base / "log"), "-w", "start"]),
                   check=True, capture_output=True)
    try:
        yield PostgresCluster(port, sockets, itertools.count(1))
    finally:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m",
                                     "immediate", "stop"]), check=False, capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def postgres_available() -> bool:
    return (PG_BIN / "initdb").exists()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A throwaway PostgreSQL 15 cluster for this test session."""
    if not postgres_available():
        pytest.skip("PostgreSQL binaries are not installed (tools/setup.d/20-postgres.sh)")
    with throwaway_postgres() as cluster:
        yield cluster


@dataclass
class Hub:
    engine: Engine
    server: HubThread

    @property
    def url(self) -> str:
        return self.server.url

    def token_for(self, station: str, site: str = SITE) -> str:
        return add_station(self.engine, site, station)

    def events(self, station: str | None = None) -> list[tuple[str, int]]:
        """(id, seq) of what the hub holds, in the order it applied them."""
        query = select(events.c.id, events.c.seq, events.c.station)
        if station:
            query = query.where(events.c.station == station)
        with self.engine.connect() as conn:
            return [(r.id, r.seq) for r in conn.execute(query.order_by(events.c.station,
                                                                        events.c.seq))]


def start_hub(db: str, *, demo: bool = True) -> Hub:
    engine = open_hub_db(db)
    if demo:
        seed_demo(engine, SITE)
    return Hub(engine, HubThread(create_app(engine)).start())


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hub(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Hub]:
    """The hub over loopback, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        db = str(tmp_path / "hub.sqlite3")
    else:
        db = request.getfixturevalue("postgres").new_database()
    running = start_hub(db)
    yield running
    running.server.stop()
    running.engine.dispose()


@pytest.fixture
def sqlite_hub(tmp_path: Path) -> Iterator[Hub]:
    running = start_hub(str(tmp_path / "hub.sqlite3"))
    yield running
    running.server.stop()
    running.engine.dispose()


def station(tmp_path: Path, name: str = "PACK-01", clock: FixedClock | None = None,
            demo: bool = True) -> StationCore:
    settings = load(None, data_dir=tmp_path / name, environ={
        "PACKSTATION_STATION__ID": name, "PACKSTATION_STATION__SITE": SITE})
    return open_core(settings, clock or FixedClock(), demo_data=demo)


def worker_for(core: StationCore, hub: Hub, **settings: object) -> SyncWorker:
    client = HubClient(hub.url, hub.token_for(core.station_id), SITE, timeout_s=5)
    return SyncWorker(core.settings.database_path, client,
                      HubSettings(**settings),  # type: ignore[arg-type]
                      clock=core.clock)
