"""The one typed event catalogue (see `station.events.base`).

Every module that declares events is listed in `_MODULES`; `catalogue()`, `parse()` and
`payload_type()` import them all first, so the registry is complete whoever asks."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from station.events import base
from station.events.base import (
    EventPayload,
    Part,
    UnknownEventTypeError,
    ValidationError,
    WrongEventTypeError,
    registered,
)

# Every module that declares event types. Keep the list sorted.
_MODULES: tuple[str, ...] = (
    "station.events.carriers",
    "station.events.exceptions",
    "station.events.handover",
    "station.events.kits",
    "station.events.materials",
    "station.events.pack",
    "station.events.photos",
    "station.events.printing",
    "station.events.returns",
    "station.events.returns_lots",
    "station.events.shipping",
    "station.events.signin",
    "station.events.sortwall",
    "station.events.steps",
)
_loaded = False


def _load() -> None:
    global _loaded  # noqa: PLW0603 (imported once, on first use)
    if not _loaded:
        for module in _MODULES:
            importlib.import_module(module)
        _loaded = True


def catalogue() -> Mapping[str, type[EventPayload]]:
    """Every declared event type by name."""
    _load()
    return registered()


def payload_type(type_name: str) -> type[EventPayload]:
    _load()
    return base.payload_type(type_name)


def parse(type_name: str, data: Mapping[str, Any]) -> EventPayload:
    """The typed payload of a stored or received event; raises `UnknownEventTypeError` or
    pydantic's `ValidationError` with what is wrong."""
    _load()
    return base.parse(type_name, data)


__all__ = ["EventPayload", "Part", "UnknownEventTypeError", "ValidationError",
           "WrongEventTypeError", "catalogue", "parse", "payload_type", "registered"]
