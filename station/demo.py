"""Demo data for the embedded default: two brands, their catalogue, orders, boxes, badges.

Deterministic (a fixed seed), so the barcode sheet printed once keeps matching. The apparel
brand has a few serial-controlled items; the cosmetics brand controls lot and expiry."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from station.clock import iso
from station.gtin import check_digit
from station.sortwall import demo as sortwall_demo
from station.store import Store

if TYPE_CHECKING:
    from sqlite_utils import Database

APPAREL = "KAZE"
COSMETICS = "HANA"

BADGES = [
    ("P-1001", "佐藤 花子 (Sato Hanako)", "packer"),
    ("P-1002", "Alex Kim", "packer"),
    ("I-2001", "鈴木 一郎 (Suzuki Ichiro)", "inspector"),
    ("S-3001", "高橋 美咲 (Takahashi Misaki)", "supervisor"),
]

BOX_TYPES = [
    ("MAILER", "Mailer bag", 300, 230, 40, 1500, 20),
    ("B60", "Box 60", 250, 170, 120, 2000, 150),
    ("B80", "Box 80", 350, 250, 180, 5000, 260),
    ("B100", "Box 100", 450, 330, 200, 10000, 420),
    ("B120", "Box 120", 550, 400, 240, 20000, 620),
]


@dataclass(frozen=True)
class _Kind:
    code: str
    name: str
    name_ja: str
    category: str
    size: tuple[int, int, int]
    weight_g: int
    price: int


_APPAREL_KINDS = [
    _Kind(
        "TEE",
        "Organic cotton tee",
        "オーガニックコットンTシャツ",
        "tops",
        (280, 220, 15),
        190,
        3900,
    ),
    _Kind("LST", "Long-sleeve tee", "ロングスリーブTシャツ", "tops", (290, 230, 20), 240, 4900),
    _Kind("HOD", "Loopback hoodie", "ループバックパーカー", "tops", (330, 280, 60), 620, 9800),
    _Kind("DEN", "Selvedge denim", "セルビッジデニム", "bottoms", (350, 300, 50), 780, 16800),
    _Kind("SOX", "Merino socks", "メリノソックス", "accessories", (200, 100, 20), 60, 1800),
    _Kind("CAP", "Six-panel cap", "6パネルキャップ", "accessories", (260, 190, 120), 110, 4200),
    _Kind("BAG", "Canvas tote bag", "キャンバストートバッグ", "bags", (380, 300, 30), 350, 5600),
]
_SIZES = ["S", "M", "L", "XL"]
_COLOURS = [("BLK", "black", "ブラック"), ("NVY", "navy", "ネイビー"), ("GRY", "grey", "グレー")]

_COSMETIC_KINDS = [
    _Kind(
        "LOT",
        "Hydrating lotion 150 ml",
        "ハイドレーティングローション 150ml",
        "skincare",
        (55, 55, 155),
        190,
        3800,
    ),
    _Kind(
        "SER", "Vitamin C serum 30 ml", "ビタミンCセラム 30ml", "skincare", (40, 40, 110), 95, 5200
    ),
    _Kind("CRM", "Night cream 50 g", "ナイトクリーム 50g", "skincare", (70, 70, 60), 130, 4600),
    _Kind(
        "CLN",
        "Cleansing oil 200 ml",
        "クレンジングオイル 200ml",
        "skincare",
        (60, 60, 170),
        240,
        3200,
    ),
    _Kind(
        "MSK", "Sheet mask (5 pack)", "シートマスク5枚入り", "skincare", (200, 150, 10), 120, 1900
    ),
    _Kind(
        "SUN", "Sunscreen SPF50 60 ml", "日焼け止め SPF50 60ml", "skincare", (45, 35, 130), 80, 2800
    ),
    _Kind("LIP", "Tinted lip balm", "色付きリップバーム", "makeup", (25, 25, 85), 25, 1600),
    _Kind(
        "CUS", "Cushion foundation", "クッションファンデーション", "makeup", (90, 90, 30), 110, 4200
    ),
]
_SHADES = [("01", "light", "ライト"), ("02", "natural", "ナチュラル"), ("03", "warm", "ウォーム")]

_JAPANESE_CUSTOMERS = [
    "山田 太郎",
    "田中 陽子",
    "中村 健",
    "小林 さくら",
    "伊藤 翔",
    "渡辺 真由美",
    "加藤 大輔",
    "吉田 美穂",
    "山本 蓮",
    "松本 結衣",
    "井上 拓海",
    "木村 葵",
]
_OTHER_CUSTOMERS = ["Emma Wilson", "Liam Chen", "Sofia Rossi", "Noah Müller", "Olivia Brown"]
_JAPANESE_PLACES = [
    ("150-0001", "東京都", "渋谷区", "神宮前5-1-1 アパート101"),
    ("530-0001", "大阪府", "大阪市北区", "梅田3-2-2"),
    ("060-0001", "北海道", "札幌市中央区", "北一条西4-5"),
    ("812-0011", "福岡県", "福岡市博多区", "博多駅前2-3-4"),
    ("980-0021", "宮城県", "仙台市青葉区", "中央1-6-8 メゾン仙台305"),
    ("460-0008", "愛知県", "名古屋市中区", "栄3-4-5"),
]
_CARRIERS = [("YAMATO", "TA-Q-BIN"), ("SAGAWA", "Hikyaku Express"), ("JPPOST", "Yu-Pack")]
# Flat services a few small orders use instead (one parcel, no COD, no time slot).
_SMALL_SERVICES = {"YAMATO": "ネコポス", "SAGAWA": "Hikyaku Express", "JPPOST": "ゆうパケット"}
# Time-slot codes of each carrier's demo contract (station/carriers/contracts/).
_SLOTS = {"YAMATO": ["0812", "1416", "1618", "1820", "1921"],
          "SAGAWA": ["01", "12", "14", "16", "18", "04", "19"],
          "JPPOST": ["51", "52", "53", "54", "55", "56"]}


@dataclass(frozen=True)
class DemoProduct:
    sku: str
    gtin13: str
    brand: str
    name: str
    name_ja: str
    category: str
    size: tuple[int, int, int]
    weight_g: int
    price: int
    lot_controlled: bool
    serial_controlled: bool
    location: str


def products() -> list[DemoProduct]:
    items: list[DemoProduct] = []
    reference = 1
    for kind in _APPAREL_KINDS:
        variants = (
            [(s, c) for c in _COLOURS for s in _SIZES]
            if kind.category in {"tops", "bottoms"}
            else [("F", c) for c in _COLOURS]
        )
        for size, (colour, colour_en, colour_ja) in variants:
            body = f"4589123{reference:05d}"
            items.append(
                DemoProduct(
                    sku=f"{APPAREL}-{kind.code}-{colour}-{size}",
                    gtin13=body + check_digit(body),
                    brand=APPAREL,
                    name=f"{kind.name}, {colour_en}, {size}",
                    name_ja=f"{kind.name_ja} {colour_ja} {size}",
                    category=kind.category,
                    size=kind.size,
                    weight_g=kind.weight_g,
                    price=kind.price,
                    lot_controlled=False,
                    serial_controlled=kind.code == "DEN",
                    location=f"A-{reference // 10 + 1:02d}-{reference % 10 + 1:02d}",
                )
            )
            reference += 1
    reference = 1
    for kind in _COSMETIC_KINDS:
        shades = _SHADES if kind.category == "makeup" else [("", "", "")]
        for shade, shade_en, shade_ja in shades:
            body = f"4571987{reference:05d}"
            items.append(
                DemoProduct(
                    sku=f"{COSMETICS}-{kind.code}{shade}",
                    gtin13=body + check_digit(body),
                    brand=COSMETICS,
                    name=kind.name + (f", {shade_en}" if shade_en else ""),
                    name_ja=kind.name_ja + (f" {shade_ja}" if shade_ja else ""),
                    category=kind.category,
                    size=kind.size,
                    weight_g=kind.weight_g,
                    price=kind.price,
                    lot_controlled=True,
                    serial_controlled=False,
                    location=f"C-{reference // 10 + 1:02d}-{reference % 10 + 1:02d}",
                )
            )
            reference += 1
    return items


ORDER_COUNT = 240
# Gift orders after the others, numbered from ORD-100301 (the set orders take ORD-100241 on),
# so the orders before keep what they were.
GIFT_ORDER_COUNT = 12
GIFT_NUMBERS_FROM = 300


@dataclass(frozen=True)
class DemoKit:
    """A set product: its own barcode is on the pre-assembled set; `parts` are (sku, units)."""

    product: DemoProduct
    parts: tuple[tuple[str, int], ...]


def kits() -> list[DemoKit]:
    """Two sets, kept apart from `products()` so the generated orders stay what they were."""
    socks = DemoProduct(
        sku=f"{APPAREL}-SET-SOX3", gtin13=_gtin("458912390001"), brand=APPAREL,
        name="Merino socks, 3-pair set", name_ja="メリノソックス 3足セット",
        category="accessories", size=(200, 100, 60), weight_g=190, price=4900,
        lot_controlled=False, serial_controlled=False, location="A-90-01")
    trial = DemoProduct(
        sku=f"{COSMETICS}-SET-TRIAL", gtin13=_gtin("457198790001"), brand=COSMETICS,
        name="Skincare trial set", name_ja="スキンケア トライアルセット", category="skincare",
        size=(180, 120, 160), weight_g=430, price=9800, lot_controlled=True,
        serial_controlled=False, location="C-90-01")
    return [
        DemoKit(socks, ((f"{APPAREL}-SOX-BLK-F", 1), (f"{APPAREL}-SOX-NVY-F", 1),
                        (f"{APPAREL}-SOX-GRY-F", 1))),
        DemoKit(trial, ((f"{COSMETICS}-LOT", 1), (f"{COSMETICS}-SER", 1),
                        (f"{COSMETICS}-CRM", 1))),
    ]


def _gtin(body: str) -> str:
    return body + check_digit(body)


# Orders with sets, numbered after the generated ones: (kit index, sets, other sku or None).
KIT_ORDERS = [(0, 1, None), (1, 1, None), (0, 2, f"{APPAREL}-TEE-BLK-M"), (1, 1, None),
               (0, 1, None), (1, 2, f"{COSMETICS}-MSK")]


def seed(store: Store, now: datetime, seed_value: int = 7) -> bool:
    """Fill an empty database with the demo data. Returns False when it already has data."""
    conn = store.conn
    if conn.execute("SELECT count(*) FROM products").fetchone()[0]:
        return False
    catalogue = products()
    rng = random.Random(seed_value)
    with store.write() as db:
        db.table("brands").insert_all(
            [
                {"id": APPAREL, "name": "KAZE Apparel", "min_shelf_life_days": 0, "settings": "{}"},
                {
                    "id": COSMETICS,
                    "name": "HANA Cosmetics",
                    "min_shelf_life_days": 180,
                    "settings": "{}",
                },
            ]
        )
        db.table("products").insert_all(
            [
                {
                    "sku": p.sku,
                    "gtin": p.gtin13.zfill(14),
                    "brand": p.brand,
                    "name": p.name,
                    "name_ja": p.name_ja,
                    "category": p.category,
                    "location": p.location,
                    "price": p.price,
                    "weight_g": p.weight_g,
                    "length_mm": p.size[0],
                    "width_mm": p.size[1],
                    "height_mm": p.size[2],
                    "lot_controlled": int(p.lot_controlled),
                    "serial_controlled": int(p.serial_controlled),
                    "image": "",
                }
                for p in catalogue
            ]
        )
        db.table("box_types").insert_all(
            [
                {
                    "code": c,
                    "name": n,
                    "length_mm": ln,
                    "width_mm": w,
                    "height_mm": h,
                    "max_weight_g": m,
                    "tare_g": t,
                }
                for c, n, ln, w, h, m, t in BOX_TYPES
            ]
        )
        db.table("badges").insert_all(
            [{"id": b, "name": n, "role": r, "active": 1} for b, n, r in BADGES]
        )
        orders, lines = _orders(rng, catalogue, now)
        db.table("orders").insert_all(orders)
        db.table("order_lines").insert_all(lines)
        _seed_kits(db, now)
        sortwall_demo.seed_batches(db.conn, now)
    return True


def _seed_kits(db: Database, now: datetime) -> None:
    sets = kits()
    db.table("products").insert_all([
        {"sku": p.sku, "gtin": p.gtin13.zfill(14), "brand": p.brand, "name": p.name,
         "name_ja": p.name_ja, "category": p.category, "location": p.location,
         "price": p.price, "weight_g": p.weight_g, "length_mm": p.size[0],
         "width_mm": p.size[1], "height_mm": p.size[2],
         "lot_controlled": int(p.lot_controlled), "serial_controlled": 0, "image": ""}
        for p in (kit.product for kit in sets)])
    db.table("kit_parts").insert_all([
        {"kit_sku": kit.product.sku, "part_no": part_no, "sku": sku, "quantity": quantity}
        for kit in sets for part_no, (sku, quantity) in enumerate(kit.parts, start=1)])
    postcode, region, city, street = _JAPANESE_PLACES[0]
    for index, (kit_index, sets_ordered, other) in enumerate(KIT_ORDERS):
        number = ORDER_COUNT + index
        kit = sets[kit_index].product
        name = _JAPANESE_CUSTOMERS[index % len(_JAPANESE_CUSTOMERS)]
        order_id = f"ORD-{100001 + number}"
        db.table("orders").insert({
            "id": order_id, "brand": kit.brand, "customer_name": name,
            "customer_email": f"customer{number}@example.com",
            "ship_to": json.dumps({"name": name, "postcode": postcode, "region": region,
                                   "city": city, "street": street, "country": "JP",
                                   "phone": "03-1234-5678"}, ensure_ascii=False),
            "language": "ja", "tote": f"TOTE-{number + 1:04d}", "picklist": f"PL-{100001 + number}",
            "carrier": "YAMATO", "service": "TA-Q-BIN", "subscription_next": None,
            "previous_orders": 0, "hold": "", "cancelled": 0,
            "delivery": json.dumps({"item": "衣料品" if kit.brand == APPAREL else "化粧品"},
                                   ensure_ascii=False),
            "created_at": iso(now - timedelta(hours=index))})
        lines = [(kit.sku, sets_ordered)] + ([(other, 1)] if other else [])
        db.table("order_lines").insert_all([
            {"order_id": order_id, "line_no": line_no, "sku": sku, "quantity": quantity}
            for line_no, (sku, quantity) in enumerate(lines, start=1)])


def _line_count(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.45:
        return 1
    if roll < 0.8:
        return rng.randint(2, 4)
    if roll < 0.95:
        return rng.randint(5, 12)
    return rng.randint(13, 40)


def _orders(
    rng: random.Random, catalogue: list[DemoProduct], now: datetime
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    by_brand = {brand: [p for p in catalogue if p.brand == brand] for brand in (APPAREL, COSMETICS)}
    orders: list[dict[str, object]] = []
    lines: list[dict[str, object]] = []
    for number in range(ORDER_COUNT + GIFT_ORDER_COUNT):
        ident = number if number < ORDER_COUNT else number - ORDER_COUNT + GIFT_NUMBERS_FROM
        order_id = f"ORD-{100001 + ident}"
        brand = APPAREL if number % 5 < 3 else COSMETICS
        pool = by_brand[brand]
        count = min(_line_count(rng), len(pool)) if number < ORDER_COUNT else 1 + number % 2
        if number in (7, 8):
            count = 40 if brand == APPAREL else len(pool)
        chosen = rng.sample(pool, count)
        japanese = rng.random() < 0.8
        if japanese:
            name = rng.choice(_JAPANESE_CUSTOMERS)
            postcode, region, city, street = rng.choice(_JAPANESE_PLACES)
            address = {
                "name": name,
                "postcode": postcode,
                "region": region,
                "city": city,
                "street": street,
                "country": "JP",
                "phone": "03-1234-5678",
            }
        else:
            name = rng.choice(_OTHER_CUSTOMERS)
            postcode, region, city, street = rng.choice(_JAPANESE_PLACES)
            address = {
                "name": name,
                "postcode": postcode,
                "region": region,
                "city": city,
                "street": street,
                "country": "JP",
                "phone": "080-1111-2222",
            }
        if number >= ORDER_COUNT:  # a gift goes to someone else than the giver
            address["name"] = _JAPANESE_CUSTOMERS[(number * 5 + 1) % len(_JAPANESE_CUSTOMERS)]
        carrier, service = rng.choice(_CARRIERS)
        service, delivery = _delivery(number, carrier, service, brand, now,
                                      small=count == 1)
        subscription = brand == COSMETICS and rng.random() < 0.4
        orders.append(
            {
                "id": order_id,
                "brand": brand,
                "customer_name": name,
                "customer_email": f"customer{ident}@example.com",
                "ship_to": json.dumps(address, ensure_ascii=False),
                "language": "ja" if japanese else "en",
                "tote": f"TOTE-{ident + 1:04d}",
                "picklist": f"PL-{100001 + ident}",
                "carrier": carrier,
                "service": service,
                "subscription_next": (now + timedelta(days=30)).date().isoformat()
                if subscription
                else None,
                "previous_orders": rng.choice([0, 0, 0, 1, 2, 5, 11]),
                "hold": "",
                "cancelled": 0,
                "delivery": json.dumps(delivery, ensure_ascii=False),
                "gift": json.dumps(_gift(number, name), ensure_ascii=False),
                "segment": "vip" if number >= ORDER_COUNT and number % 3 == 0 else "",
                "merged_from": json.dumps(_merged_from(number, now)),
                "created_at": iso(now - timedelta(hours=number % 48)),
            }
        )
        for line_no, product in enumerate(chosen, start=1):
            quantity = (
                rng.choice([1, 1, 1, 1, 2, 2, 3, 6])
                if not product.serial_controlled
                else rng.choice([1, 1, 2])
            )
            lines.append(
                {"order_id": order_id, "line_no": line_no, "sku": product.sku, "quantity": quantity}
            )
    return orders, lines


def _delivery(number: int, carrier: str, service: str, brand: str, now: datetime, *,
              small: bool) -> tuple[str, dict[str, object]]:
    """The demo order's service and delivery wishes, from its own generator (so the orders'
    other fields stay what they were): dates, time slots, cool (cosmetics travel chilled now
    and then) and cash on delivery, plus a few small parcels on flat services."""
    rng = random.Random(600_000 + number)
    delivery: dict[str, object] = {"item": "衣料品" if brand == APPAREL else "化粧品"}
    roll = rng.random()
    if small and roll < 0.15 and _SMALL_SERVICES[carrier] != service:
        return ("クリックポスト" if roll < 0.05 and carrier == "JPPOST"
                else _SMALL_SERVICES[carrier]), delivery
    if roll < 0.45:
        delivery["date"] = (now + timedelta(days=rng.randint(2, 6))).date().isoformat()
    if roll < 0.7:
        delivery["time_slot"] = rng.choice(_SLOTS[carrier])
    if brand == COSMETICS and rng.random() < 0.15:
        delivery["cool"] = "chilled"
        delivery["handling"] = "ワレモノ注意"
    if rng.random() < 0.12:
        delivery["cod_yen"] = rng.choice([3980, 5200, 12800, 26400])
    return service, delivery


# Gift wishes of the demo's gift orders: (表書き, 内のし?, knot, wrapping, message).
_GIFTS = [
    ("御歳暮", False, "chomusubi", "包装紙 紺・斜め包み", "今年も大変お世話になりました。"),
    ("内祝", True, "chomusubi", "包装紙 白・キャラメル包み",
     "出産のお祝いをありがとうございました。ささやかですが内祝の品をお贈りします。"),
    ("御礼", False, "chomusubi", "", "先日はありがとうございました。"),
    ("寿", True, "musubikiri", "包装紙 金・斜め包み", ""),
    ("", False, "", "ギフトバッグ・リボン(赤)", "Happy birthday! Love, Emma"),
]


def _gift(number: int, customer: str) -> dict[str, object]:
    """The gift orders' wishes: noshi with 表書き and 名入れ (the giver's family name),
    wrapping, and a card message."""
    if number < ORDER_COUNT:
        return {}
    omotegaki, inner, knot, wrapping, message = _GIFTS[number % len(_GIFTS)]
    gift: dict[str, object] = {"message": message, "sender": customer, "wrapping": wrapping}
    if omotegaki:
        gift["noshi"] = {"omotegaki": omotegaki, "name": customer.split(" ", maxsplit=1)[0],
                         "placement": "inner" if inner else "outer", "knot": knot,
                         "cord": "red_white"}
    return gift


def _merged_from(number: int, now: datetime) -> list[dict[str, object]]:
    """One demo gift order was merged from two first orders placed an hour apart: its
    welcome leaflet goes in once."""
    if number != ORDER_COUNT + 6:
        return []
    return [{"id": f"WEB-{900001 + part}", "previous_orders": 0,
             "created_at": iso(now - timedelta(hours=part + 1))} for part in range(2)]
