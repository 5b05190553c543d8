"""User-visible text as values, translated where it is shown.

The core never formats text for a person. It returns a `Message`: a Qt-style context, the
English source text with `{named}` fields, and the values. The Qt UI translates it with
`QCoreApplication.translate` from compiled `.qm` files; documents and command-line tools, which
have no Qt, translate it with `Catalogue`, which reads the same Qt Linguist `.ts` files. One
catalogue, two readers.

`msg` is registered with `pyside6-lupdate` as an alias of QT_TRANSLATE_NOOP (see `dev i18n`),
so every string written with it is extracted for translators.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
LANGUAGES = ("en", "ja")

Translate = Callable[[str, str], str]
"""Looks up the translation of (context, source text); the source text when there is none."""


@dataclass(frozen=True)
class Localized:
    """A field value that exists in several languages, such as a product name."""

    en: str
    ja: str = ""

    def text(self, language: str) -> str:
        return self.ja if language == "ja" and self.ja else self.en

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    params: tuple[tuple[str, Any], ...] = field(default=())

    def render(self, template: str | None = None, language: str = "en",
               translate: Translate | None = None) -> str:
        """Fill the fields of `template` (the translated text) or of the source text. Fields
        that are messages themselves are translated with `translate` (every reader passes
        its own: the Qt UI, the document catalogue), so the whole sentence is in one
        language."""
        values = {key: _render_value(value, language, translate) for key, value in self.params}
        source = template if template is not None else self.text
        try:
            return source.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken field must not hide the message: fall back to English.
            return self.text.format(**values)

    def __str__(self) -> str:
        return self.render()


def _render_value(value: Any, language: str, translate: Translate | None) -> Any:
    if isinstance(value, Message):
        template = translate(value.context, value.text) if translate is not None else None
        return value.render(template, language, translate)
    if isinstance(value, Localized):
        return value.text(language)
    return value


def msg(context: str, text: str, **params: Any) -> Message:
    """Mark `text` for translation in `context`; fields are filled when it is shown."""
    return Message(context, text, tuple(params.items()))


def counted(count: int, one: Message, many: Message) -> Message:
    """The message for `count` things: English says "1 event" but "2 events". Both forms are
    written with `msg` (so both are extracted); Japanese translates them alike."""
    return one if count == 1 else many


class Catalogue:
    """Translations for one language, read from every `*_<lang>.ts` file in a folder."""

    def __init__(self, language: str, folder: Path = TRANSLATIONS_DIR) -> None:
        self.language = language
        self._entries: dict[tuple[str, str], str] = {}
        if language != "en":
            for path in sorted(folder.glob(f"*_{language}.ts")):
                self._entries.update(_read_ts(path))

    def translate(self, context: str, text: str) -> str:
        return self._entries.get((context, text), text)

    def render(self, message: Message) -> str:
        return message.render(self.translate(message.context, message.text), self.language,
                              self.translate)

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self._entries


@cache
def catalogue(language: str) -> Catalogue:
    return Catalogue(language)


def _read_ts(path: Path) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            entries[(name, source)] = translation.text
    return entries
