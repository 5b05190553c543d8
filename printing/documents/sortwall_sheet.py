"""The sort wall's part of the barcode sheet: a label for each slot (cubby) of the widest
batch, and the demo batches' totes that open them."""

from __future__ import annotations

import sqlite3

from printing.documents.barcode_sheet import Code, Section
from station.messages import msg
from station.sortwall.batches import batch_ids, load_batch
from station.sortwall.codes import slot_code

# Slots printed when no batch has arrived yet: a small wall.
DEFAULT_SLOTS = 24


def sections(conn: sqlite3.Connection) -> list[Section]:
    batches = [batch for batch_id in batch_ids(conn)
               if (batch := load_batch(conn, batch_id)) is not None]
    totes = [Code(msg("Barcode sheet", "Batch tote"),
                  f"{batch.id} · {len(batch.orders)} orders · {batch.slots} slots", "code128",
                  tote) for batch in batches for tote in batch.totes]
    slots = max((batch.slots for batch in batches), default=DEFAULT_SLOTS)
    labels = [Code(msg("Barcode sheet", "Slot {slot}", slot=slot), "", "code128",
                   slot_code(slot)) for slot in range(1, slots + 1)]
    return [
        Section(msg("Barcode sheet", "Sort wall: batch totes"), tuple(totes)),
        Section(msg("Barcode sheet", "Sort wall: slot labels"), tuple(labels), columns=4),
    ]
