"""What a shipping label says, gathered from the order and its OrderPacked event: one label
per box, with carrier, service, tracking number, SSCC, weight and "box i of n"."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from printing.identifiers import sscc, tracking_number
from station.catalogue import Catalogue
from station.events.pack import OrderPacked, PackedBox, PackedUnit
from station.ids import Sku
from station.models import Address, Order

# Both label layouts have room below the SSCC for two more address lines, no more: a long
# address line may wrap to a second line this many times in all (see text_fit.fit_lines).
SPARE_ADDRESS_LINES = 2


@dataclass(frozen=True)
class ShippingLabel:
    order_id: str
    brand_name: str
    ship_from: Address
    ship_to: Address
    carrier: str
    service: str
    tracking: str
    sscc: str
    weight_g: int
    box_no: int
    box_count: int

    @property
    def weight_kg(self) -> str:
        return f"{self.weight_g / 1000:.2f} kg"


def box_numbers(order: Order, packed: OrderPacked | None) -> list[int]:
    """The box numbers the labels of the order are printed for."""
    return [box.box_no for box in packed.boxes] if packed is not None and packed.boxes else [1]


def labels_for(order: Order, packed: OrderPacked | None, catalogue: Catalogue,
               ship_from: Address, company_prefix: str,
               *, ssccs: Mapping[int, str] | None = None) -> list[ShippingLabel]:
    """One label per box of the order's `OrderPacked`. An order packed without box records
    (or not packed here) gets one label. `ssccs` are the boxes' SSCCs issued from the hub's
    blocks; a box without one gets the fallback (`printing.identifiers.sscc`)."""
    boxes = (packed.boxes if packed is not None else ()) or (PackedBox(box_no=1, items=tuple(
        PackedUnit(sku=line.product.sku, quantity=line.quantity) for line in order.lines)),)
    brand = catalogue.brand(order.brand)
    labels = []
    for box in boxes:
        box_no = box.box_no
        box_type = catalogue.box_type(box.box_type) if box.box_type else None
        weight = box_type.tare_g if box_type else 0
        for item in box.items:
            product = catalogue.product(Sku(item.sku))
            weight += (product.weight_g if product else 0) * item.quantity
        labels.append(ShippingLabel(
            order_id=order.id, brand_name=brand.name if brand else order.brand,
            ship_from=ship_from, ship_to=order.ship_to, carrier=order.carrier or "CARRIER",
            service=order.service, tracking=tracking_number(order.carrier, order.id, box_no),
            sscc=(ssccs or {}).get(box_no) or sscc(company_prefix, order.id, box_no),
            weight_g=weight, box_no=box_no,
            box_count=len(boxes)))
    return labels
