"""Fitting label text into its box with the embedded font's real widths: lines never run
past the box, a number and its counter (3205号室) stay on one line, closing marks never
start a line, and what cannot fit is reported rather than cut."""

from __future__ import annotations

import pytest

from printing.documents import text_fit

ADDRESS = "東京都江東区豊洲三丁目2番20号 豊洲ベイサイドクロスタワー、レジデンス棟 3205号室"


@pytest.mark.parametrize("width", range(20, 100, 7))
def test_wrapped_lines_fit_the_width_and_keep_every_character(width):
    lines = text_fit.wrap(ADDRESS, width, 4.0)
    assert all(text_fit.width_mm(line, 4.0) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == ADDRESS.replace(" ", "")
    assert any("3205号室" in line for line in lines)
    assert not any(line.startswith(("、", "号", "室")) for line in lines)


def test_a_word_longer_than_the_line_is_split_rather_than_run_over():
    lines = text_fit.wrap("0123456789" * 6, 20, 4.0)
    assert len(lines) > 1
    assert all(text_fit.width_mm(line, 4.0) <= 20 for line in lines)


def test_the_largest_size_that_fits_wins_and_nothing_fits_an_impossible_box():
    roomy = text_fit.fit("山田 花子 様", 90, 10, 7.0, 3.0)
    assert roomy is not None
    assert roomy.size == 7.0
    assert roomy.lines == ("山田 花子 様",)
    tight = text_fit.fit(ADDRESS, 90, 8, 4.6, 2.4)
    assert tight is not None
    assert 2.4 <= tight.size < 4.6
    assert tight.height <= 8
    assert text_fit.fit(ADDRESS * 10, 90, 8, 4.6, 2.4) is None
