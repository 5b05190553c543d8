"""What makes an insert personal: who the customer is, what they bought, how often they
came back, their subscription and one cross-sell suggestion from the brand's catalogue."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any

from printing import text_fit
from station.catalogue import Catalogue
from station.models import Order, Product

FIELD_CHARS = 400  # of a name, an item, a cross-sell as a kit's templates see them
MAX_ITEMS = 40     # items named to a template; an insert has no room for more


@dataclass(frozen=True)
class InsertContext:
    brand: str
    customer: str
    order_id: str
    language: str
    items: tuple[str, ...]
    units: int
    previous_orders: int
    first_order: bool
    subscription_next: str
    cross_sell: str

    def template_fields(self) -> dict[str, Any]:
        """The fields a kit's templates see. Text from the order is cut to a length an insert
        can show (`text_fit.clip`): a 5,000-character name is the order's problem, and must
        not make a kit's template break its output bound."""
        fields = {key: text_fit.clip(value, FIELD_CHARS) if isinstance(value, str) else value
                  for key, value in asdict(self).items()}
        fields["items"] = [text_fit.clip(item, FIELD_CHARS) for item in self.items[:MAX_ITEMS]]
        return fields


def context_for(order: Order, catalogue: Catalogue) -> InsertContext:
    brand = catalogue.brand(order.brand)
    suggestion = cross_sell(order, catalogue.products(order.brand))
    return InsertContext(
        brand=brand.name if brand else order.brand, customer=order.customer_name,
        order_id=order.id, language=order.language,
        items=tuple(line.product.display_name(order.language) for line in order.lines),
        units=order.units, previous_orders=order.previous_orders,
        first_order=order.previous_orders == 0,
        subscription_next=order.subscription_next or "",
        cross_sell=suggestion.display_name(order.language) if suggestion else "",
    )


def kind_of(product: Product) -> str:
    """The product family without colour, size or shade: KAZE-TEE-BLK-M -> KAZE-TEE,
    HANA-LIP02 -> HANA-LIP."""
    return "-".join(product.sku.split("-")[:2]).rstrip("0123456789")


def cross_sell(order: Order, products: list[Product]) -> Product | None:
    """One product of a family the customer did not buy, preferring the category of their
    first line; the same order always gets the same suggestion."""
    bought = {kind_of(line.product) for line in order.lines}
    candidates = [product for product in products if kind_of(product) not in bought]
    if not candidates:
        return None
    category = order.lines[0].product.category if order.lines else ""
    preferred = [product for product in candidates if product.category == category]
    pool = preferred or candidates
    index = int(hashlib.sha256(order.id.encode()).hexdigest(), 16) % len(pool)
    return pool[index]
