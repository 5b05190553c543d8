"""The site view from the aggregate ingest keeps answers exactly as counting the raw events
does, on SQLite and PostgreSQL: a scripted day pushed by stations at once, every batch twice
(racing duplicates), with events the hub rejects; and a hub upgraded from before the
aggregate gets it backfilled from the events it holds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from sync.hub import migrate, site_metrics
from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.server import HubThread
from sync.hub.stations import add_station
from tests import sync_support
from tests.site_metrics_support import publish_orders, push_all, scripted_days, site_view

hub = sync_support.hub
postgres = sync_support.postgres


def comparable(figures: dict[str, Any]) -> dict[str, Any]:
    """The answer without the tiles' pro-rated targets: they follow the clock, and the two
    answers are made a moment apart."""
    for tile in figures["tiles"]:
        tile.pop("target")
    return figures


def both_ways(app, url, token, day, brand=None):
    kept = comparable(site_view(app, url, token, day, source="aggregate", brand=brand))
    raw = comparable(site_view(app, url, token, day, source="raw", brand=brand))
    return kept, raw


def test_the_aggregate_answers_as_the_raw_events_do(hub):
    day = scripted_days(datetime.now(UTC))
    publish_orders(hub.engine, day)
    statuses = push_all(hub.url, hub.engine, day)
    assert statuses["applied"] > 1000
    assert statuses["duplicate"] == statuses["applied"] + statuses["conflict"]
    assert statuses["rejected"] > 50
    token = hub.token_for("SUP-VIEW")

    kept, raw = both_ways(hub.server.app, hub.url, token, day)

    assert kept == raw
    site = kept["range"]["site"]
    assert site["orders"] > 100
    assert site["active_seconds"] > 0
    assert site["pack_times"]
    assert site["wrong_scans"]
    assert site["exceptions"]
    assert site["grades"]
    assert kept["open_exceptions"]
    for brand in ("KAZE", "HANA", "NOBODY"):
        kept, raw = both_ways(hub.server.app, hub.url, token, day, brand)
        assert kept == raw, brand


def test_events_pushed_again_change_nothing(hub):
    day = scripted_days(datetime.now(UTC), events=800)
    publish_orders(hub.engine, day)
    push_all(hub.url, hub.engine, day, twice=False)
    token = hub.token_for("SUP-VIEW")
    before = comparable(site_view(hub.server.app, hub.url, token, day, source="aggregate"))
    again = push_all(hub.url, hub.engine, day, twice=False)
    assert set(again) <= {"duplicate", "rejected"}
    after = comparable(site_view(hub.server.app, hub.url, token, day, source="aggregate"))
    assert after == before


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "hub.sqlite3")
    return str(request.getfixturevalue("postgres").new_database())


def test_the_upgrade_backfills_the_aggregate_from_the_events_held(database, monkeypatch):
    engine = open_hub_db(database, create=False)
    migrate.upgrade(engine, "0001")
    # The hub as it was before the aggregate: ingest counts nothing.
    monkeypatch.setattr(site_metrics, "record", lambda conn, rows: None)
    server = HubThread(create_app(engine)).start()
    try:
        day = scripted_days(datetime.now(UTC), events=1500)
        publish_orders(engine, day)
        push_all(server.url, engine, day)
        monkeypatch.undo()

        assert migrate.upgrade(engine).after == migrate.head()

        token = add_station(engine, sync_support.SITE, "SUP-VIEW")
        kept, raw = both_ways(server.app, server.url, token, day)
    finally:
        server.stop()
        engine.dispose()
    assert kept == raw
    assert kept["range"]["site"]["orders"] > 50
