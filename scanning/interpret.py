"""Turn the text a scanner sends into a `Scan`: our own codes, plain GTINs, GS1 element strings
(with FNC1 as GS or a configured substitute, and AIM symbology identifiers) and GS1 Digital
Link URIs. GS1 parsing is biip's; this module only maps its result onto the core's terms."""

from __future__ import annotations

from scanning import gs1
from station.messages import msg
from station.scans import Scan, ScanSource, clean, read_own_code, read_plain


def interpret(raw: str | bytes, source: ScanSource = ScanSource.WEDGE,
              gs_substitute: str = "~") -> Scan:
    text = clean(raw)
    if not text:
        return Scan("", source=source, problem=msg("Scan", "Nothing was read. Scan again."))
    own = read_own_code(text)
    if own is not None:
        return Scan(**{**own.__dict__, "source": source})
    if gs1.looks_like_gs1(text, gs_substitute):
        data = gs1.parse(text, gs_substitute)
        if data.error is not None:
            return Scan(text, source=source, problem=data.error)
        if data.gtin is not None:
            return Scan(text, source=source, gtin=data.gtin, lot=data.lot, expiry=data.expiry,
                        serial=data.serial, quantity=None)
    return read_plain(text, source)
