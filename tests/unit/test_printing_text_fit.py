"""Fitting one line of text: kept when it fits, shrunk down to its smallest size, then cut
with an ellipsis at the longest prefix that fits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from printing.text_fit import ELLIPSIS, clip, fit_line, fit_lines


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


def test_a_line_too_long_for_one_line_wraps_at_full_size_before_it_shrinks():
    lines, size = fit_lines("aaaa bbbb cccc", monospace, 100, 10)
    assert (lines, size) == (["aaaa bbbb", "cccc"], 10)


def test_a_line_too_long_for_two_lines_wraps_smaller_and_cuts_the_second():
    lines, size = fit_lines("x" * 100, monospace, 100, 10, min_size=5)
    assert size == 5
    assert lines == ["x" * 20, "x" * 19 + ELLIPSIS]


@given(text=st.text(max_size=300), width=st.floats(5, 500), size=st.floats(1, 20))
def test_whatever_the_text_every_wrapped_line_fits(text, width, size):
    lines, fitted = fit_lines(text, monospace, width, size)
    assert 1 <= len(lines) <= 2
    assert all(monospace(line, fitted) <= width + 1e-6 for line in lines)
