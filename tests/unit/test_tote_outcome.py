"""Which outcome of one tote read the packer sees (station.pack.tote_packing): pure, values in,
one outcome out."""

from __future__ import annotations

from station.messages import msg
from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.pack.tote_packing import outcome_to_show


def outcome(kind: Kind, tone: Tone, line_no: int | None = None) -> ScanOutcome:
    return ScanOutcome(kind, tone, msg("Pack", "test"), line_no=line_no)


MATCHED = outcome(Kind.MATCHED, Tone.GOOD, 1)
LINE_DONE = outcome(Kind.LINE_COMPLETE, Tone.DONE, 1)
COMPLETE = outcome(Kind.ORDER_COMPLETE, Tone.DONE)
EXPIRED = outcome(Kind.EXPIRED, Tone.WARN, 2)
LOT = outcome(Kind.LOT_REQUIRED, Tone.INFO, 3)
WRONG = outcome(Kind.WRONG_ITEM, Tone.BAD, 4)


def test_a_read_that_packed_nothing_shows_nothing():
    assert outcome_to_show([]) is None


def test_a_read_that_completed_the_order_shows_the_completion():
    assert outcome_to_show([MATCHED, LINE_DONE, MATCHED, COMPLETE]) is COMPLETE


def test_the_completion_is_shown_even_after_a_unit_that_asked_for_something():
    assert outcome_to_show([LOT, MATCHED, COMPLETE]) is COMPLETE


def test_when_all_went_well_short_of_completion_the_last_outcome_is_shown():
    last = outcome(Kind.MATCHED, Tone.GOOD, 2)
    assert outcome_to_show([MATCHED, LINE_DONE, last]) is last
    assert outcome_to_show([MATCHED, LINE_DONE]) is LINE_DONE


def test_a_refused_unit_is_shown_over_the_units_that_went_in():
    assert outcome_to_show([MATCHED, EXPIRED, MATCHED, LINE_DONE]) is EXPIRED


def test_the_most_severe_outcome_wins_and_the_first_of_equals():
    later_wrong = outcome(Kind.OVER_SCAN, Tone.BAD, 5)
    assert outcome_to_show([LOT, EXPIRED, WRONG, later_wrong, MATCHED]) is WRONG


def test_a_question_is_shown_over_good_news():
    assert outcome_to_show([MATCHED, LOT, LINE_DONE]) is LOT
