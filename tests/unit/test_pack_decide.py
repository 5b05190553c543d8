"""The pack session's pure decisions, at their edges (no store, no clock)."""

from __future__ import annotations

from datetime import date

from station.pack.decide import (
    DateRefusal,
    date_refusal,
    packed_boxes,
    unweighed_boxes,
    weight_within,
)
from station.pack.state import PackedItem, PackState

TODAY = date(2026, 12, 1)


def test_a_unit_expiring_today_is_not_expired_but_yesterday_is():
    assert date_refusal(date(2026, 11, 30), TODAY, 0) is DateRefusal.EXPIRED
    assert date_refusal(TODAY, TODAY, 0) is None


def test_shelf_life_counts_from_today_and_the_last_day_is_enough():
    assert date_refusal(date(2026, 12, 30), TODAY, 30) is DateRefusal.SHORT_DATED
    assert date_refusal(date(2026, 12, 31), TODAY, 30) is None


def test_a_weight_on_the_tolerance_edge_passes_and_one_gram_more_does_not():
    assert weight_within(1100, 1000, 10)
    assert weight_within(900, 1000, 10)
    assert not weight_within(1101, 1000, 10)
    assert not weight_within(899, 1000, 10)


def _state_with_two_filled_boxes() -> PackState:
    state = PackState("ORD-1", boxes={1: "S", 2: None, 3: "M"})
    state.items["e1"] = PackedItem("e1", 1, "SKU-A", 1, 2, lot="L1")
    state.items["e3"] = PackedItem("e3", 2, "SKU-B", 3, 1, serial="SN9")
    return state


def test_only_filled_unweighed_boxes_need_a_weight_and_only_with_the_check_on():
    state = _state_with_two_filled_boxes()
    assert unweighed_boxes(state, weight_check=True) == [1, 3]
    state.weighed[1] = True
    assert unweighed_boxes(state, weight_check=True) == [3]
    assert unweighed_boxes(state, weight_check=False) == []
    assert unweighed_boxes(None, weight_check=True) == []


def test_a_sealed_order_lists_every_box_in_order_with_what_it_holds():
    boxes = packed_boxes(_state_with_two_filled_boxes())
    assert [(b.box_no, b.box_type, [(u.sku, u.quantity, u.lot, u.serial) for u in b.items])
            for b in boxes] == [(1, "S", [("SKU-A", 2, "L1", None)]), (2, None, []),
                                (3, "M", [("SKU-B", 1, None, "SN9")])]
