"""Japan Post ゆうプリR: our documented CSV layout, imported into ゆうプリR through a
user-defined filter (外部データ取込; docs/carriers.md describes the filter to create).

ゆうプリR has no fixed import layout: each shipper defines a filter that maps CSV columns to
its fields. This layout follows the common public one (郵便種別 0 ゆうパック / 1 ゆうメール /
9 ゆうパケット, 元払/着払/代引 0/1/2), one row per parcel with a per-box お客様側管理番号."""

from __future__ import annotations

from station.carriers.contracts import Contract
from station.carriers.layouts.base import HistoryColumns, Row, service_of, split_width
from station.carriers.shipment import Shipment

HEADER: tuple[str, ...] = (
    "お客様側管理番号", "郵便種別", "支払方法", "発送予定日", "お届け予定日", "配達希望時間帯",
    "保冷区分", "お届け先郵便番号", "お届け先住所1", "お届け先住所2", "お届け先住所3",
    "お届け先名称", "敬称", "お届け先電話番号", "お届け先メールアドレス", "ご依頼主郵便番号",
    "ご依頼主住所1", "ご依頼主住所2", "ご依頼主名称", "ご依頼主電話番号", "品名", "代引金額",
    "個数", "個口番号", "複数個口キー", "追跡番号",
)
_PREPAID, _COD = "0", "2"


class YupriLayout:
    name = "yupri"
    encoding = "cp932"
    header = HEADER
    history = HistoryColumns(key="お客様側管理番号", number="追跡番号")

    def keys(self, shipment: Shipment) -> list[tuple[str, int]]:
        return [(f"{shipment.order_id}-{p.box_no}", p.box_no) for p in shipment.parcels]

    def rows(self, contract: Contract, shipment: Shipment) -> list[list[str]]:
        service = service_of(contract, shipment)
        d = shipment.delivery
        to, sender = shipment.ship_to, shipment.ship_from
        limit = contract.limits.address
        street, building = split_width(to.street, limit)
        cool = contract.cool_type(d.cool)
        rows = []
        for (key, box_no), parcel in zip(self.keys(shipment), shipment.parcels, strict=True):
            row = Row(HEADER)
            row["お客様側管理番号"] = key
            row["郵便種別"] = service.file_code
            row["支払方法"] = _COD if d.cod_yen else _PREPAID
            row["発送予定日"] = shipment.ship_date.replace("-", "/")
            row["お届け予定日"] = d.date.replace("-", "/")
            row["配達希望時間帯"] = d.time_slot
            row["保冷区分"] = cool.file_code if cool else "0"
            row["お届け先郵便番号"] = to.postcode
            row["お届け先住所1"] = f"{to.region}{to.city}"
            row["お届け先住所2"] = street
            row["お届け先住所3"] = building
            row["お届け先名称"] = to.name
            row["敬称"] = "様"
            row["お届け先電話番号"] = to.phone
            row["お届け先メールアドレス"] = shipment.email
            row["ご依頼主郵便番号"] = sender.postcode
            row["ご依頼主住所1"] = f"{sender.region}{sender.city}"
            row["ご依頼主住所2"] = sender.street
            row["ご依頼主名称"] = sender.name
            row["ご依頼主電話番号"] = sender.phone
            row["品名"] = d.item
            if d.cod_yen and box_no == 1:
                row["代引金額"] = d.cod_yen
            row["個数"] = shipment.parcel_count
            row["個口番号"] = box_no
            row["複数個口キー"] = shipment.order_id if shipment.parcel_count > 1 else ""
            row["追跡番号"] = parcel.tracking
            rows.append(row.values)
        return rows


YUPRI = YupriLayout()
