"""佐川急便 飛脚宅配便 (元払, e-コレクト): お問合せ送り状No. and its bars under the header,
the delivery date, slot, 飛脚クール便 and 代引 marks above the footer."""

from printing.documents.carrier_label import CoolType
from printing.documents.carrier_layouts import CarrierLayout

LAYOUT = CarrierLayout(
    carrier="sagawa",
    carrier_name="佐川急便",
    default_service="飛脚宅配便",
    sections=("header", "barcode", "recipient", "sender", "items", "marks", "footer"),
    codabar_start="D",
    codabar_stop="D",
    number_caption="お問合せ送り状No.",
    cod_mark="代引",
    cool_marks={CoolType.CHILLED: "クール冷蔵", CoolType.FROZEN: "クール冷凍"},
)
