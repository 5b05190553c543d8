"""The hub's site throughput: every station's synced events counted with the stations' own
metric definitions, on SQLite and on PostgreSQL; only the site's own stations may read it."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from station.clock import FixedClock
from tests import sync_support
from tests.integration.test_sync_roundtrip import pack_one_order
from tests.sync_support import SITE, station, worker_for

hub = sync_support.hub
postgres = sync_support.postgres


def test_the_site_view_counts_the_orders_of_every_station(hub, tmp_path):
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
    units = 0
    # Each station packs another order (the hub refuses a second OrderPacked for one order).
    for name, lines in (("PACK-01", 1), ("PACK-02", 2)):
        core = station(tmp_path, name, clock=clock)
        units += pack_one_order(core, min_lines=lines, max_lines=lines).units
        worker = worker_for(core, hub)
        assert worker.drain() > 0
        worker.stop()
        core.close()
    token = hub.token_for("SUP-VIEW")
    answer = httpx.get(f"{hub.url}/v1/sites/{SITE}/throughput",
                       headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert answer.status_code == 200, answer.text
    figures = answer.json()
    assert figures["range"]["site"]["orders"] == 2
    assert figures["range"]["site"]["units"] == units
    assert sorted(row["key"] for row in figures["range"]["stations"]) == ["PACK-01", "PACK-02"]


def test_another_sites_station_is_refused_and_no_token_is_unauthorised(hub):
    foreign = hub.token_for("OSAKA-01", site="OSA1")
    url = f"{hub.url}/v1/sites/{SITE}/throughput"
    assert httpx.get(url, headers={"Authorization": f"Bearer {foreign}"},
                     timeout=10).status_code == 403
    assert httpx.get(url, timeout=10).status_code == 401


def test_a_range_of_more_than_a_month_counts_its_first_31_days_and_says_so(hub):
    token = hub.token_for("SUP-VIEW")
    answer = httpx.get(f"{hub.url}/v1/sites/{SITE}/throughput",
                       params={"first": "2026-03-01", "last": "2026-01-01"},
                       headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert answer.status_code == 200, answer.text
    assert answer.json()["query"]["first"] == "2026-01-01"
    assert answer.json()["query"]["last"] == "2026-01-31"
