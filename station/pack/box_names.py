"""What a packer reads for a box type: a translated label for the site's standard codes, the
name the hub sent for any other (box types are site data)."""

from __future__ import annotations

from station.messages import Message, msg
from station.models import BoxType

BOX_LABELS: dict[str, Message] = {
    "MAILER": msg("Boxes", "Mailer bag"),
    "B60": msg("Boxes", "Box 60"),
    "B80": msg("Boxes", "Box 80"),
    "B100": msg("Boxes", "Box 100"),
    "B120": msg("Boxes", "Box 120"),
}


def box_label(box: BoxType | None) -> Message:
    if box is None:
        return Message("Boxes", "-")
    # Built directly, not with `msg`: a name from the hub has nothing for a translator.
    return BOX_LABELS.get(box.code) or Message("Boxes", "{name}", (("name", box.name),))
