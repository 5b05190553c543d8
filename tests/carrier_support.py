"""Shipments and contracts for the carrier tests."""

from __future__ import annotations

from dataclasses import replace

from station.carriers.contracts import Contract, default_contracts
from station.carriers.shipment import Delivery, Parcel, Shipment
from station.models import Address

CONTRACTS = default_contracts()
YAMATO: Contract = CONTRACTS["yamato"]
SAGAWA: Contract = CONTRACTS["sagawa"]
JAPANPOST: Contract = CONTRACTS["japanpost"]

TO = Address(name="山田 太郎", postcode="150-0001", region="東京都", city="渋谷区",
             street="神宮前5-1-1 アパート101", phone="03-1234-5678")
FROM = Address(name="KAZE Apparel", postcode="135-0061", region="東京都", city="江東区",
               street="豊洲3-2-1", phone="03-0000-0000")


def shipment(service: str = "宅急便", *, carrier: str = "yamato", order_id: str = "ORD-1",
             parcels: tuple[Parcel, ...] = (Parcel(1, 1200, (300, 200, 100)),),
             ship_to: Address = TO, **delivery: object) -> Shipment:
    base = Delivery(item="衣料品")
    return Shipment(order_id=order_id, carrier=carrier, service=service, ship_to=ship_to,
                    ship_from=FROM, ship_date="2026-12-01",
                    delivery=replace(base, **delivery),  # type: ignore[arg-type]
                    parcels=parcels)
