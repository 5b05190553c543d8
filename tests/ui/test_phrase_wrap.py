"""Wrapped Japanese labels break between phrases, not inside words ("スキャ｜ン。"): the lines
Qt lays out for the pack banner's text, at many widths, never split a known word."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout, QTextOption

from station.phrases import plain
from ui.pack.screen import PackScreen

SENTENCE = "商品のバーコードをスキャンしてください。次の商品をスキャンしてください。"


def _lines(text: str, font, width: int) -> list[str]:
    """The lines of `text` as a word-wrapping QLabel lays them out at `width`."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(plain(text[line.textStart():line.textStart() + line.textLength()]))
    layout.endLayout()
    return lines


def _split_words(lines: list[str]) -> list[str]:
    """The words of SENTENCE that a break between `lines` falls inside."""
    cuts = [sum(len(line) for line in lines[:index]) for index in range(1, len(lines))]
    split = []
    for word in ("スキャン", "バーコード", "ください"):
        start = SENTENCE.find(word)
        while start != -1:
            split += [word for cut in cuts if start < cut < start + len(word)]
            start = SENTENCE.find(word, start + 1)
    return split


def test_the_pack_banner_never_breaks_inside_a_word(core, qtbot):
    screen = PackScreen(core, None, language="ja")
    qtbot.addWidget(screen)
    screen.banner.setText(SENTENCE)
    assert screen.banner.text() == SENTENCE  # what it says, without the marks
    font = screen.banner.font()
    for width in range(140, 700, 7):
        lines = _lines(screen.banner.shown_text(), font, width)
        assert "".join(lines) == SENTENCE
        assert _split_words(lines) == [], (width, lines)


def test_unmarked_text_did_break_inside_a_word(core, qtbot):
    """The check above can fail: plain Japanese text breaks inside スキャン at some width."""
    screen = PackScreen(core, None, language="ja")
    qtbot.addWidget(screen)
    font = screen.banner.font()
    assert any(_split_words(_lines(SENTENCE, font, width)) for width in range(140, 700, 7))
