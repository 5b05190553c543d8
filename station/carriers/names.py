"""What a person reads for a carrier: the one label per contract carrier, whatever name the
order feed used for it (`SAGAWA`, `sagawa`, 佐川急便)."""

from __future__ import annotations

from station.carriers.contracts import Carrier, carrier_name
from station.messages import Message, msg

CARRIER_LABELS: dict[Carrier, Message] = {
    "yamato": msg("Carriers", "Yamato Transport"),
    "sagawa": msg("Carriers", "Sagawa Express"),
    "japanpost": msg("Carriers", "Japan Post"),
}


def carrier_label(text: str) -> Message:
    """The carrier's label; a name no contract knows is shown as the feed wrote it."""
    carrier = carrier_name(text) if text else None
    if carrier is not None:
        return CARRIER_LABELS[carrier]
    # Built directly, not with `msg`: there is nothing here for a translator.
    return Message("Carriers", "{name}", (("name", text or "-"),))
