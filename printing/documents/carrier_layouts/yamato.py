"""ヤマト運輸 宅急便 (発払い, コレクト): the parcel's number and its bars at the foot of the
label, お届け先 first, the cool mark (クール冷蔵 / クール冷凍) and コレクト with its amount in
the marks row under the header."""

from printing.documents.carrier_label import CoolType
from printing.documents.carrier_layouts import CarrierLayout

LAYOUT = CarrierLayout(
    carrier="yamato",
    carrier_name="ヤマト運輸",
    default_service="宅急便",
    sections=("header", "marks", "recipient", "sender", "items", "barcode", "footer"),
    codabar_start="A",
    codabar_stop="A",
    number_caption="伝票番号",
    cod_mark="コレクト",
    cool_marks={CoolType.CHILLED: "クール冷蔵", CoolType.FROZEN: "クール冷凍"},
)
