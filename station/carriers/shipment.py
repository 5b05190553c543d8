"""A shipment as the carrier sees it: who to, from whom, how (service, date, time slot, cool,
cash on delivery), and its parcels. Plain values, built by `station.carriers.orders` from an
order and handed to the checks, the carrier files and (in printing/) the carrier labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from station.models import Address


@dataclass(frozen=True)
class Delivery:
    """What the order asks of the carrier. `date` is YYYY-MM-DD or blank (earliest)."""

    date: str = ""
    time_slot: str = ""
    cool: str = "none"
    cod_yen: int = 0
    item: str = ""              # 品名
    handling: str = ""          # 荷扱い (ワレモノ注意, 天地無用, ...)
    note: str = ""              # 記事
    name_kana: str = ""         # お届け先名(ｶﾅ)


@dataclass(frozen=True)
class Parcel:
    """One box. Sides in millimetres; `tracking` blank until a number is issued or imported."""

    box_no: int
    weight_g: int = 0
    sides_mm: tuple[int, int, int] = (0, 0, 0)
    tracking: str = ""


@dataclass(frozen=True)
class Shipment:
    order_id: str
    carrier: str
    service: str
    ship_to: Address
    ship_from: Address
    ship_date: str                       # YYYY-MM-DD, the day it leaves the warehouse
    delivery: Delivery = field(default_factory=Delivery)
    parcels: tuple[Parcel, ...] = (Parcel(1),)
    brand: str = ""
    email: str = ""

    @property
    def parcel_count(self) -> int:
        return len(self.parcels)
