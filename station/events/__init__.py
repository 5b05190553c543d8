"""The one typed event catalogue (see `station.events.base`).

`catalogue()` imports every module that declares events, so the registry is complete; add a
new module's import there when you add one."""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from station.events.base import (
    EventPayload,
    UnknownEventTypeError,
    ValidationError,
    parse,
    payload_type,
    registered,
)

# Every module that declares event types. Keep the list sorted.
_MODULES: tuple[str, ...] = (
    "station.events.carriers",
)


def catalogue() -> Mapping[str, type[EventPayload]]:
    """Every declared event type by name."""
    for module in _MODULES:
        importlib.import_module(module)
    return registered()


__all__ = ["EventPayload", "UnknownEventTypeError", "ValidationError", "catalogue", "parse",
           "payload_type", "registered"]
