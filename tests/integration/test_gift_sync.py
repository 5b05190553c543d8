"""A gift order's steps reach the real hub over loopback: every StepsAssigned and
StepConfirmed is valid against the hub's catalogue and applied once, none parked."""

from __future__ import annotations

from station import journal
from station.events.steps import StepConfirmed, StepsAssigned
from station.inbox.rejected import rejected_events
from station.pack.outcomes import Kind
from tests import sync_support
from tests.support import ean, scan
from tests.sync_support import station, worker_for

sqlite_hub = sync_support.sqlite_hub
GIFT = "ORD-100301"  # 外のし 御歳暮 with wrapping; KAZE's demo rules add its flyers


def test_a_gift_orders_steps_are_applied_by_the_hub(sqlite_hub, tmp_path):
    core = station(tmp_path)
    try:
        scan(core, "BADGE:P-1001")
        scan(core, GIFT)
        order = core.catalogue.order(GIFT)
        for line in order.lines:
            for _ in range(line.quantity):
                scan(core, ean(core, line.product.sku))
        outcome = None
        for step in list(core.pack.steps.steps):
            for _ in range(step.quantity):
                outcome = scan(core, step.code)
        assert outcome.kind is Kind.ORDER_COMPLETE
        events = journal.all_events(core.store.conn)
        kinds = [event.type for event in events]
        assert StepsAssigned.TYPE in kinds
        assert StepConfirmed.TYPE in kinds
        worker = worker_for(core, sqlite_hub)
        local = [(e.id, e.seq) for e in journal.all_events(core.store.conn)]
        assert worker.drain() == len(local)
        worker.stop()
        assert rejected_events(core.store.conn) == []
        assert sqlite_hub.events("PACK-01") == local
    finally:
        core.close()
