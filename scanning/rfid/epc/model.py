"""What a decoded EPC is, and the two ways a decode or an encode can fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from station.messages import Message


@dataclass(frozen=True)
class Epc:
    """One decoded EPC. `fields` holds the scheme's parts as in the URI, unescaped;
    `element_string` is the GS1 element string in HRI form where the scheme has one (GID,
    USDOD and ADI do not); `gtin` and `serial` are filled for SGTINs, `sscc` for SSCCs."""

    hex: str
    scheme: str = ""
    filter: int | None = None
    company_prefix: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    pure_uri: str = ""
    tag_uri: str = ""
    element_string: str | None = None
    gtin: str | None = None
    serial: str | None = None
    sscc: str | None = None
    error: Message | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        if self.error is not None:
            named = {"scheme": self.scheme} if self.scheme else {}
            return {"hex": self.hex, **named, "error": self.error.render()}
        return {"hex": self.hex, "scheme": self.scheme, "filter": self.filter,
                "company_prefix": self.company_prefix, "fields": self.fields,
                "pure_uri": self.pure_uri, "tag_uri": self.tag_uri,
                "element_string": self.element_string, "gtin": self.gtin,
                "serial": self.serial, "sscc": self.sscc}


class InvalidEpcError(Exception):
    """Raised inside a scheme's decoder; `decode()` turns it into an `Epc` with `error`."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.render())
        self.reason = reason


@dataclass(frozen=True)
class EncodeProblem:
    message: Message
