"""Which slot an item goes to, decided over a wall state built in memory (no I/O)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from station.events import sortwall as ev
from station.journal import Event, event_of
from station.sortwall.batches import Batch, BatchOrder, check_batch
from station.sortwall.decide import Verdict, place, shortfalls
from station.sortwall.wall import SlotStatus, WallState


def wall(slots: int, *orders: tuple[str, int, str | None, dict[str, int]]) -> WallState:
    batch = Batch("B", slots, ("T",), tuple(BatchOrder(order_id, priority, cutoff)
                                            for order_id, priority, cutoff, _ in orders))
    return WallState(batch, {order_id: Counter(need) for order_id, _, _, need in orders})


def sort(state: WallState, sku: str) -> tuple[str | None, int | None]:
    placement = place(state, sku)
    if placement.verdict is Verdict.SORT:
        assert placement.order_id is not None
        assert placement.slot is not None
        state.apply(_event(ev.ItemSorted(batch_id="B", slot=placement.slot,
                                         order_id=placement.order_id, sku=sku, gtin="0",
                                         source="wedge")))
    return placement.order_id, placement.slot


def _event(payload: ev.BatchEvent) -> Event:
    return event_of(payload, station="S", user="U", at=datetime(2026, 12, 1, tzinfo=UTC),
                    subject=payload.batch_id)


def test_priority_first_then_the_earlier_cut_off_then_the_batch_order():
    state = wall(4, ("late", 5, "2026-12-01T08:00:00+00:00", {"A": 1}),
                 ("urgent-late", 1, "2026-12-01T09:00:00+00:00", {"A": 1}),
                 ("urgent-early", 1, "2026-12-01T06:00:00+00:00", {"A": 1}),
                 ("no-cutoff", 1, None, {"A": 1}))
    assert [sort(state, "A")[0] for _ in range(4)] == [
        "urgent-early", "urgent-late", "no-cutoff", "late"]
    assert place(state, "A").verdict is Verdict.STRAY


def test_an_order_keeps_its_slot_and_a_full_wall_waits_for_a_packed_slot():
    state = wall(1, ("first", 5, None, {"A": 1, "B": 1}), ("second", 5, None, {"A": 1}))
    assert sort(state, "A") == ("first", 1)
    assert place(state, "A").verdict is Verdict.WALL_FULL
    assert sort(state, "B") == ("first", 1)
    assert state.status(1).status is SlotStatus.COMPLETE
    state.apply(_event(ev.SlotEmptied(batch_id="B", slot=1, order_id="first", units=2,
                                      reverify=False)))
    assert state.status(1).status is SlotStatus.PACKED
    assert sort(state, "A") == ("second", 1)


def test_a_blocked_order_gets_nothing_and_short_orders_are_named_with_their_slot():
    state = wall(3, ("held", 1, None, {"A": 1}), ("open", 5, None, {"A": 2}),
                 ("untouched", 5, None, {"C": 1}))
    state.blocked.add("held")
    assert sort(state, "A") == ("open", 1)
    assert [(s.order_id, s.slot, s.missing_units) for s in shortfalls(state)] == [
        ("open", 1, 1), ("untouched", None, 1)]


def test_a_batch_record_is_checked_before_it_is_kept():
    good, problems = check_batch({"id": "B", "slots": 2, "totes": ["T"], "orders": [
        {"order_id": "O", "cutoff": "2026-12-01T15:00:00+09:00"}]})
    assert problems == []
    assert good is not None
    assert good["orders"][0] == {"order_id": "O", "priority": 5,
                                 "cutoff": "2026-12-01T06:00:00+00:00"}
    for bad in ({"slots": 0}, {"totes": []}, {"orders": [{"order_id": "O"}] * 2},
                {"orders": [{"order_id": "O", "cutoff": "2026-12-01T15:00:00"}]}):
        assert check_batch({"id": "B", "slots": 2, "totes": ["T"],
                            "orders": [{"order_id": "O"}]} | bad)[0] is None


def test_undo_takes_a_unit_back_and_a_first_unit_gives_the_slot_back():
    state = wall(1, ("first", 5, None, {"A": 1}), ("second", 5, None, {"B": 1}))
    sort(state, "A")
    state.apply(_event(ev.SlotEmptied(batch_id="B", slot=1, order_id="first", units=1,
                                      reverify=False)))
    assert sort(state, "B") == ("second", 1)
    (last,) = state.undo_stack
    state.apply(_event(ev.SortUndone(batch_id="B", undone_event=last.event_id,
                                     undone_type=last.type)))
    # Slot 1 holds the packed order again, free for the next; "second" has no slot.
    assert state.status(1).status is SlotStatus.PACKED
    assert "second" not in state.slot_of
    assert state.undo_stack == []
    assert sort(state, "B") == ("second", 1)
