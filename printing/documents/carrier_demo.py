"""Carrier label values for the command line: a demo shipment per carrier (two boxes, a long
address with its room number, delivery date and slot, cool and cash on delivery), or an order
of this station mapped as far as it can be without a carrier contract (no slot, cool or COD:
those come from the contract mapping)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from printing.documents.carrier_label import CarrierLabelData, CoolType
from printing.documents.carrier_layouts import layout_for
from printing.identifiers import tracking_number
from station.catalogue import Catalogue
from station.models import Address, Order

DEMO_ORDER = "DEMO-0001"
DEMO_BRAND = "KAZE Apparel"
DEMO_RECIPIENT = Address(
    name="山田 花子", postcode="135-0061", region="東京都", city="江東区",
    street="豊洲三丁目2番20号 豊洲ベイサイドクロスタワー レジデンス棟 3205号室",
    phone="090-1234-5678")
ITEMS_LIMIT = 50  # characters: B2 has two 品名 fields of 25, e飛伝Ⅲ five of 16
# Per carrier: time slot label, cool type, amount to collect (None: prepaid).
_DEMO_SERVICE: dict[str, tuple[str, CoolType, int | None]] = {
    "yamato": ("14-16時", CoolType.FROZEN, 12800),
    "sagawa": ("午前中", CoolType.CHILLED, 5400),
    "japanpost": ("19-21時", CoolType.CHILLED, None),
}


def demo_labels(carrier: str, ship_from: Address, today: date) -> list[CarrierLabelData]:
    layout = layout_for(carrier)
    slot, cool, cod = _DEMO_SERVICE[layout.carrier]
    sender = _shop_at(ship_from, DEMO_BRAND)
    return [CarrierLabelData(
        carrier=layout.carrier, service=layout.default_service,
        tracking_number=tracking_number(layout.carrier, DEMO_ORDER, box_no),
        recipient=DEMO_RECIPIENT, sender=sender, items="季節のギフトセット、焼き菓子",
        box_no=box_no, box_count=2, order_id=DEMO_ORDER, brand=DEMO_BRAND,
        delivery_date=today + timedelta(days=2), time_slot=slot, cool=cool,
        cod_amount_yen=cod) for box_no in (1, 2)]


def order_labels(order: Order, packed: Mapping[str, Any], carrier: str,
                 catalogue: Catalogue, ship_from: Address) -> list[CarrierLabelData]:
    """One label per box of the OrderPacked payload (one box when there is none)."""
    layout = layout_for(carrier)
    brand = catalogue.brand(order.brand)
    brand_name = brand.name if brand else order.brand
    sender = _shop_at(ship_from, brand_name)
    items = items_summary([f"{line.product.display_name('ja')} ×{line.quantity}"
                           for line in order.lines])
    count = len(packed.get("boxes") or []) or 1
    return [CarrierLabelData(
        carrier=layout.carrier, service=layout.default_service,
        tracking_number=tracking_number(layout.carrier, order.id, box_no),
        recipient=order.ship_to, sender=sender, items=items, box_no=box_no,
        box_count=count, order_id=order.id, brand=brand_name)
        for box_no in range(1, count + 1)]


def _shop_at(ship_from: Address, shop: str) -> Address:
    """ご依頼主 as 3PLs print it: the shop's name at the warehouse's address and phone."""
    return Address(name=shop, postcode=ship_from.postcode, region=ship_from.region,
                   city=ship_from.city, street=ship_from.street, phone=ship_from.phone)


def items_summary(items: list[str], limit: int = ITEMS_LIMIT) -> str:
    """As many items as fit in `limit` characters, then "ほかN点" for the rest: carriers
    print a short 品名, and a long order must not make the label refuse to print."""
    for shown in range(len(items), 0, -1):
        rest = len(items) - shown
        text = "、".join(items[:shown]) + (f" ほか{rest}点" if rest else "")
        if len(text) <= limit:
            return text
    return f"{items[0][:limit - 8]}… ほか{len(items) - 1}点" if len(items) > 1 else items[0][:limit]
