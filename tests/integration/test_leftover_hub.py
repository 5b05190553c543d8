"""A batch's left-over items resolved at the supervisor's desk: LeftoverResolved (subject: the
batch id, no order) is pushed to the hub over loopback, which accepts it."""

from __future__ import annotations

import json

from sqlalchemy import select

from station.events.sortwall import LeftoverResolved
from station.sortwall.leftovers import LeftoverDesk, open_leftovers
from station.sortwall.outcomes import SortKind
from station.sortwall.setup import open_sortwall
from sync.hub.orders import import_files
from sync.hub.schema import events
from tests import sync_support
from tests.sortwall_support import PACKER, sort_scan
from tests.support import ean, scan
from tests.sync_support import SITE, station, worker_for

hub = sync_support.hub
postgres = sync_support.postgres


def test_resolved_left_over_items_sync_to_the_hub(hub, tmp_path):
    orders = [{"id": f"W-{n}", "site": SITE, "brand": "KAZE", "customer_name": "山田 太郎",
               "lines": [{"sku": "KAZE-SOX-NVY-F", "quantity": 1}]} for n in (1, 2)]
    path = tmp_path / "wave.json"
    path.write_text(json.dumps({"orders": orders, "batches": [
        {"id": "WAVE-1", "slots": 4, "totes": ["WT-1"], "orders": [
            {"order_id": "W-1", "priority": 1, "cutoff": "2026-12-01T17:00:00+09:00"},
            {"order_id": "W-2", "priority": 2, "cutoff": "2026-12-01T17:00:00+09:00"}]}]}),
        encoding="utf-8")
    assert import_files(hub.engine, [path]).problems == ()
    core = station(tmp_path, demo=False)
    worker = worker_for(core, hub)
    assert worker.pull().problems == 0
    wall = open_sortwall(core)
    scan(core, PACKER)
    sort_scan(wall, "WT-1")
    for _ in range(3):  # two orders of one sock each: the third sock is a stray
        sort_scan(wall, ean(core, "KAZE-SOX-NVY-F"))
    assert sort_scan(wall, "CMD:COMPLETE").kind is SortKind.BATCH_CLOSED
    assert [left.batch_id for left in open_leftovers(core.store.conn)] == ["WAVE-1"]
    scan(core, "BADGE:S-3001")
    decision = LeftoverDesk(core.store, core.clock, core.signin).resolve("WAVE-1", "To stock")
    assert decision.done, decision.message.render()
    assert open_leftovers(core.store.conn) == []
    pushed = worker.push_once()
    assert (pushed.rejected, pushed.applied) == (0, pushed.sent)
    with hub.engine.connect() as conn:
        types = {row.type for row in conn.execute(select(events.c.type))}
    assert LeftoverResolved.TYPE in types
    worker.stop()
    core.close()
