"""Where Japanese text may break: between phrases (文節), never inside a word.

Japanese has no spaces, so a wrapping label or document breaks it anywhere: "スキャ｜ン。".
BudouX (a small machine-learned segmenter, Apache-2.0, pure Python) finds the phrase
boundaries; `phrases()` gives them to wrapping code that measures text itself (documents),
and `keep_phrases()` marks them for a layout engine that follows Unicode line breaking (Qt):
a word joiner (U+2060) between the characters of a phrase forbids a break there, a zero-width
space (U+200B) between phrases allows one. Both are invisible. Text without Japanese is left
as it is."""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

WORD_JOINER = "\u2060"
BREAK = "\u200b"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


class _Parser(Protocol):
    def parse(self, sentence: str) -> list[str]: ...


@cache
def _parser() -> _Parser:
    import budoux  # here: only Japanese text needs it

    parser: _Parser = budoux.load_default_japanese_parser()
    return parser


def phrases(text: str) -> list[str]:
    """`text` cut at its phrase boundaries (joined, they are `text` again)."""
    if not _JAPANESE.search(text):
        return [text] if text else []
    return [part for line in _lines(text) for part in _parser().parse(line) if part]


def keep_phrases(text: str) -> str:
    """`text` with its Japanese phrases held together for a Unicode line breaker."""
    if not _JAPANESE.search(text) or WORD_JOINER in text:
        return text
    return BREAK.join(_joined(phrase) for phrase in phrases(text))


def plain(text: str) -> str:
    """`text` without the marks `keep_phrases` added."""
    return text.replace(WORD_JOINER, "").replace(BREAK, "")


def _lines(text: str) -> list[str]:
    """Line breaks kept as parts of their own (BudouX takes one line at a time)."""
    return [part for part in re.split(r"(\n)", text) if part]


def _joined(phrase: str) -> str:
    """Joiners between the characters of a phrase, but not beside a space or a line break,
    where a break stays allowed."""
    out: list[str] = []
    for index, char in enumerate(phrase):
        if index and not char.isspace() and not phrase[index - 1].isspace():
            out.append(WORD_JOINER)
        out.append(char)
    return "".join(out)
