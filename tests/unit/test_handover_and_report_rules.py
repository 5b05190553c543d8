"""Pure rules of the hand-over split and the exception report (no store, no clock)."""

from __future__ import annotations

from station.events.pack import PackerUnits
from station.pack.exception_report import Draft, ExceptionReports
from station.pack.handover import shares
from station.pack.state import PackedItem, PackState
from station.scans import ExceptionReason


def state_with(*items: tuple[str, int, str | None]) -> PackState:
    state = PackState("ORD-1")
    for index, (sku, quantity, user) in enumerate(items):
        state.items[f"e{index}"] = PackedItem(f"e{index}", 1, sku, 1, quantity, user=user)
    return state


def test_one_packer_who_seals_writes_no_split():
    assert shares(state_with(("S", 2, "P-1"), ("T", 1, "P-1")), "P-1") == ()


def test_units_are_split_by_the_badge_that_scanned_them_sorted_by_badge():
    state = state_with(("S", 2, "P-2"), ("T", 1, "P-1"), ("S", 3, "P-2"))
    assert shares(state, "P-2") == (PackerUnits(badge="P-1", units=1),
                                    PackerUnits(badge="P-2", units=5))


def test_a_packer_who_did_not_seal_is_named_even_alone():
    assert shares(state_with(("S", 2, "P-1")), "P-2") == (PackerUnits(badge="P-1", units=2),)


def test_a_unit_without_a_badge_counts_for_the_sealer():
    assert shares(state_with(("S", 1, None), ("T", 1, "P-2")), "P-1") == (
        PackerUnits(badge="P-1", units=1), PackerUnits(badge="P-2", units=1))


def test_what_a_report_still_needs():
    missing = ExceptionReports.missing
    assert missing(Draft()) == "reason"
    assert missing(Draft(ExceptionReason.SHORT)) == "item"
    assert missing(Draft(ExceptionReason.DAMAGED, sku="S")) == "item"     # no quantity yet
    assert missing(Draft(ExceptionReason.DAMAGED, sku="S", quantity=1)) is None
    assert missing(Draft(ExceptionReason.OTHER)) == "note"
    assert missing(Draft(ExceptionReason.OTHER, note="wet")) is None
    assert missing(Draft(ExceptionReason.WRONG_PICK)) is None
