"""GS1 data from any source, parsed by biip: element strings (FNC1 sent as GS or as a
configured substitute), AIM symbology identifiers and GS1 Digital Link URIs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import biip
from biip import ParseConfig

from station.gtin import to_gtin14
from station.ids import Gtin
from station.messages import Message, msg

GS = "\x1d"
MAX_GS1_LENGTH = 512
SYMBOLOGY_PREFIXES = ("]C1", "]e0", "]d2", "]Q3", "]E0", "]A0", "]I1")


@dataclass(frozen=True)
class GS1Data:
    gtin: Gtin | None = None
    lot: str | None = None
    expiry: date | None = None
    serial: str | None = None
    sscc: str | None = None
    elements: dict[str, str] = field(default_factory=dict)
    error: Message | None = None

    def to_json(self) -> dict[str, Any]:
        return {"gtin": self.gtin, "lot": self.lot,
                "expiry": self.expiry.isoformat() if self.expiry else None,
                "serial": self.serial, "sscc": self.sscc, "elements": self.elements,
                "error": self.error.render() if self.error else None}


def looks_like_gs1(text: str, gs_substitute: str = "~") -> bool:
    """Worth handing to the GS1 parser: a symbology identifier, a separator, a Digital Link,
    or an element string that starts with a common AI and is longer than a bare GTIN."""
    if text.startswith(SYMBOLOGY_PREFIXES) or GS in text:
        return True
    if gs_substitute and gs_substitute in text:
        return True
    if text.lower().startswith(("http://", "https://")) and "/01/" in text:
        return True
    return text[:2] in {"00", "01", "02"} and len(text) > 16 and text[2:16].isdigit()


def parse(text: str, gs_substitute: str = "~") -> GS1Data:
    if len(text) > MAX_GS1_LENGTH:
        return GS1Data(error=msg("Scan", "The barcode is too long to be GS1 data ({length} "
                                 "characters).", length=len(text)))
    separators = [GS] + ([gs_substitute] if gs_substitute else [])
    try:
        result = biip.parse(text, config=ParseConfig(separator_chars=separators))
    except (biip.ParseError, ValueError) as error:
        return GS1Data(error=msg("Scan", "Malformed GS1 data: {reason}", reason=str(error)))
    source = result.gs1_message or result.gs1_digital_link_uri
    if source is None:
        reason = (result.gs1_message_error or result.gs1_digital_link_uri_error
                  or result.gtin_error or "not GS1")
        return GS1Data(error=msg("Scan", "Malformed GS1 data: {reason}", reason=reason))
    elements: dict[str, str] = {}
    data: dict[str, Any] = {}
    for element in source.element_strings:
        ai = element.ai.ai
        elements[ai] = element.value
        if ai in {"01", "02"}:
            if element.gtin_error:
                return GS1Data(elements=elements, error=msg(
                    "Scan", "Wrong GTIN check digit in {value}.", value=element.value))
            data["gtin"] = to_gtin14(element.value)
        elif ai == "10":
            data["lot"] = element.value
        elif ai == "17" and element.date is not None:
            data["expiry"] = element.date
        elif ai == "21":
            data["serial"] = element.value
        elif ai == "00":
            data["sscc"] = element.value
    return GS1Data(elements=elements, **data)
