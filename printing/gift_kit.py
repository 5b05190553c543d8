"""The `[gift]` table of a brand kit (kit.toml): what a gift parcel gets from the brand.

    [gift]
    slip = "no_prices"     # no_prices: the packing slip without prices; none: no slip at all
    [gift.ja]
    heading = "ギフトメッセージ"
    closing = "KAZEより心をこめて"
    [gift.en]
    heading = "A gift for you"
    closing = "Sent with care by KAZE"

A missing table gives the defaults; a bad value is a problem named like the kit's other
problems, and the default is used (the gift still ships without prices)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from printing.brandkit import KIT_FILE, LANGUAGES
from station.messages import Message, msg

SlipChoice = Literal["no_prices", "none"]
SLIP_CHOICES: tuple[SlipChoice, ...] = ("no_prices", "none")
MAX_LINE = 200
_DEFAULT_TEXT = {"ja": {"heading": "ギフトメッセージ", "closing": ""},
                 "en": {"heading": "A gift for you", "closing": ""}}


@dataclass(frozen=True)
class GiftKit:
    slip: SlipChoice = "no_prices"
    text: dict[str, dict[str, str]] = field(default_factory=lambda: {
        language: dict(words) for language, words in _DEFAULT_TEXT.items()})
    problems: tuple[Message, ...] = ()

    def words(self, language: str) -> dict[str, str]:
        return self.text.get(language, self.text["en"])


def _problem(brand: str, where: str, reason: str) -> Message:
    return msg("Brand kit", "Brand kit {brand}, {field}: {reason}. The default is used.",
               brand=brand, field=where, reason=reason)


def load(folder: Path, brand: str) -> GiftKit:
    try:
        with (folder / KIT_FILE).open("rb") as handle:
            raw = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return GiftKit()  # the insert reports the kit file's own problems
    table = raw.get("gift", {})
    if not isinstance(table, dict):
        return GiftKit(problems=(_problem(brand, "[gift]", "must be a table"),))
    problems: list[Message] = []
    slip: Any = table.get("slip", "no_prices")
    if slip not in SLIP_CHOICES:
        problems.append(_problem(brand, "gift.slip", f"{slip!r} is not no_prices or none"))
        slip = "no_prices"
    text = {language: dict(words) for language, words in _DEFAULT_TEXT.items()}
    for language in LANGUAGES:
        words = table.get(language, {})
        for key in ("heading", "closing"):
            value = words.get(key) if isinstance(words, dict) else None
            if value is None:
                continue
            if not isinstance(value, str) or len(value) > MAX_LINE:
                problems.append(_problem(brand, f"gift.{language}.{key}",
                                         f"must be text of at most {MAX_LINE} characters"))
                continue
            text[language][key] = value
    return GiftKit(slip, text, tuple(problems))
