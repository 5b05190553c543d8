"""Property: the aggregate the hub's ingest keeps gives exactly the figures of counting the
raw events (the reference definitions), whatever two stations send and however it is cut into
batches: random orders, gaps, clock jumps, a packer moving between stations, brand changes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, insert

from station.clock import iso
from station.metrics.figures import RawFigures
from station.metrics.source import EventSource
from sync.hub import site_metrics
from sync.hub.db import open_hub_db
from sync.hub.schema import events, metadata
from sync.hub.site_figures import AggregateFigures
from tests.integration.test_metrics_tables_match_events import KINDS
from tests.metrics_support import IDLE, JST, at, day_tally

SITE = "TYO1"
event = st.tuples(
    st.sampled_from(KINDS),
    st.sampled_from(["PACK-01", "PACK-02"]),
    st.integers(min_value=-900, max_value=1200),   # seconds since the station's last event
    st.sampled_from(["P-1", "P-2", None]),
    st.sampled_from(["A", "B", "C"]),               # the order or RMA (each station its own)
    st.sampled_from(["KAZE", "HANA"]),
    st.integers(min_value=0, max_value=5),          # units, or a reason / grade index
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    opened = open_hub_db(str(tmp_path_factory.mktemp("hub") / "hub.sqlite3"))
    yield opened
    opened.dispose()


def ingest_like(engine: Engine, rows: list[dict[str, object]], batch: int) -> None:
    """Each batch stored and counted in one transaction, as ingest does."""
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            if table.name.startswith("site_metrics_") or table is events:
                conn.execute(delete(table))
    for index in range(0, len(rows), batch):
        with engine.begin() as conn:
            chunk = rows[index:index + batch]
            conn.execute(insert(events), chunk)
            site_metrics.record(conn, chunk)


SIGNED_IN, RECEIVED, GRADED = KINDS[8], KINDS[9], KINDS[10]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(event, max_size=40), st.sampled_from([None, "KAZE", "HANA"]),
       st.integers(min_value=1, max_value=8))
# An inspector who only signed in at a packing station counts as packing there (the reference
# lists everyone seen with no returns graded), so their grading time counts too.
@example([(SIGNED_IN, "PACK-02", 0, "P-2", "A", "KAZE", 0),
          (RECEIVED, "PACK-01", 0, "P-2", "B", "KAZE", 0),
          (GRADED, "PACK-01", 60, "P-2", "B", "KAZE", 1)], None, 1)
def test_the_kept_aggregate_and_raw_events_give_the_same_figures(engine, events_, brand,
                                                                  batch):
    clocks = {"PACK-01": at(9, 0), "PACK-02": at(9, 3)}
    seqs = {"PACK-01": 0, "PACK-02": 0}
    rows: list[dict[str, object]] = []
    for kind, station, gap, user, subject, brand_of, number in events_:
        clocks[station] += timedelta(seconds=gap, milliseconds=number * 7)
        seqs[station] += 1
        mine = f"{subject}-{station}"
        payload = kind(mine, brand_of, number)
        rows.append({"id": f"{station}-{seqs[station]}", "seq": seqs[station],
                     "ts": iso(clocks[station]), "station": station, "user": user,
                     "type": payload.TYPE, "subject": mine,
                     "payload": json.dumps(payload.to_payload(), separators=(",", ":")),
                     "site": SITE, "received_at": datetime.now(UTC)})
    ingest_like(engine, rows, batch)

    raw_connection = engine.raw_connection()
    try:
        raw = RawFigures(EventSource(raw_connection, table="events", site=SITE), JST, IDLE)
        with engine.connect() as conn:
            kept = AggregateFigures(conn, SITE, JST)
            assert day_tally(kept, brand=brand) == day_tally(raw, brand=brand)
            since, until = at(0, 0), at(0, 0) + timedelta(days=7)
            assert kept.open_exceptions(since, until, brand) == raw.open_exceptions(
                since, until, brand)
    finally:
        raw_connection.close()
