"""Carrier label values for tests and the geometry read back from what was rendered: word
boxes from pdftotext -bbox, graphic and barcode rectangles from the ZPL itself."""

from __future__ import annotations

import re
import subprocess
import tempfile
from datetime import date
from itertools import combinations
from typing import Any

from PIL import Image

from printing.documents.carrier_label import CarrierLabelData, CoolType
from printing.documents.carrier_plan import codabar_pattern
from station.models import Address

NUMBER = "389711074012"  # 12 digits, the last = first eleven mod 7
ROOM = "3205号室"
RECIPIENT = Address(
    name="山田 花子", postcode="135-0061", region="東京都", city="江東区",
    street=f"豊洲三丁目2番20号 豊洲ベイサイドクロスタワー レジデンス棟 {ROOM}",
    phone="090-1234-5678")
SENDER = Address(name="KAZE Apparel", postcode="136-0082", region="東京都", city="江東区",
                 street="新木場1-2-3", phone="03-5555-0100")
SERVICES = {"yamato": "宅急便", "sagawa": "飛脚宅配便", "japanpost": "ゆうパック"}
START_STOP = {"yamato": "A", "sagawa": "D", "japanpost": "A"}

Rect = tuple[float, float, float, float]  # left, top, right, bottom


def label(carrier: str, box_no: int = 1, **changes: Any) -> CarrierLabelData:
    fields: dict[str, Any] = {
        "carrier": carrier, "service": SERVICES.get(carrier, "宅急便"),
        "tracking_number": NUMBER, "recipient": RECIPIENT, "sender": SENDER,
        "items": "Tシャツ ×2、リネンシャツ ×1", "box_no": box_no, "box_count": 2,
        "order_id": "ORD-100058", "brand": "KAZE Apparel", "delivery_date": date(2026, 12, 3),
        "time_slot": "14-16時", "cool": CoolType.CHILLED, "cod_amount_yen": 12800}
    return CarrierLabelData(**(fields | changes))


def pdf_words(pdf: bytes) -> list[tuple[str, Rect]]:
    """Every word pdftotext finds, with its box in points from the top left."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        html = subprocess.run(["pdftotext", "-bbox", handle.name, "-"], capture_output=True,
                              text=True, check=True, timeout=30).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">([^<]*)</word>')
    return [(word, (float(x0), float(y0), float(x1), float(y1)))
            for x0, y0, x1, y1, word in pattern.findall(html)]


def raw_text(pdf: bytes) -> str:
    """The text in the order it was drawn (pdftotext -raw), whitespace removed: a field
    wrapped over lines reads back whole even beside another column."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        text = subprocess.run(["pdftotext", "-raw", handle.name, "-"], capture_output=True,
                              text=True, check=True, timeout=30).stdout
    return "".join(text.split())


def zpl_rects(zpl: bytes) -> tuple[list[Rect], list[Rect]]:
    """The text graphics (^FO x,y ^GFA) and the Codabar symbols (^BY ^FO ^BK ^FD) of a ZPL
    label, as rectangles in dots."""
    text = zpl.decode("ascii")
    graphics = []
    for x, y, total, row in re.findall(r"\^FO(\d+),(\d+)\^GFA,(\d+),\d+,(\d+),", text):
        width, height = int(row) * 8, int(total) // int(row)
        graphics.append((float(x), float(y), float(int(x) + width), float(int(y) + height)))
    bars = []
    for narrow, height, x, y, start, stop, digits in re.findall(
            r"\^BY(\d+),3\.0,(\d+)\^FO(\d+),(\d+)\^BKN,N,\d+,N,N,(\w),(\w)\^FD(\d+)\^FS", text):
        modules = len(codabar_pattern(start + digits + stop))
        bars.append((float(x), float(y), float(int(x) + modules * int(narrow)),
                     float(int(y) + int(height))))
    return graphics, bars


def zpl_ink(zpl: bytes) -> list[Rect]:
    """The inked part of every ^GFA text graphic (its set pixels' bounding box), in dots."""
    found = []
    for x, y, total, row, data in re.findall(
            r"\^FO(\d+),(\d+)\^GFA,(\d+),\d+,(\d+),([0-9A-F]+)", zpl.decode("ascii")):
        width, height = int(row) * 8, int(total) // int(row)
        box = Image.frombytes("1", (width, height), bytes.fromhex(data)).getbbox()
        if box is not None:
            found.append((float(int(x) + box[0]), float(int(y) + box[1]),
                          float(int(x) + box[2]), float(int(y) + box[3])))
    return found


def zpl_lines(zpl: bytes) -> list[Rect]:
    """Every ruled line of a ZPL label: a ^GB no taller than its thickness is one filled
    rule, a taller one is a frame of four lines."""
    lines = []
    for x, y, width, height, weight in re.findall(
            r"\^FO(\d+),(\d+)\^GB(\d+),(\d+),(\d+)\^FS", zpl.decode("ascii")):
        left, top, w, h, t = (float(v) for v in (x, y, width, height, weight))
        if h <= t:
            lines.append((left, top, left + w, top + h))
            continue
        lines += [(left, top, left + w, top + t), (left, top + h - t, left + w, top + h),
                  (left, top, left + t, top + h), (left + w - t, top, left + w, top + h)]
    return lines


def overlapping(rects: list[tuple[str, Rect]], tolerance: float = 0.01) -> list[tuple[str, str]]:
    """Pairs of named rectangles that share more than `tolerance` in both directions."""
    found = []
    for (name_a, a), (name_b, b) in combinations(rects, 2):
        if (min(a[2], b[2]) - max(a[0], b[0]) > tolerance
                and min(a[3], b[3]) - max(a[1], b[1]) > tolerance):
            found.append((name_a, name_b))
    return found
