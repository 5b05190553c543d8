"""What an order is billed for at sealing: the box chosen, then per box the materials scanned
for it or, when none were, the box type's defaults from the materials file."""

from __future__ import annotations

from station.events.materials import MaterialScanned
from station.events.pack import OrderPacked, PackedBox, PackedUnit
from station.ids import BrandId, OrderId
from station.materials.catalogue import load_materials
from station.materials.usage import materials_at_seal, scan_material
from station.models import Address, Order
from station.pack.outcomes import Kind

MATERIALS = load_materials()
ORDER = Order(OrderId("ORD-1"), BrandId("HANA"), "山田 太郎", (), Address("山田 太郎"))
UNIT = (PackedUnit(sku="HANA-LOT", quantity=1),)


def bill(boxes: tuple[PackedBox, ...], scanned: list[MaterialScanned]) -> list[tuple]:
    packed = OrderPacked(order_id=ORDER.id, units=1, lines=1, boxes=boxes)
    recorded = materials_at_seal(MATERIALS, ORDER, packed, scanned)
    assert recorded.brand == "HANA"
    return [(use.box_no, use.code, use.quantity, use.source) for use in recorded.used]


def test_a_box_with_nothing_scanned_is_billed_its_box_and_its_defaults():
    assert bill((PackedBox(box_no=1, box_type="B60", items=UNIT),), []) == [
        (1, "AIR", 2, "default"), (1, "B60", 1, "box"), (1, "TAPE", 1, "default")]


def test_what_was_scanned_for_a_box_replaces_its_defaults_and_only_its_own():
    boxes = (PackedBox(box_no=1, box_type="B60", items=UNIT),
             PackedBox(box_no=2, box_type="MAILER", items=UNIT))
    scanned = [MaterialScanned(code="PAPER", quantity=3, box_no=1),
               MaterialScanned(code="GIFTWRAP", quantity=1, box_no=1),
               MaterialScanned(code="PAPER", quantity=1, box_no=1)]
    assert bill(boxes, scanned) == [
        (1, "B60", 1, "box"), (1, "GIFTWRAP", 1, "scan"), (1, "PAPER", 4, "scan"),
        (2, "MAILER", 1, "box"), (2, "OPP", 1, "default")]


def test_an_empty_box_is_not_billed_and_a_box_type_not_in_the_file_only_by_scan():
    boxes = (PackedBox(box_no=1, box_type="CRATE", items=UNIT),
             PackedBox(box_no=2, box_type="B80", items=()))
    assert bill(boxes, []) == []
    assert bill(boxes, [MaterialScanned(code="TAPE", quantity=2, box_no=1)]) == [
        (1, "TAPE", 2, "scan")]


def test_a_material_code_not_in_the_file_is_refused_and_nothing_is_recorded():
    scanned, outcome = scan_material(MATERIALS, "BUBBLE", 1, 1)
    assert scanned is None
    assert outcome.kind is Kind.UNKNOWN_MATERIAL
    assert "BUBBLE" in outcome.message.render()


def test_a_known_code_in_lower_case_is_recorded_under_its_code_with_the_quantity():
    scanned, outcome = scan_material(MATERIALS, "air", 3, 2)
    assert scanned == MaterialScanned(code="AIR", quantity=3, box_no=2)
    assert outcome.kind is Kind.MATERIAL_RECORDED
    assert outcome.message.render() == "Air cushion × 3 for box 2."


def test_a_brands_contract_rate_overrides_the_list_rate():
    assert MATERIALS.rate("HANA", "GIFTWRAP") == 120
    assert MATERIALS.rate("KAZE", "GIFTWRAP") == 150
