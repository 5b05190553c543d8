"""Japan Post クリックポスト まとめ申込 CSV: CP932, a header row, one row per parcel:
postcode, name, honorific, address lines 1-4, contents (NOTES.md; the web form's CSV
template). クリックポスト labels are paid and printed on its site, so there is no
issued-history file to join: the numbers are scanned from the labels (送り状検品)."""

from __future__ import annotations

from station.carriers.contracts import Contract
from station.carriers.layouts.base import HistoryColumns, Row, service_of, split_width
from station.carriers.shipment import Shipment

HEADER: tuple[str, ...] = (
    "お届け先郵便番号", "お届け先氏名", "お届け先敬称", "お届け先住所1行目",
    "お届け先住所2行目", "お届け先住所3行目", "お届け先住所4行目", "内容品",
)
_LINE = 20          # full-width characters per address line on the label
_CONTENTS = 15


class ClickpostLayout:
    name = "clickpost"
    encoding = "cp932"
    header = HEADER
    history = HistoryColumns(key="", number="")

    def keys(self, shipment: Shipment) -> list[tuple[str, int]]:
        return [(f"{shipment.order_id}-{p.box_no}", p.box_no) for p in shipment.parcels]

    def rows(self, contract: Contract, shipment: Shipment) -> list[list[str]]:
        service_of(contract, shipment)
        to = shipment.ship_to
        rest = f"{to.region}{to.city}{to.street}"
        lines = []
        for _ in range(4):
            line, rest = split_width(rest, _LINE)
            lines.append(line)
        rows = []
        for _ in shipment.parcels:
            row = Row(HEADER)
            row["お届け先郵便番号"] = to.postcode
            row["お届け先氏名"] = to.name
            row["お届け先敬称"] = "様"
            for number, line in enumerate(lines, start=1):
                row[f"お届け先住所{number}行目"] = line
            row["内容品"] = split_width(shipment.delivery.item, _CONTENTS)[0]
            rows.append(row.values)
        return rows


CLICKPOST = ClickpostLayout()
