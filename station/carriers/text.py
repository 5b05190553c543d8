"""Counting and converting text the way Japanese carriers' systems do.

B2クラウド counts a field's length in full-width characters: a half-width character counts as
half. Kana fields want half-width katakana (ﾔﾏﾀﾞ ﾀﾛｳ)."""

from __future__ import annotations

import unicodedata
from functools import cache

_HALF_KANA = ("ｧｱｨｲｩｳｪｴｫｵｶｶﾞｷｷﾞｸｸﾞｹｹﾞｺｺﾞｻｻﾞｼｼﾞｽｽﾞｾｾﾞｿｿﾞﾀﾀﾞﾁﾁﾞｯﾂﾂﾞﾃﾃﾞﾄﾄﾞﾅﾆﾇﾈﾉﾊﾊﾞﾊﾟﾋﾋﾞﾋﾟ"
              "ﾌﾌﾞﾌﾟﾍﾍﾞﾍﾟﾎﾎﾞﾎﾟﾏﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜﾜｦﾝｳﾞｰ")
_FULL_KANA = ("ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデト"
              "ドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮ"
              "ワヲンヴー")


def _pairs() -> dict[str, str]:
    table: dict[str, str] = {}
    index = 0
    for full in _FULL_KANA:
        half = _HALF_KANA[index]
        if index + 1 < len(_HALF_KANA) and _HALF_KANA[index + 1] in "ﾞﾟ":
            half += _HALF_KANA[index + 1]
            index += 1
        index += 1
        table.setdefault(full, half)
    return table


_TO_HALF = _pairs()


@cache
def char_width(ch: str) -> float:
    """One character as B2 counts it: full-width 1, half-width 0.5."""
    return 1.0 if unicodedata.east_asian_width(ch) in "FWA" else 0.5


def width_units(text: str) -> float:
    """The length as B2 counts it: full-width characters 1, half-width ones 0.5."""
    return sum(map(char_width, text))


def to_half_width_kana(text: str) -> str:
    """Katakana and hiragana as half-width katakana; other characters unchanged (a full-width
    space becomes a half-width one)."""
    out = []
    for ch in text:
        kata = chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch
        out.append(" " if kata == "\u3000" else _TO_HALF.get(kata, kata))
    return "".join(out)


def is_half_width_kana(text: str) -> bool:
    """Only half-width katakana, ASCII letters, digits and spaces."""
    return all(ch.isascii() or "\uff61" <= ch <= "\uff9f" for ch in text)
