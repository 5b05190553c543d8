"""The whole way over the real hub on loopback: the station takes its number block from the
hub, seals a Yamato order with a number from it, checks the label, and the hub keeps the
ShipmentConfirmed for the OMS."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from station.carriers.tracking import tracking_problem
from station.clock import FixedClock
from station.core import open_core
from station.events.shipping import LabelChecked, ShipmentConfirmed
from station.pack.outcomes import Kind
from station.settings import load
from sync.hub.schema import events
from tests import sync_support
from tests.shipflow_support import carrier_settings, pack_all, yamato_order
from tests.support import scan
from tests.sync_support import SITE, Hub, worker_for

sqlite_hub = sync_support.sqlite_hub


def test_the_hub_keeps_the_confirmed_shipment_with_its_number(sqlite_hub: Hub,
                                                              tmp_path: Path) -> None:
    settings = load(None, data_dir=tmp_path / "PACK-01", environ={
        "PACKSTATION_STATION__ID": "PACK-01", "PACKSTATION_STATION__SITE": SITE})
    core = open_core(carrier_settings(settings), FixedClock())
    worker = worker_for(core, sqlite_hub)
    try:
        worker.pull()  # orders, and a block of numbers at the end of the round
        order = yamato_order(core)
        assert pack_all(core, order)[-1].kind is Kind.ORDER_COMPLETE
        number = core.store.conn.execute("SELECT tracking FROM parcels WHERE order_id = ?",
                                         (order.id,)).fetchone()[0]
        assert tracking_problem("yamato", number) is None
        assert scan(core, number).kind is Kind.SHIPMENT_CONFIRMED
        worker.push_once()
        with sqlite_hub.engine.connect() as conn:
            rows = conn.execute(select(events.c.type, events.c.payload).where(
                events.c.subject == order.id)).all()
        kept = {row.type: json.loads(row.payload) for row in rows}
        assert LabelChecked.TYPE in kept
        confirmed = kept[ShipmentConfirmed.TYPE]
        assert [p["tracking"] for p in confirmed["parcels"]] == [number]
        assert confirmed["labels_checked"] is True
    finally:
        worker.stop()
        core.close()
