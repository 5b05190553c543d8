"""Kits (set products) at the bench, decided without writing anything. A kit line is packed
either by the kit's own barcode (the pre-assembled set: an ordinary item scan) or part by
part; parts packed loose are folded from the order's journal (`loose_parts`), so a restart
resumes with the same parts in the box. The pack session records what these decide."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from station.events import pack as ev
from station.events.kits import KitAssembled, KitPartPacked, KitPartsSetAside, KitPartUnits
from station.journal import Event
from station.messages import Localized
from station.models import KitPart, Order, OrderLine, Product

Loose = dict[int, Counter[str]]


def has_kits(order: Order) -> bool:
    return any(line.product.kit for line in order.lines)


def loose_parts(events: Iterable[Event]) -> Loose:
    """Per kit line, the parts in the box that no kit has used up (nor UNDO taken back), since
    the order was last opened."""
    loose: Loose = {}
    scans: dict[str, KitPartPacked] = {}
    for event in events:
        if event.type == ev.OrderOpened.TYPE:
            loose, scans = {}, {}
        elif event.type == KitPartPacked.TYPE:
            packed = scans[event.id] = event.read(KitPartPacked)
            loose.setdefault(packed.line_no, Counter())[packed.sku] += packed.quantity
        elif event.type == ev.ScanUndone.TYPE:
            taken = scans.pop(event.read(ev.ScanUndone).undone_event, None)
            if taken is not None:
                loose[taken.line_no][taken.sku] -= taken.quantity
        elif event.type in {KitAssembled.TYPE, KitPartsSetAside.TYPE}:
            used = (event.read(KitAssembled) if event.type == KitAssembled.TYPE
                    else event.read(KitPartsSetAside))
            for part in used.parts:
                loose.setdefault(used.line_no, Counter())[part.sku] -= part.quantity
    return {line_no: +parts for line_no, parts in loose.items() if +parts}


def parts_progress(kit: Product, loose: Counter[str]) -> tuple[int, int]:
    """(units in the box towards the next kit, units one kit takes): "2 of 3 parts"."""
    return (sum(min(loose[part.product.sku], part.quantity) for part in kit.kit),
            sum(part.quantity for part in kit.kit))


def part_of(kit: Product, sku: str) -> KitPart | None:
    return next((part for part in kit.kit if part.product.sku == sku), None)


def needed(part: KitPart, kits_to_pack: int, loose: Counter[str]) -> int:
    """Units of `part` the line can still take: its kits not packed yet, less those loose."""
    return part.quantity * kits_to_pack - loose[part.product.sku]


def line_for_part(order: Order, product: Product, remaining: Callable[[OrderLine], int],
                  loose: Loose) -> OrderLine | None:
    """The first kit line that still needs `product` as a part; else the first kit line it
    belongs to (so scanning one part too many is an over-scan of that line); else None."""
    lines = [line for line in order.lines if part_of(line.product, product.sku)]
    for line in lines:
        part = part_of(line.product, product.sku)
        assert part is not None
        if needed(part, remaining(line), loose.get(line.line_no, Counter())) > 0:
            return line
    return lines[0] if lines else None


def assembled(kit: Product, loose: Counter[str], kits_to_pack: int) -> int:
    """Whole kits the loose parts make (at most the kits the line still needs)."""
    return min(*(loose[part.product.sku] // part.quantity for part in kit.kit), kits_to_pack)


def used_parts(kit: Product, kits: int) -> tuple[KitPartUnits, ...]:
    return tuple(KitPartUnits(sku=part.product.sku, quantity=part.quantity * kits)
                 for part in kit.kit)


def still_to_scan(kit: Product, loose: Counter[str]) -> Localized:
    """The parts the kit being put together still lacks (called while no kit is whole)."""
    missing = [(part.product, part.quantity - loose[part.product.sku]) for part in kit.kit
               if loose[part.product.sku] < part.quantity]
    return _listed(missing)


def loose_list(kit: Product, loose: Counter[str]) -> Localized:
    return _listed([(part.product, loose[part.product.sku]) for part in kit.kit
                    if loose[part.product.sku] > 0])


def _listed(parts: list[tuple[Product, int]]) -> Localized:
    return Localized(", ".join(f"{p.name} ×{n}" for p, n in parts),
                     "、".join(f"{p.name_ja or p.name} ×{n}" for p, n in parts))
