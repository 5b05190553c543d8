"""Sagawa e飛伝Ⅲ CSV: CP932, a header row, one row per shipment with 出荷個数 parcels.

Column names and order follow and-period/furumaru `exporter/sagawa/sagawa.go` (which cites
the raku-uru e飛伝Ⅲ manual); where its header list and its record disagree (the 部署ご担当者
columns) the record's order is used. クール便指定 and 配達指定時間帯 codes come from the
contract. The issued-history file lists one お問い合せ送り状No. per parcel under the same
お客様管理番号, in box order."""

from __future__ import annotations

from station.carriers.contracts import Contract
from station.carriers.layouts.base import HistoryColumns, Row, service_of, split_width
from station.carriers.shipment import Shipment

HEADER: tuple[str, ...] = (
    "お届け先コード取得区分", "お届け先コード", "お届け先電話番号", "お届け先郵便番号",
    "お届け先住所１", "お届け先住所２", "お届け先住所３", "お届け先名称１", "お届け先名称２",
    "お客様管理番号", "お客様コード", "部署ご担当者コード取得区分", "部署ご担当者コード",
    "部署ご担当者名称", "荷送人電話番号", "ご依頼主コード取得区分", "ご依頼主コード",
    "ご依頼主電話番号", "ご依頼主郵便番号", "ご依頼主住所１", "ご依頼主住所２", "ご依頼主名称１",
    "ご依頼主名称２", "荷姿", "品名１", "品名２", "品名３", "品名４", "品名５", "荷札荷姿",
    "荷札品名1", "荷札品名2", "荷札品名3", "荷札品名4", "荷札品名5", "荷札品名6", "荷札品名7",
    "荷札品名8", "荷札品名9", "荷札品名10", "荷札品名11", "出荷個数", "スピード指定",
    "クール便指定", "配達日", "配達指定時間帯", "配達指定時間（時分）", "代引金額", "消費税",
    "決済種別", "保険金額", "指定シール1", "指定シール2", "指定シール3", "営業所受取",
    "ＳＲＣ区分", "営業所受取営業所コード", "元着区分", "メールアドレス", "ご不在時連絡先",
    "出荷日", "お問い合せ送り状No.", "出荷場印字区分", "集約解除指定", "編集1", "編集2",
    "編集3", "編集4", "編集5", "編集6", "編集7", "編集8", "編集9", "編集10",
)


class EhidenLayout:
    name = "ehiden3"
    encoding = "cp932"
    header = HEADER
    history = HistoryColumns(key="お客様管理番号", number="お問い合せ送り状No.")

    def keys(self, shipment: Shipment) -> list[tuple[str, int]]:
        return [(shipment.order_id, p.box_no) for p in shipment.parcels]

    def rows(self, contract: Contract, shipment: Shipment) -> list[list[str]]:
        service_of(contract, shipment)
        d = shipment.delivery
        to, sender = shipment.ship_to, shipment.ship_from
        limit = contract.limits.address
        line1, rest = split_width(f"{to.region}{to.city}", limit)
        line2, line3 = split_width(rest + to.street, limit)
        from1, from2 = split_width(f"{sender.region}{sender.city}{sender.street}", limit)
        name1, name2 = split_width(to.name, contract.limits.name)
        cool = contract.cool_type(d.cool)
        row = Row(HEADER)
        row["お届け先電話番号"] = to.phone
        row["お届け先郵便番号"] = to.postcode
        row["お届け先住所１"] = line1
        row["お届け先住所２"] = line2
        row["お届け先住所３"] = split_width(line3, limit)[0]
        row["お届け先名称１"] = name1
        row["お届け先名称２"] = name2
        row["お客様管理番号"] = shipment.order_id
        row["お客様コード"] = contract.customer_code
        row["ご依頼主電話番号"] = sender.phone
        row["ご依頼主郵便番号"] = sender.postcode
        row["ご依頼主住所１"] = from1
        row["ご依頼主住所２"] = split_width(from2, limit)[0]
        row["ご依頼主名称１"] = sender.name
        row["品名１"] = d.item
        row["出荷個数"] = shipment.parcel_count
        row["クール便指定"] = cool.file_code if cool else ""
        row["配達日"] = d.date.replace("-", "")
        row["配達指定時間帯"] = d.time_slot
        if d.cod_yen:
            row["代引金額"] = d.cod_yen
        row["元着区分"] = 1
        row["メールアドレス"] = shipment.email
        row["出荷日"] = shipment.ship_date.replace("-", "")
        row["お問い合せ送り状No."] = next((p.tracking for p in shipment.parcels if p.tracking),
                                          "")
        return [row.values]


EHIDEN3 = EhidenLayout()
