"""Batches come from the hub like orders: imported from an OMS export, checked, published to
the site's feed, pulled by a station over loopback, and opened at its sort wall by a tote;
the sort wall's events go back to the hub, which accepts every one."""

from __future__ import annotations

import json

from sqlalchemy import select

from station.events.pack import ExceptionReported
from station.events.sortwall import (
    BatchClosed,
    BatchOpened,
    ItemSorted,
    SortExceptionReported,
)
from station.sortwall.outcomes import SortKind
from station.sortwall.setup import open_sortwall
from sync.hub.orders import import_files
from sync.hub.schema import events
from tests import sync_support
from tests.sortwall_support import PACKER, sort_scan
from tests.support import ean, scan
from tests.sync_support import SITE, station, worker_for

# The hub on SQLite and on PostgreSQL, as fixtures of this module.
hub = sync_support.hub
postgres = sync_support.postgres


def _export(tmp_path, batch: dict) -> object:
    orders = [{"id": f"W-{n}", "site": SITE, "brand": "KAZE", "customer_name": "山田 太郎",
               "lines": [{"sku": "KAZE-SOX-NVY-F", "quantity": 1}]} for n in (1, 2)]
    path = tmp_path / "wave.json"
    path.write_text(json.dumps({"orders": orders, "batches": [batch]}), encoding="utf-8")
    return path


def test_a_batch_imported_at_the_hub_sorts_at_the_station_and_syncs_back(hub, tmp_path):
    path = _export(tmp_path, {"id": "WAVE-1", "slots": 4, "totes": ["WT-1"], "orders": [
        {"order_id": "W-1", "priority": 5, "cutoff": "2026-12-01T17:00:00+09:00"},
        {"order_id": "W-2", "priority": 1, "cutoff": "2026-12-01T15:00:00+09:00"}]})
    report = import_files(hub.engine, [path])
    assert (report.imported, report.problems) == (3, ())
    assert import_files(hub.engine, [path]).unchanged == 3
    core = station(tmp_path, demo=False)
    worker = worker_for(core, hub)
    assert worker.pull().problems == 0
    wall = open_sortwall(core)
    scan(core, PACKER)
    assert sort_scan(wall, "WT-1").kind is SortKind.BATCH_OPENED
    # The more urgent order (priority 1) gets the first sock.
    outcome = sort_scan(wall, ean(core, "KAZE-SOX-NVY-F"))
    assert (outcome.kind, outcome.order_id, outcome.slot) == (SortKind.SLOT_COMPLETE, "W-2", 1)
    # W-1's sock never came: closing the batch sends it to the exception queue.
    assert sort_scan(wall, "CMD:COMPLETE").kind is SortKind.CLOSE_TO_CONFIRM
    assert sort_scan(wall, "CMD:COMPLETE").kind is SortKind.BATCH_CLOSED
    pushed = worker.push_once()
    assert pushed.rejected == 0
    assert pushed.applied == pushed.sent
    with hub.engine.connect() as conn:
        types = {row.type for row in conn.execute(select(events.c.type))}
    assert {BatchOpened.TYPE, ItemSorted.TYPE, SortExceptionReported.TYPE,
            ExceptionReported.TYPE, BatchClosed.TYPE} <= types
    worker.stop()
    core.close()


def test_a_batch_naming_an_unknown_order_imports_nothing(hub, tmp_path):
    path = _export(tmp_path, {"id": "WAVE-2", "slots": 4, "totes": ["WT-2"], "orders": [
        {"order_id": "W-1"}, {"order_id": "NOBODY"}]})
    report = import_files(hub.engine, [path])
    assert report.imported == 0
    assert any("NOBODY" in str(problem) for problem in report.problems)
