"""What an order used, decided without writing anything: a material scan at the bench, and
the bill at sealing (the box chosen, then per box what was scanned for it or, when nothing
was, the box type's defaults from the materials file). The pack session records the events
these return, the bill in the same transaction as the seal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from station.events import pack as ev
from station.events.materials import MaterialScanned, MaterialUse, PackingMaterialsRecorded
from station.journal import Event
from station.materials.catalogue import MaterialsFile
from station.messages import msg
from station.models import Order
from station.pack.outcomes import Kind, ScanOutcome, Tone

SCAN, DEFAULT, BOX = "scan", "default", "box"


def scan_material(materials: MaterialsFile, code: str, quantity: int,
                  box_no: int) -> tuple[MaterialScanned | None, ScanOutcome]:
    """A MAT: code scanned while an order is open: the event to record, and what to say."""
    material = materials.material(code)
    if material is None:
        return None, ScanOutcome(Kind.UNKNOWN_MATERIAL, Tone.WARN, msg(
            "Pack", "Material {code} is not in this site's materials file. Scan another "
            "material code, or call a supervisor.", code=code))
    return (MaterialScanned(code=material.code, quantity=quantity, box_no=box_no),
            ScanOutcome(Kind.MATERIAL_RECORDED, Tone.GOOD, msg(
                "Pack", "{material} × {quantity} for box {box}.", material=material.label,
                quantity=quantity, box=box_no)))


def scanned_materials(events: Iterable[Event]) -> list[MaterialScanned]:
    """The material scans of the order since it was last opened, less those undone."""
    scanned: dict[str, MaterialScanned] = {}
    for event in events:
        if event.type == ev.OrderOpened.TYPE:
            scanned = {}
        elif event.type == MaterialScanned.TYPE:
            scanned[event.id] = event.read(MaterialScanned)
        elif event.type == ev.ScanUndone.TYPE:
            scanned.pop(event.read(ev.ScanUndone).undone_event, None)
    return list(scanned.values())


def undone(materials: MaterialsFile, scanned: MaterialScanned) -> ScanOutcome:
    """What UNDO of a material scan says."""
    material = materials.material(scanned.code)
    return ScanOutcome(Kind.UNDONE, Tone.INFO, msg(
        "Pack", "Undone: {material} × {quantity} for box {box}.",
        material=material.label if material else scanned.code, quantity=scanned.quantity,
        box=scanned.box_no))


def materials_at_seal(materials: MaterialsFile, order: Order, packed: ev.OrderPacked,
                      scanned: Iterable[MaterialScanned]) -> PackingMaterialsRecorded:
    counts: Counter[tuple[int, str, str]] = Counter()
    by_box: dict[int, list[MaterialScanned]] = {}
    for scan in scanned:
        by_box.setdefault(scan.box_no, []).append(scan)
    for box in packed.boxes:
        if not box.items:
            continue
        if box.box_type and materials.material(box.box_type) is not None:
            counts[(box.box_no, box.box_type, BOX)] += 1
        if box.box_no not in by_box:
            for code, quantity in materials.defaults_for(box.box_type).items():
                counts[(box.box_no, code, DEFAULT)] += quantity
    for box_no, scans in by_box.items():
        for scan in scans:
            counts[(box_no, scan.code, SCAN)] += scan.quantity
    used = tuple(MaterialUse(box_no=box_no, code=code, quantity=quantity, source=source)
                 for (box_no, code, source), quantity in sorted(counts.items()))
    return PackingMaterialsRecorded(order_id=order.id, brand=order.brand, used=used)
