"""Reading the inbox tables: products, orders, box types and badges, looked up by what a
scanner reads."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import Any

from station.gift import gift_of
from station.ids import BadgeId, BrandId, Gtin, OrderId, Sku
from station.models import (
    Address,
    Badge,
    BoxType,
    Brand,
    Dimensions,
    KitPart,
    MergedPart,
    Order,
    OrderLine,
    Product,
    Role,
)

_PRODUCT_COLUMNS = ("sku, gtin, brand, name, name_ja, category, location, price, weight_g,"
                    " length_mm, width_mm, height_mm, lot_controlled, serial_controlled, image")
_PART_COLUMNS = ", ".join("p." + column.strip() for column in _PRODUCT_COLUMNS.split(","))


class Catalogue:
    """Read-only lookups over the station database. Cached per product: products change only
    when the hub sends a new catalogue, which calls `forget()`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._products: dict[str, Product] = {}

    def forget(self) -> None:
        self._products.clear()

    def product(self, sku: Sku) -> Product | None:
        if sku in self._products:
            return self._products[sku]
        row = self._conn.execute(
            f"SELECT {_PRODUCT_COLUMNS} FROM products WHERE sku = ?", (sku,)
        ).fetchone()
        product = _product(row) if row else None
        if product:
            product = self._with_kit(product)
            self._products[sku] = product
        return product

    def _with_kit(self, product: Product) -> Product:
        """A kit's parts (one level: a part that is itself a kit is packed as a product)."""
        rows = self._conn.execute(
            f"SELECT k.quantity, {_PART_COLUMNS} FROM kit_parts k"
            " JOIN products p ON p.sku = k.sku WHERE k.kit_sku = ? ORDER BY k.part_no",
            (product.sku,)).fetchall()
        if not rows:
            return product
        return replace(product, kit=tuple(KitPart(_product(row[1:]), row[0]) for row in rows))

    def product_by_gtin(self, gtin: Gtin) -> Product | None:
        row = self._conn.execute("SELECT sku FROM products WHERE gtin = ?", (gtin,)).fetchone()
        return self.product(Sku(row[0])) if row else None

    def products(self, brand: BrandId | None = None) -> list[Product]:
        query = f"SELECT {_PRODUCT_COLUMNS} FROM products"
        rows = (self._conn.execute(query + " WHERE brand = ? ORDER BY sku", (brand,)) if brand
                else self._conn.execute(query + " ORDER BY sku"))
        return [_product(row) for row in rows]

    def brand(self, brand_id: BrandId) -> Brand | None:
        row = self._conn.execute(
            "SELECT id, name, min_shelf_life_days FROM brands WHERE id = ?", (brand_id,)
        ).fetchone()
        return Brand(BrandId(row[0]), row[1], row[2]) if row else None

    def brands(self) -> list[Brand]:
        rows = self._conn.execute("SELECT id, name, min_shelf_life_days FROM brands ORDER BY id")
        return [Brand(BrandId(r[0]), r[1], r[2]) for r in rows]

    def order(self, order_id: OrderId) -> Order | None:
        row = self._conn.execute(
            "SELECT id, brand, customer_name, customer_email, ship_to, language, tote, picklist,"
            " carrier, service, subscription_next, previous_orders, hold, cancelled, created_at,"
            " gift, segment, merged_from FROM orders WHERE id = ?", (order_id,),
        ).fetchone()
        if row is None:
            return None
        line_rows = self._conn.execute(
            "SELECT line_no, sku, quantity FROM order_lines WHERE order_id = ? ORDER BY line_no",
            (order_id,),
        ).fetchall()
        lines = []
        for line_no, sku, quantity in line_rows:
            product = self.product(Sku(sku))
            if product is not None:
                lines.append(OrderLine(line_no, product, quantity))
        return Order(
            id=OrderId(row[0]), brand=BrandId(row[1]), customer_name=row[2],
            customer_email=row[3], ship_to=_address(row[4], row[2]), language=row[5],
            tote=row[6], picklist=row[7], carrier=row[8], service=row[9],
            subscription_next=row[10], previous_orders=row[11], hold=row[12],
            cancelled=bool(row[13]), created_at=row[14], lines=tuple(lines),
            gift=gift_of(json.loads(row[15] or "{}")), segment=row[16],
            merged_from=_merged_from(row[17]),
        )

    def order_for_code(self, code: str) -> Order | None:
        """An order by its number, its tote label or its pick-list barcode."""
        row = self._conn.execute(
            "SELECT id FROM orders WHERE id = ? OR tote = ? OR picklist = ? LIMIT 1",
            (code, code, code),
        ).fetchone()
        return self.order(OrderId(row[0])) if row else None

    def order_ids(self, limit: int = 10_000) -> list[OrderId]:
        rows = self._conn.execute("SELECT id FROM orders ORDER BY id LIMIT ?", (limit,))
        return [OrderId(r[0]) for r in rows]

    def box_types(self) -> list[BoxType]:
        rows = self._conn.execute(
            "SELECT code, name, length_mm, width_mm, height_mm, max_weight_g, tare_g"
            " FROM box_types ORDER BY length_mm * width_mm * height_mm"
        )
        return [BoxType(r[0], r[1], Dimensions(r[2], r[3], r[4]), r[5], r[6]) for r in rows]

    def box_type(self, code: str) -> BoxType | None:
        return next((box for box in self.box_types() if box.code == code), None)

    def badge(self, badge_id: str) -> Badge | None:
        row = self._conn.execute(
            "SELECT id, name, role FROM badges WHERE id = ? AND active = 1", (badge_id,)
        ).fetchone()
        return Badge(BadgeId(row[0]), row[1], Role(row[2])) if row else None


def _product(row: tuple[Any, ...]) -> Product:
    return Product(
        sku=Sku(row[0]), gtin=Gtin(row[1]), brand=BrandId(row[2]), name=row[3], name_ja=row[4],
        category=row[5], location=row[6], price=row[7], weight_g=row[8],
        size=Dimensions(row[9], row[10], row[11]), lot_controlled=bool(row[12]),
        serial_controlled=bool(row[13]), image=row[14],
    )


def _merged_from(text: str) -> tuple[MergedPart, ...]:
    parts = json.loads(text or "[]")
    return tuple(MergedPart(id=str(part["id"]),
                            previous_orders=int(part.get("previous_orders", 0)),
                            subscription_next=part.get("subscription_next") or None,
                            created_at=str(part.get("created_at", "")))
                 for part in parts)


def _address(text: str, fallback_name: str) -> Address:
    data = json.loads(text or "{}")
    known = {key: str(value) for key, value in data.items() if key in Address.__dataclass_fields__}
    known.setdefault("name", fallback_name)
    return Address(**known)
