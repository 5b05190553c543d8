"""Yamato B2クラウド 基本レイアウト: CP932, a header row, 95 columns, one row per parcel.

Column names and order follow and-period/furumaru `exporter/yamato/yamato.go` (which cites
Yamato's new_exchange1.pdf). Each parcel's お客様管理番号 is `ORDER-BOX`; the boxes of one
order share the 複数口くくりキー (the order id) so B2 issues them as one multi-parcel
shipment. The 伝票番号 column is blank on input and filled in the issued-history file."""

from __future__ import annotations

from station.carriers.contracts import Contract
from station.carriers.layouts.base import (
    HistoryColumns,
    Row,
    service_of,
    slashed,
    split_width,
    tax_included,
)
from station.carriers.shipment import Shipment
from station.carriers.text import to_half_width_kana

HEADER: tuple[str, ...] = (
    "お客様管理番号", "送り状種類", "クール区分", "伝票番号", "出荷予定日", "お届け予定日",
    "配送時間帯", "お届け先コード", "お届け先電話番号", "お届け先電話番号枝番",
    "お届け先郵便番号", "お届け先住所", "お届け先アパートマンション名", "お届け先会社・部門１",
    "お届け先会社・部門２", "お届け先名", "お届け先名(ｶﾅ)", "敬称", "ご依頼主コード",
    "ご依頼主電話番号", "ご依頼主電話番号枝番", "ご依頼主郵便番号", "ご依頼主住所",
    "ご依頼主アパートマンション名", "ご依頼主名", "ご依頼主名(ｶﾅ)", "品名コード１", "品名１",
    "品名コード２", "品名２", "荷扱い１", "荷扱い２", "記事", "ｺﾚｸﾄ代金引換額（税込)",
    "内消費税額等", "止置き", "営業所コード", "発行枚数", "個数口枠の印字", "請求先顧客コード",
    "請求先分類コード", "運賃管理番号", "クロネコwebコレクトデータ登録",
    "クロネコwebコレクト加盟店番号", "クロネコwebコレクト申込受付番号１",
    "クロネコwebコレクト申込受付番号２", "クロネコwebコレクト申込受付番号３",
    "お届け予定ｅメール利用区分", "お届け予定ｅメールe-mailアドレス", "入力機種",
    "お届け予定ｅメールメッセージ", "お届け完了ｅメール利用区分",
    "お届け完了ｅメールe-mailアドレス", "お届け完了ｅメールメッセージ",
    "クロネコ収納代行利用区分", "予備", "収納代行請求金額(税込)", "収納代行内消費税額等",
    "収納代行請求先郵便番号", "収納代行請求先住所", "収納代行請求先住所（アパートマンション名）",
    "収納代行請求先会社・部門名１", "収納代行請求先会社・部門名２", "収納代行請求先名(漢字)",
    "収納代行請求先名(カナ)", "収納代行問合せ先郵便番号", "収納代行問合せ先住所",
    "収納代行問合せ先住所（アパートマンション名）", "収納代行問合せ先電話番号",
    "収納代行管理番号", "収納代行品名", "収納代行備考", "複数口くくりキー", "検索キータイトル1",
    "検索キー1", "検索キータイトル2", "検索キー2", "検索キータイトル3", "検索キー3",
    "検索キータイトル4", "検索キー4", "検索キータイトル5", "検索キー5", "予備", "予備",
    "投函予定メール利用区分", "投函予定メールe-mailアドレス", "投函予定メールメッセージ",
    "投函完了メール（お届け先宛）利用区分", "投函予定メール（お届け先宛）e-mailアドレス",
    "投函予定メール（お届け先宛）メッセージ", "投函完了メール（ご依頼主宛）利用区分",
    "投函予定メール（ご依頼主宛）e-mailアドレス", "投函予定メール（ご依頼主宛）メッセージ",
)
# furumaru writes the 94 columns above; Yamato's layout and NOTES.md count 95. The count is
# the contract's `file_columns` (default 95): columns past the named ones are blank 予備.
B2_COLUMNS = 95


class B2Layout:
    name = "b2"
    encoding = "cp932"
    history = HistoryColumns(key="お客様管理番号", number="伝票番号")

    def __init__(self, columns: int = B2_COLUMNS) -> None:
        self.header = HEADER + ("予備",) * max(0, columns - len(HEADER))

    def keys(self, shipment: Shipment) -> list[tuple[str, int]]:
        return [(f"{shipment.order_id}-{p.box_no}", p.box_no) for p in shipment.parcels]

    def rows(self, contract: Contract, shipment: Shipment) -> list[list[str]]:
        service = service_of(contract, shipment)
        d = shipment.delivery
        to, sender = shipment.ship_to, shipment.ship_from
        cool = contract.cool_type(d.cool)
        address, building = split_width(f"{to.region}{to.city}{to.street}",
                                        contract.limits.address)
        from_address, from_building = split_width(
            f"{sender.region}{sender.city}{sender.street}", contract.limits.address)
        rows = []
        for (key, _), parcel in zip(self.keys(shipment), shipment.parcels, strict=True):
            row = Row(self.header)
            row["お客様管理番号"] = key
            row["送り状種類"] = (service.cod_file_code if d.cod_yen and service.cod_file_code
                             else service.file_code)
            row["クール区分"] = cool.file_code if cool else "0"
            row["伝票番号"] = parcel.tracking
            row["出荷予定日"] = slashed(shipment.ship_date)
            row["お届け予定日"] = slashed(d.date)
            row["配送時間帯"] = d.time_slot
            row["お届け先電話番号"] = to.phone
            row["お届け先郵便番号"] = to.postcode
            row["お届け先住所"] = address
            row["お届け先アパートマンション名"] = building
            row["お届け先名"] = to.name
            row["お届け先名(ｶﾅ)"] = to_half_width_kana(d.name_kana)
            row["敬称"] = "様"
            row["ご依頼主電話番号"] = sender.phone
            row["ご依頼主郵便番号"] = sender.postcode
            row["ご依頼主住所"] = from_address
            row["ご依頼主アパートマンション名"] = from_building
            row["ご依頼主名"] = sender.name
            row["品名１"] = d.item
            row["荷扱い１"] = d.handling
            row["記事"] = d.note
            if d.cod_yen:
                row["ｺﾚｸﾄ代金引換額（税込)"] = d.cod_yen
                row["内消費税額等"] = tax_included(d.cod_yen)
            row["発行枚数"] = 1
            if shipment.parcel_count > 1:
                row["個数口枠の印字"] = 1
                row["複数口くくりキー"] = shipment.order_id
            row["請求先顧客コード"] = contract.customer_code
            row["請求先分類コード"] = contract.billing_class
            row["運賃管理番号"] = contract.freight_number
            row["検索キータイトル1"] = "注文番号"
            row["検索キー1"] = shipment.order_id
            rows.append(row.values)
        return rows


B2 = B2Layout()
