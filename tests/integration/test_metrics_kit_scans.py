"""Pack time runs from an order's first scan, and a kit's part or a packing material scanned
first is that scan, in the trigger-kept tables and the raw-event reference alike.

  09:00:00 OrderOpened A (KAZE)
  09:00:20 MaterialScanned          <- A's first scan
  09:00:50 KitPartPacked            +30
  09:01:00 ItemPacked               +10
  09:01:05 OrderPacked A, 1 unit    +5     A: 30+10+5 = 45 s
  09:02:00 OrderOpened B (HANA)
  09:02:10 KitPartPacked            <- B's first scan
  09:02:40 ItemPacked               +30
  09:02:41 OrderPacked B, 1 unit    +1     B: 31 s           median (45+31)/2 = 38 s
"""

from __future__ import annotations

import pytest

from station.events.kits import KitPartPacked
from station.events.materials import MaterialScanned
from station.metrics import synthetic as sy
from station.metrics.synthetic import Script
from station.store import open_store
from tests.metrics_support import at, both, day_tally

PART = KitPartPacked(line_no=1, kit_sku="KAZE-SET-SOX3", sku="KAZE-SOX-BLK-F",
                     gtin="04589123000044", quantity=1, box_no=1, source="wedge")


@pytest.fixture
def journal(tmp_path):
    store = open_store(tmp_path / "station.sqlite3")
    script = Script(store.conn, "PACK-01")
    for subject, payload, when in [
            ("A", sy.opened_order("A", "KAZE", 1), at(9, 0)),
            ("A", MaterialScanned(code="AIR", quantity=1, box_no=1), at(9, 0, 20)),
            ("A", PART, at(9, 0, 50)),
            ("A", sy.packed_item("A"), at(9, 1)),
            ("A", sy.packed_order("A", 1), at(9, 1, 5)),
            ("B", sy.opened_order("B", "HANA", 1), at(9, 2)),
            ("B", PART, at(9, 2, 10)),
            ("B", sy.packed_item("B"), at(9, 2, 40)),
            ("B", sy.packed_order("B", 1), at(9, 2, 41))]:
        script.event(payload, when, "P-1", subject)
    yield store.conn
    store.close()


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_a_part_or_material_scanned_first_starts_the_pack_clock(journal, way):
    assert day_tally(both(journal)[way]).site.median_pack_seconds == 38
