"""What the warehouse works with: brands, products, orders and their lines, boxes, badges."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from station.gift import Gift
from station.ids import BadgeId, BrandId, Gtin, OrderId, Sku
from station.messages import Localized


class Role(StrEnum):
    PACKER = "packer"
    INSPECTOR = "inspector"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class Badge:
    id: BadgeId
    name: str
    role: Role


@dataclass(frozen=True)
class Brand:
    id: BrandId
    name: str
    min_shelf_life_days: int = 0


@dataclass(frozen=True)
class Dimensions:
    length_mm: int
    width_mm: int
    height_mm: int

    @property
    def volume_mm3(self) -> int:
        return self.length_mm * self.width_mm * self.height_mm

    def sorted_sides(self) -> tuple[int, int, int]:
        a, b, c = sorted((self.length_mm, self.width_mm, self.height_mm), reverse=True)
        return a, b, c


@dataclass(frozen=True)
class Product:
    sku: Sku
    gtin: Gtin
    brand: BrandId
    name: str
    name_ja: str = ""
    category: str = ""
    location: str = ""
    price: float = 0.0
    weight_g: int = 0
    size: Dimensions = field(default_factory=lambda: Dimensions(0, 0, 0))
    lot_controlled: bool = False
    serial_controlled: bool = False
    image: str = ""
    # A kit (set product): the parts it is made of; empty for an ordinary product.
    kit: tuple[KitPart, ...] = ()

    def display_name(self, language: str) -> str:
        return self.label.text(language)

    @property
    def label(self) -> Localized:
        """The product's name in every language it has, for messages."""
        return Localized(self.name, self.name_ja)


@dataclass(frozen=True)
class KitPart:
    """`quantity` units of `product` go into one kit."""

    product: Product
    quantity: int


@dataclass(frozen=True)
class OrderLine:
    line_no: int
    product: Product
    quantity: int


@dataclass(frozen=True)
class Address:
    name: str
    postcode: str = ""
    region: str = ""
    city: str = ""
    street: str = ""
    country: str = "JP"
    phone: str = ""

    def lines(self) -> list[str]:
        """The lines to print, blank ones left out. Japanese addresses read from postcode down
        to street; others the other way."""
        if self.country == "JP":
            lines = [f"〒{self.postcode}", f"{self.region}{self.city}{self.street}", self.name]
        else:
            lines = [self.name, self.street, f"{self.city} {self.region} {self.postcode}",
                     self.country]
        return [line for line in lines if line.strip()]


@dataclass(frozen=True)
class MergedPart:
    """One of the orders an order was merged from (同梱), with what insert rules look at."""

    id: str
    previous_orders: int = 0
    subscription_next: str | None = None
    created_at: str = ""


@dataclass(frozen=True)
class Order:
    id: OrderId
    brand: BrandId
    customer_name: str
    lines: tuple[OrderLine, ...]
    ship_to: Address
    language: str = "en"
    customer_email: str = ""
    tote: str | None = None
    picklist: str | None = None
    carrier: str = ""
    service: str = ""
    subscription_next: str | None = None
    previous_orders: int = 0
    hold: str = ""
    cancelled: bool = False
    created_at: str = ""
    gift: Gift | None = None
    segment: str = ""
    merged_from: tuple[MergedPart, ...] = ()

    @cached_property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @cached_property
    def _lines_by_sku(self) -> dict[str, OrderLine]:
        lines: dict[str, OrderLine] = {}
        for line in self.lines:
            lines.setdefault(line.product.sku, line)
        return lines

    def line_for(self, sku: Sku) -> OrderLine | None:
        return self._lines_by_sku.get(sku)

    @cached_property
    def _lines_by_number(self) -> dict[int, OrderLine]:
        return {line.line_no: line for line in self.lines}

    def line_numbered(self, line_no: int) -> OrderLine:
        return self._lines_by_number[line_no]


@dataclass(frozen=True)
class BoxType:
    code: str
    name: str
    inner: Dimensions
    max_weight_g: int
    tare_g: int = 0
