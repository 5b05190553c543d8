"""The base of the event catalogue: every event type is one frozen pydantic model, declared
once, with its name and version. Writers build the model; readers (the sessions' folds, the
print worker, the metrics trigger's keys, the hub's ingest) parse through the same model, so a
payload that one side can write the other side can read.

A module that declares events subclasses `EventPayload` with a class-level `TYPE` and imports
nothing else from here; `station.events.catalogue()` imports every such module so the registry
is complete before anything is validated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

_REGISTRY: dict[str, type[EventPayload]] = {}
_CONFIG = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
E = TypeVar("E", bound="EventPayload")


class WrongEventTypeError(TypeError):
    """An event read as a type it is not."""


class Part(BaseModel):
    """A value nested in a payload (a box of an OrderPacked, a line of a ReturnReceived)."""

    model_config = _CONFIG


class UnknownEventTypeError(LookupError):
    """An event type that no module of the catalogue declares."""


class EventPayload(BaseModel):
    """One event type's payload. Subclasses set `TYPE` (past tense: what happened) and, when
    the payload's shape changes incompatibly, bump `VERSION`."""

    model_config = _CONFIG

    TYPE: ClassVar[str]
    VERSION: ClassVar[int] = 1
    # What the event's subject names: "order" for the pack flow's events (the hub refuses
    # those naming an order it never had), "rma" for returns, None when it names nothing.
    SUBJECT: ClassVar[str | None] = None

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        name = cls.__dict__.get("TYPE")
        if name is None:
            return
        if name in _REGISTRY and _REGISTRY[name] is not cls:
            raise TypeError(f"event type {name} is declared twice")
        _REGISTRY[name] = cls

    def to_payload(self) -> dict[str, Any]:
        """The JSON object stored in the journal and pushed to the hub."""
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> EventPayload:
        return cls.model_validate(dict(data))

    @classmethod
    def read(cls: type[E], type_name: str, data: Mapping[str, Any]) -> E:
        """A stored event of this type, typed; `WrongEventTypeError` for any other type."""
        if type_name != cls.TYPE:
            raise WrongEventTypeError(f"{type_name} is not {cls.TYPE}")
        return cls.model_validate(dict(data))


def registered() -> Mapping[str, type[EventPayload]]:
    return dict(_REGISTRY)


def payload_type(type_name: str) -> type[EventPayload]:
    try:
        return _REGISTRY[type_name]
    except KeyError:
        raise UnknownEventTypeError(type_name) from None


def parse(type_name: str, data: Mapping[str, Any]) -> EventPayload:
    """The typed payload of a stored or received event; raises `UnknownEventTypeError` or
    pydantic's `ValidationError` with what is wrong."""
    return payload_type(type_name).from_payload(data)


__all__ = ["EventPayload", "Part", "UnknownEventTypeError", "ValidationError",
           "WrongEventTypeError", "parse", "payload_type", "registered"]
