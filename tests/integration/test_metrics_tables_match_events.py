"""Property: the tables the journal trigger keeps give exactly the figures of counting the raw
events (the reference definitions), whatever the journal: random orders, gaps, clock jumps."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.metrics import definitions as d
from station.metrics.synthetic import Script
from station.pack import events as ev
from station.store import open_store
from tests.metrics_support import at, both, day_tally

KINDS = [ev.ORDER_OPENED, ev.ITEM_PACKED, ev.ITEM_PACKED, ev.WRONG_ITEM_SCANNED,
         ev.OVER_SCANNED, ev.ORDER_PACKED, ev.EXCEPTION_REPORTED, ev.BOX_CHOSEN,
         ev.SIGNED_IN, d.RETURN_RECEIVED, d.RETURN_GRADED, d.ITEM_DISPOSITIONED,
         d.PRINT_JOB_FAILED, ev.PACKING_STOPPED]

event = st.tuples(
    st.sampled_from(KINDS),
    st.integers(min_value=-900, max_value=1200),   # seconds since the previous event
    st.sampled_from(["P-1", "P-2", None]),
    st.sampled_from(["A", "B", "C"]),               # the order or RMA
    st.sampled_from(["KAZE", "HANA"]),
    st.integers(min_value=0, max_value=5),          # units, or a reason / grade index
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(event, max_size=40), st.sampled_from([None, "KAZE", "HANA"]))
def test_kept_tables_and_raw_events_give_the_same_figures(events, brand):
    store = open_store(None)
    try:
        script = Script(store.conn, "PACK-01")
        when = at(9, 0)
        for kind, gap, user, subject, brand_of, number in events:
            when += timedelta(seconds=gap, milliseconds=number * 7)
            payload = {"brand": brand_of, "units": number,
                       "reason": ["SHORT", "DAMAGED", "OTHER"][number % 3],
                       "grade": "ABC"[number % 3],
                       "disposition": ["restock", "recycle"][number % 2]}
            script.event(kind, when, user, subject, **payload)
        ways = both(store.conn)
        tables, raw = ways["tables"], ways["raw"]
        assert day_tally(tables, brand=brand) == day_tally(raw, brand=brand)
        since, until = at(0, 0), at(0, 0) + timedelta(days=7)
        assert tables.open_exceptions(since, until, brand) == raw.open_exceptions(
            since, until, brand)
        assert tables.packed(at(8, 0), at(20, 0), brand) == raw.packed(at(8, 0), at(20, 0),
                                                                       brand)
    finally:
        store.close()
