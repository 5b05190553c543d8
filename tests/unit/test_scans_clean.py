"""What a scan says is read the same however the keyboard typed it."""

from __future__ import annotations

from station.scans import clean, read_plain


def test_full_width_input_is_normalised_before_it_is_read():
    assert clean("ＯＲＤ－１０００１２") == "ORD-100012"
    assert read_plain("ＢＡＤＧＥ：Ｐ－１００１").badge == "P-1001"


def test_the_gs1_separator_survives_normalisation():
    assert clean("0104912345678904\x1d10LOT1") == "0104912345678904\x1d10LOT1"
