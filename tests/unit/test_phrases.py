"""Japanese breaks between phrases, never inside a word (issue 13 item 10: "スキャ｜ン。")."""

from __future__ import annotations

import pytest

from printing.text_fit import fit_lines
from station.phrases import BREAK, WORD_JOINER, keep_phrases, phrases, plain

SENTENCE = "商品のバーコードをスキャンしてください。次の商品をスキャンしてください。"
WORDS = ("スキャン", "バーコード", "商品", "ください")


def _inside_a_word(text: str, cut: int) -> bool:
    """Whether cutting `text` at `cut` splits one of WORDS."""
    for word in WORDS:
        start = text.find(word)
        while start != -1:
            if start < cut < start + len(word):
                return True
            start = text.find(word, start + 1)
    return False


def test_phrases_put_the_text_back_together_and_keep_words_whole():
    parts = phrases(SENTENCE)
    assert "".join(parts) == SENTENCE
    cuts = [sum(len(part) for part in parts[:index]) for index in range(1, len(parts))]
    assert cuts
    assert not any(_inside_a_word(SENTENCE, cut) for cut in cuts)


def test_marked_text_breaks_only_between_phrases_and_reads_the_same():
    marked = keep_phrases(SENTENCE)
    assert plain(marked) == SENTENCE
    for phrase in marked.split(BREAK):
        assert phrase.count(WORD_JOINER) == len(plain(phrase)) - 1


def test_text_without_japanese_is_left_alone():
    assert keep_phrases("Scan the next item.") == "Scan the next item."
    assert phrases("Scan the next item.") == ["Scan the next item."]


@pytest.mark.parametrize("width", range(len("スキャンしてください。"), 36))
def test_a_wrapped_document_line_never_breaks_inside_a_word(width):
    """Down to the width of the longest phrase (a longer one must break somewhere)."""
    lines, _size = fit_lines(SENTENCE, lambda text, size: len(text) * size, width * 10.0, 10.0,
                             max_lines=8, min_size=10.0)
    assert "".join(lines) == SENTENCE
    cuts = [sum(len(line) for line in lines[:index]) for index in range(1, len(lines))]
    assert not any(_inside_a_word(SENTENCE, cut) for cut in cuts), lines
