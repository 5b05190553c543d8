"""GS1 data from any source, parsed by biip: element strings (FNC1 sent as GS or as a
configured substitute), AIM symbology identifiers and GS1 Digital Link URIs.

biip does the parsing and the check-digit and date validation; this module maps its result
onto the few fields the pack flow uses and a plain JSON shape for tools."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from station.gtin import to_gtin14
from station.ids import Gtin
from station.messages import Message, msg

GS = "\x1d"
MAX_GS1_LENGTH = 512
SYMBOLOGY_PREFIXES = ("]C1", "]e0", "]d2", "]Q3", "]E0", "]A0", "]I1", "]e1", "]e2")


@dataclass(frozen=True)
class GS1Data:
    """What one GS1 read carries. `elements` keeps every AI as sent (AI -> value)."""

    gtin: Gtin | None = None
    lot: str | None = None
    expiry: date | None = None
    best_before: date | None = None
    produced: date | None = None
    serial: str | None = None
    sscc: str | None = None
    count: int | None = None
    net_weight_kg: Decimal | None = None
    price: Decimal | None = None
    symbology: str | None = None
    hri: str = ""
    elements: dict[str, str] = field(default_factory=dict)
    error: Message | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        return {
            "gtin": self.gtin, "lot": self.lot,
            "expiry": self.expiry.isoformat() if self.expiry else None,
            "best_before": self.best_before.isoformat() if self.best_before else None,
            "produced": self.produced.isoformat() if self.produced else None,
            "serial": self.serial, "sscc": self.sscc, "count": self.count,
            "net_weight_kg": str(self.net_weight_kg) if self.net_weight_kg is not None else None,
            "price": str(self.price) if self.price is not None else None,
            "symbology": self.symbology, "hri": self.hri, "elements": self.elements,
            "error": self.error.render() if self.error else None,
        }


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
    """Parse an element string, a Digital Link URI or a bare GTIN/SSCC. Never raises: what
    cannot be understood comes back with `error` set and the reason in words."""
    if len(text) > MAX_GS1_LENGTH:
        return GS1Data(error=msg("Scan", "The barcode is too long to be GS1 data ({length} "
                                 "characters).", length=len(text)))
    import biip  # here, not at the top: its GS1 prefix tables are ~50 ms of the station's start

    separators = [GS] + ([gs_substitute] if gs_substitute and gs_substitute != GS else [])
    try:
        result = biip.parse(text, config=biip.ParseConfig(separator_chars=separators))
    except (biip.ParseError, ValueError, IndexError) as error:
        # biip 5.2 raises IndexError on a lone "]" (a truncated symbology identifier).
        return GS1Data(error=msg("Scan", "Malformed GS1 data: {reason}",
                                 reason=str(error) or type(error).__name__))
    symbology = result.symbology_identifier.value if result.symbology_identifier else None
    source = result.gs1_message or result.gs1_digital_link_uri
    if source is None or (result.sscc is not None and text.isdigit() and len(text) == 18):
        if result.sscc is not None:
            return GS1Data(sscc=result.sscc.value, symbology=symbology, elements={
                "00": result.sscc.value}, hri=f"(00){result.sscc.value}")
        reason = (result.gs1_message_error or result.gs1_digital_link_uri_error
                  or result.gtin_error or "not GS1")
        return GS1Data(symbology=symbology,
                       error=msg("Scan", "Malformed GS1 data: {reason}", reason=reason))
    elements: dict[str, str] = {}
    data: dict[str, Any] = {}
    for element in source.element_strings:
        ai = element.ai.ai
        elements[ai] = element.value
        problem = _element_problem(element)
        if problem is not None:
            return GS1Data(elements=elements, symbology=symbology, error=problem)
        data.update(_fields(ai, element))
    hri = "".join(element.as_hri() for element in source.element_strings)
    return GS1Data(elements=elements, symbology=symbology, hri=hri, **data)


def _element_problem(element: Any) -> Message | None:
    if element.gtin_error:
        return msg("Scan", "Wrong GTIN check digit in {value}.", value=element.value)
    if element.sscc_error:
        return msg("Scan", "Wrong SSCC check digit in {value}.", value=element.value)
    return None


_DATE_FIELDS = {"17": "expiry", "15": "best_before", "11": "produced"}
_TEXT_FIELDS = {"00": "sscc", "10": "lot", "21": "serial"}


def _fields(ai: str, element: Any) -> dict[str, Any]:
    """The pack-flow fields one element string fills."""
    if ai in {"01", "02"}:
        return {"gtin": to_gtin14(element.value)}
    if ai in _TEXT_FIELDS:
        return {_TEXT_FIELDS[ai]: element.value}
    if ai in _DATE_FIELDS:
        return {_DATE_FIELDS[ai]: element.date} if element.date is not None else {}
    if ai in {"30", "37"} and element.value.isdigit():
        return {"count": int(element.value)}
    decimal_field = {"310": "net_weight_kg", "392": "price"}.get(ai[:3])
    if decimal_field and element.decimal is not None:
        return {decimal_field: element.decimal}
    return {}
