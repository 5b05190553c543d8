"""日本郵便 ゆうパック (元払, 代金引換): お問い合わせ番号 and its bars under the marks row.
ゆうパック has チルド (chilled) only: a frozen parcel gets no ゆうパック label."""

from printing.documents.carrier_label import CoolType
from printing.documents.carrier_layouts import CarrierLayout

LAYOUT = CarrierLayout(
    carrier="japanpost",
    carrier_name="日本郵便",
    default_service="ゆうパック",
    sections=("header", "marks", "barcode", "recipient", "sender", "items", "footer"),
    codabar_start="A",
    codabar_stop="A",
    number_caption="お問い合わせ番号",
    cod_mark="代金引換",
    cool_marks={CoolType.CHILLED: "チルド"},
)
