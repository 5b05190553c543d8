"""Box suggestion: the smallest box of the site's catalogue that the items fit in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from station.models import BoxType, Product

# Items never fill a box completely: leave room for void fill and awkward shapes.
FILL_FACTOR = 0.8


def fits(box: BoxType, items: Sequence[tuple[Product, int]]) -> bool:
    volume = sum(product.size.volume_mm3 * quantity for product, quantity in items)
    weight = sum(product.weight_g * quantity for product, quantity in items)
    if volume > box.inner.volume_mm3 * FILL_FACTOR or weight > box.max_weight_g:
        return False
    box_sides = box.inner.sorted_sides()
    return all(
        all(side <= limit for side, limit in zip(product.size.sorted_sides(), box_sides,
                                                  strict=True))
        for product, _ in items
    )


def suggest(boxes: Iterable[BoxType], items: Sequence[tuple[Product, int]]) -> BoxType | None:
    """The smallest fitting box by volume, or the largest box when nothing fits (the packer
    then splits the order with NEW BOX)."""
    ordered = sorted(boxes, key=lambda box: box.inner.volume_mm3)
    if not ordered:
        return None
    return next((box for box in ordered if fits(box, items)), ordered[-1])


def expected_weight_g(box: BoxType | None, items: Iterable[tuple[Product, int]]) -> int:
    return (box.tare_g if box else 0) + sum(p.weight_g * q for p, q in items)
