"""The hub's site aggregate counts the sort wall as the station does (issue 14): units sorted,
strays, sort exceptions and batches closed per station and badge, undone sorts taken back,
under no brand; the same from the aggregate as from the raw events; and a hub that held sort
events before revision 0005 has them counted once by it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert

from station.clock import iso
from station.events.sortwall import (
    BatchClosed,
    ItemSorted,
    SortExceptionReported,
    SortUndone,
    StrayItemScanned,
)
from station.metrics import synthetic as sy
from sync.hub import migrate, site_metrics
from sync.hub.db import open_hub_db
from sync.hub.schema import events, site_metrics_category
from tests.integration.test_hub_label_checks import SITE, figures
from tests.metrics_support import at

SORTED, STRAY = ItemSorted.TYPE, StrayItemScanned.TYPE


def sort_day() -> list[dict[str, object]]:
    """PACK-01: P-1 sorts three units of batch B-1 (one undone), a stray (undone) and another
    stray, closes it with one short order; packs a KAZE order. PACK-02: P-2 sorts one unit
    and closes batch B-2."""
    def item(batch: str) -> ItemSorted:
        return ItemSorted(batch_id=batch, slot=1, order_id="ORD-1", sku="S", gtin="G",
                          source="wedge")

    def closed(batch: str) -> BatchClosed:
        return BatchClosed(batch_id=batch, sorted_units=2, missing_units=1, leftover_units=1)

    days = {
        ("PACK-01", "P-1", at(9, 0)): [
            item("B-1"), item("B-1"), item("B-1"),
            SortUndone(batch_id="B-1", undone_event="E-3", undone_type=SORTED),
            StrayItemScanned(batch_id="B-1", code="C"),
            SortUndone(batch_id="B-1", undone_event="E-5", undone_type=STRAY),
            StrayItemScanned(batch_id="B-1", code="C"),
            SortExceptionReported(batch_id="B-1", reason="SHORT", order_id="ORD-1",
                                  slot=1, missing_units=1),
            SortExceptionReported(batch_id="B-1", reason="LEFTOVER"),
            closed("B-1"),
            sy.opened_order("ORD-9", "KAZE"), sy.packed_item("ORD-9"),
            sy.packed_order("ORD-9", 1)],
        ("PACK-02", "P-2", at(10, 0)): [item("B-2"), closed("B-2")],
    }
    rows: list[dict[str, object]] = []
    for (station, user, start), payloads in days.items():
        for seq, payload in enumerate(payloads, 1):
            subject = getattr(payload, "batch_id", None) or getattr(payload, "order_id", None)
            rows.append({"id": f"{station}-{seq}", "seq": seq,
                         "ts": iso(start + timedelta(seconds=20 * seq)), "station": station,
                         "user": user, "type": payload.TYPE, "subject": subject,
                         "payload": json.dumps(payload.to_payload(), separators=(",", ":")),
                         "site": SITE, "received_at": datetime.now(UTC)})
    return rows


def by_key(throughputs):
    return {figure.key: dict(figure.sorting) for figure in throughputs}


def test_ingest_counts_the_sort_wall_as_the_raw_events_do(tmp_path):
    engine = open_hub_db(str(tmp_path / "hub.sqlite3"))
    try:
        rows = sort_day()
        with engine.begin() as conn:
            conn.execute(insert(events), rows)
            site_metrics.record(conn, rows)
        for brand in (None, "KAZE"):
            kept, raw = figures(engine, brand)
            assert kept == raw, brand
        kept, _ = figures(engine)
        assert dict(kept.site.sorting) == {"sorted": 3, "strays": 1, "exceptions": 2,
                                           "batches": 2}
        assert by_key(kept.stations) == {
            "PACK-01": {"sorted": 2, "strays": 1, "exceptions": 2, "batches": 1},
            "PACK-02": {"sorted": 1, "batches": 1}}
        assert by_key(kept.packers) == {
            "P-1": {"sorted": 2, "strays": 1, "exceptions": 2, "batches": 1},
            "P-2": {"sorted": 1, "batches": 1}}
        # A batch mixes brands: the sort wall counts under none.
        assert figures(engine, "KAZE")[0].site.sorting == ()
    finally:
        engine.dispose()


def test_revision_0005_counts_the_sort_events_held_before_it_once(tmp_path):
    engine = open_hub_db(str(tmp_path / "hub.sqlite3"), create=False)
    try:
        migrate.upgrade(engine, "0004")
        rows = sort_day()
        with engine.begin() as conn:
            conn.execute(insert(events), rows)
            site_metrics.record(conn, rows)
            # As the aggregate was at 0004: nothing counted for the sort wall.
            conn.execute(delete(site_metrics_category).where(
                site_metrics_category.c.kind == "sort"))
        assert figures(engine)[0].site.sorting == ()
        assert migrate.upgrade(engine).after == migrate.head() == "0005"
        kept, raw = figures(engine)
        assert kept == raw
        assert dict(kept.site.sorting)["sorted"] == 3
        with engine.begin() as conn:
            assert site_metrics.count_sort_events(conn) == 12
        assert figures(engine)[0] == raw, "counting again counts afresh, not twice"
    finally:
        engine.dispose()
