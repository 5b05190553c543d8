"""Translating returns messages whose fields are messages themselves (a disposition's name, a
policy problem), so the whole sentence appears in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from station.messages import Message
from ui import i18n


def ui_language() -> str:
    """The language the UI is shown in ("en", "ja"), as `ui.i18n.Translations` set it."""
    return QLocale().name().split("_")[0]


def tr(message: Message) -> str:
    params = tuple((key, tr(value) if isinstance(value, Message) else value)
                   for key, value in message.params)
    return i18n.tr(Message(message.context, message.text, params))
