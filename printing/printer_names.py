"""What a person reads for a printer: its kind in words and where it is, not the setting
that names it (`folder`, `tcp:10.0.0.5:9100`, `cups:label`)."""

from __future__ import annotations

from station.messages import Message, msg


def printer_label(spec: str) -> Message:
    scheme, _, rest = spec.partition(":")
    if scheme == "folder":
        return (msg("Printing", "Print folder {path}", path=rest) if rest
                else msg("Printing", "Print folder"))
    if scheme == "tcp" and rest:
        return msg("Printing", "Network printer {address}", address=rest)
    if scheme == "cups" and rest:
        return msg("Printing", "Printer {queue} (CUPS)", queue=rest)
    # Built directly, not with `msg`: a name from the settings has nothing for a translator.
    return Message("Printing", "{name}", (("name", spec),))
