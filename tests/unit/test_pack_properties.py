"""Property-based: whatever a packer scans, in whatever order, the rules hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station import journal
from station.clock import FixedClock
from station.core import open_core
from station.pack.outcomes import Kind
from station.pack.state import rebuild
from station.settings import load
from tests.support import scan

ORDER_ID = "ORD-100058"  # four apparel lines, one of six units (quantity prompts)

# What a packer might do: scan one of the order's items, a stranger, a command, a quantity.
ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("item"), st.integers(0, 9)),
        st.tuples(st.just("stranger"), st.integers(0, 3)),
        st.tuples(st.just("command"), st.sampled_from(
            ["CMD:UNDO", "CMD:OK", "CMD:NEWBOX", "CMD:COMPLETE", "CMD:CANCEL"])),
        st.tuples(st.just("quantity"), st.integers(1, 8)),
        st.tuples(st.just("garbage"), st.text(max_size=30)),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=ACTIONS)
def test_packed_never_exceeds_ordered_and_the_journal_rebuilds_the_state(actions, tmp_path_factory):
    settings_ = load(None, data_dir=tmp_path_factory.mktemp("d"), environ={})
    core = open_core(settings_, FixedClock(), in_memory=True)
    try:
        scan(core, "BADGE:P-1001")
        order = core.catalogue.order(ORDER_ID)  # type: ignore[arg-type]
        assert order is not None
        strangers = [p for p in core.catalogue.products() if order.line_for(p.sku) is None][:4]
        scan(core, ORDER_ID)
        for kind, value in actions:
            if core.pack.order is None:
                break
            if kind == "item":
                line = order.lines[value % len(order.lines)]
                text = line.product.gtin[1:]
            elif kind == "stranger":
                text = strangers[value].gtin[1:]
            elif kind == "quantity":
                text = f"QTY:{value}"
            else:
                text = str(value)
            before = dict(core.pack.state.packed_by_line)
            outcome = scan(core, text)
            if core.pack.state is None:
                assert outcome.kind in {Kind.ORDER_COMPLETE}
                break
            for line in order.lines:
                packed = core.pack.state.packed(line.line_no)
                assert 0 <= packed <= line.quantity
                if packed > before.get(line.line_no, 0):
                    assert outcome.kind in {Kind.MATCHED, Kind.LINE_COMPLETE,
                                            Kind.ALL_ITEMS_PACKED}
        if core.pack.state is not None:
            events = journal.for_subject(core.store.conn, ORDER_ID)
            assert rebuild(ORDER_ID, events).snapshot() == core.pack.state.snapshot()
    finally:
        core.close()
