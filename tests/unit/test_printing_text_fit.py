"""Fitting one line of text: kept when it fits, shrunk down to its smallest size, then cut
with an ellipsis at the longest prefix that fits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from printing.text_fit import ELLIPSIS, clip, fit_line


def monospace(text: str, size: float) -> float:
    return len(text) * size


def test_a_line_that_fits_is_kept_at_its_size():
    assert fit_line("abc", monospace, 30, 10) == ("abc", 10)


def test_a_slightly_long_line_is_shrunk_instead_of_cut():
    assert fit_line("abcd", monospace, 32, 10) == ("abcd", 8)


def test_a_long_line_is_cut_with_an_ellipsis_at_the_smallest_size():
    text, size = fit_line("x" * 5000, monospace, 100, 10, min_size=5)
    assert size == 5
    assert text == "x" * 19 + ELLIPSIS


@given(text=st.text(max_size=300), width=st.floats(1, 500), size=st.floats(1, 20))
def test_whatever_the_text_the_line_fits(text, width, size):
    fitted, fitted_size = fit_line(text, monospace, width, size)
    assert monospace(fitted, fitted_size) <= width + 1e-6
    assert fitted == text or fitted.endswith(ELLIPSIS) or fitted == ""


def test_clip_keeps_short_text_and_cuts_long_text_to_its_limit():
    assert clip("short", 10) == "short"
    assert clip("x" * 20, 10) == "x" * 9 + ELLIPSIS
