"""The hub's site aggregate counts the carrier label check as the station does: label scans
by outcome, the same from the aggregate as from the raw events; and a hub that held label
checks before revision 0004 has them counted once by it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert

from station.clock import iso
from station.events.shipping import LabelChecked, LabelReissued, WrongLabelScanned
from station.metrics import synthetic as sy
from station.metrics.definitions import LabelOutcome
from station.metrics.figures import RawFigures
from station.metrics.source import EventSource
from sync.hub import migrate, site_metrics
from sync.hub.db import open_hub_db
from sync.hub.schema import events, site_metrics_category
from sync.hub.site_figures import AggregateFigures
from tests.metrics_support import IDLE, JST, at, day_tally

SITE = "TYO1"


def label_day() -> list[dict[str, object]]:
    """Two stations: PACK-01 packs and checks a KAZE order (one wrong label, one reissued),
    PACK-02 checks a HANA order."""
    rows: list[dict[str, object]] = []
    for station, order, brand, start in (("PACK-01", "ORD-1", "KAZE", at(9, 0)),
                                         ("PACK-02", "ORD-2", "HANA", at(9, 30))):
        payloads = [sy.opened_order(order, brand), sy.packed_item(order),
                    sy.packed_order(order, 1),
                    WrongLabelScanned(order_id=order, scanned="1", expected=("2",)),
                    LabelReissued(order_id=order, box_no=1, voided="2", tracking="3",
                                  reason="torn"),
                    LabelChecked(order_id=order, box_no=1, tracking="3")]
        if station == "PACK-02":
            payloads = payloads[:3] + payloads[-1:]
        for seq, payload in enumerate(payloads, 1):
            rows.append({"id": f"{station}-{seq}", "seq": seq,
                         "ts": iso(start + timedelta(seconds=20 * seq)), "station": station,
                         "user": "P-1", "type": payload.TYPE, "subject": order,
                         "payload": json.dumps(payload.to_payload(), separators=(",", ":")),
                         "site": SITE, "received_at": datetime.now(UTC)})
    return rows


def figures(engine, brand=None):
    raw_connection = engine.raw_connection()
    try:
        raw = RawFigures(EventSource(raw_connection, table="events", site=SITE), JST, IDLE)
        with engine.connect() as conn:
            return (day_tally(AggregateFigures(conn, SITE, JST), brand=brand),
                    day_tally(raw, brand=brand))
    finally:
        raw_connection.close()


def test_ingest_counts_label_scans_by_outcome_as_the_raw_events_do(tmp_path):
    engine = open_hub_db(str(tmp_path / "hub.sqlite3"))
    try:
        rows = label_day()
        with engine.begin() as conn:
            conn.execute(insert(events), rows)
            site_metrics.record(conn, rows)
        for brand in (None, "KAZE", "HANA"):
            kept, raw = figures(engine, brand)
            assert kept == raw, brand
        kept, _ = figures(engine)
        assert [kept.site.label_scans(outcome) for outcome in LabelOutcome] == [2, 1, 1]
        assert figures(engine, "HANA")[0].site.label_scans(LabelOutcome.CHECKED) == 1
    finally:
        engine.dispose()


def test_revision_0004_counts_the_label_checks_held_before_it_once(tmp_path):
    engine = open_hub_db(str(tmp_path / "hub.sqlite3"), create=False)
    try:
        migrate.upgrade(engine, "0003")
        rows = label_day()
        with engine.begin() as conn:
            conn.execute(insert(events), rows)
            site_metrics.record(conn, rows)
            # As the aggregate was at 0003: nothing counted for label checks.
            conn.execute(delete(site_metrics_category).where(
                site_metrics_category.c.kind == "label"))
        assert figures(engine)[0].site.labels == ()
        assert migrate.upgrade(engine, "0004").after == "0004"
        kept, raw = figures(engine)
        assert kept == raw
        assert kept.site.label_scans(LabelOutcome.CHECKED) == 2
        with engine.begin() as conn:
            assert site_metrics.count_label_checks(conn) == 4
        assert figures(engine)[0] == raw, "counting again counts afresh, not twice"
    finally:
        engine.dispose()
