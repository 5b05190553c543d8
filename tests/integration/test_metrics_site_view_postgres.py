"""The site view on PostgreSQL, the hub's database for a real network: the same figures as on
SQLite. Starts a throwaway server on a Unix socket (no TCP) when PostgreSQL is installed."""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from station.metrics import synthetic as sy
from station.metrics.dashboard import DashboardQuery
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.site_view import site_dashboard
from station.metrics.source import POSTGRES
from station.metrics.synthetic import Script, create_hub_table
from tests.metrics_support import DAY, at

pytestmark = pytest.mark.postgres
psycopg = pytest.importorskip("psycopg")


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="module")
def server():
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not binaries:
        pytest.skip("PostgreSQL is not installed")
    bindir = Path(binaries[-1]).parent
    folder = Path(tempfile.mkdtemp(prefix="metrics-pg-"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    try:
        subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-A", "trust",
                                     "-U", "hub", "--no-sync"]), check=True,
                       capture_output=True, timeout=120)
        # No TCP: the port only names the socket file inside our own folder.
        options = f"-c listen_addresses='' -k {folder} -p 5499 -c fsync=off"
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l",
                                     str(folder / "log"), "-o", options, "start"]),
                       check=True, capture_output=True, timeout=120)
        yield f"host={folder} port=5499 user=hub dbname=postgres"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m",
                                     "immediate", "stop"]), check=False, capture_output=True,
                       timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def events(tmp_path):
    conn = sqlite3.connect(tmp_path / "hub.sqlite3")
    create_hub_table(conn, "hub_events")
    one, two = Script(conn, "PACK-01", "hub_events"), Script(conn, "PACK-02", "hub_events")
    one.order("A", "P-1", at(9, 0), [10, 10])
    two.order("B", "P-2", at(9, 0), [30, 400, 5], wrong_after=1)
    two.order("C", "P-1", at(10, 0), [4, 4, 4], brand="HANA")
    two.event(sy.opened_order("D", "KAZE", 1), at(11, 0), "P-2", "D")
    two.event(sy.exception("DAMAGED"), at(11, 0, 5), "P-2", "D")
    yield conn
    conn.close()


def board(conn, **kwargs):
    return site_dashboard(conn, "hub_events", DashboardQuery(DAY, DAY, kwargs.pop("brand", None)),
                          now=at(12, 0), settings=MetricsSettings(), targets=Targets(), **kwargs)


@pytest.mark.parametrize("payload", ["jsonb", "text"])
def test_postgres_gives_the_figures_sqlite_gives(server, events, payload):
    rows = events.execute("SELECT id, seq, ts, station, user, type, subject, payload, site"
                          " FROM hub_events").fetchall()
    with psycopg.connect(server, autocommit=True) as pg:
        pg.execute("DROP TABLE IF EXISTS hub_events")
        pg.execute("CREATE TABLE hub_events (id text PRIMARY KEY, seq bigint, ts text,"
                   f' station text, "user" text, type text, subject text, payload {payload},'
                   " site text)")
        with pg.cursor() as cursor:
            cursor.executemany("INSERT INTO hub_events VALUES (%s, %s, %s, %s, %s, %s, %s,"
                               " %s, %s)", rows)
        for brand in (None, "HANA"):
            on_postgres = board(pg, dialect=POSTGRES, brand=brand)
            on_sqlite = board(events, brand=brand)
            assert on_postgres == on_sqlite
        assert board(pg, dialect=POSTGRES).range.site.orders == 3
        assert [e.order for e in board(pg, dialect=POSTGRES).open_exceptions] == ["D"]
