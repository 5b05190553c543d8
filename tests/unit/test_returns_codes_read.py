"""The returns bench's codes are read in station/scans.py, as the pack codes are."""

from __future__ import annotations

import pytest

from station.scans import ReturnsCode, ReturnsCodeKind, read_returns_code


@pytest.mark.parametrize(("text", "code"), [
    ("ANS:YES", ReturnsCode(ReturnsCodeKind.ANSWER, "YES")),
    ("ans:full", ReturnsCode(ReturnsCodeKind.ANSWER, "FULL")),
    ("GRADE:B", ReturnsCode(ReturnsCodeKind.GRADE, "B")),
    ("WHY:HIDDEN_DAMAGE", ReturnsCode(ReturnsCodeKind.WHY, "HIDDEN_DAMAGE")),
    ("RET:PHOTO", ReturnsCode(ReturnsCodeKind.PHOTO)),
])
def test_returns_codes_are_read_with_their_value(text, code):
    assert read_returns_code(text) == code


@pytest.mark.parametrize("text", ["RET:PHOTOS", "ORD-100012", "CMD:OK", "BADGE:I-2001", ""])
def test_other_reads_are_not_returns_codes(text):
    assert read_returns_code(text) is None
