"""The demo barcode sheet (A4): everything a person needs to try the station with a scanner
and no real parcels: badges, command and reason codes, quantities, boxes, packing materials,
demo orders (order number, tote, pick list; the kits' orders), every item's EAN-13, GS1-128
lot/expiry codes for the cosmetics (valid, expired and short-dated) and serial codes for the
denim. Each code is labelled in Japanese and English."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing import barcodes, fonts
from printing.paper import Paper
from station import demo
from station.catalogue import Catalogue
from station.materials.catalogue import MaterialsFile
from station.messages import Message, catalogue, msg
from station.models import Order
from station.pack.inserts import DEFAULT_FOLDER, load_folder
from station.pack.steps import NOSHI_CODE, WRAPPING_CODE
from station.returns.codes import SheetCode
from station.returns.models import Rma
from station.scans import (
    BADGE_PREFIX,
    BOX_PREFIX,
    COMMAND_PREFIX,
    MATERIAL_PREFIX,
    QUANTITY_PREFIX,
    REASON_PREFIX,
    Command,
    ExceptionReason,
    ScaleCommand,
)

FIRST_ORDERS = 30
MANY_LINES = 12


@dataclass(frozen=True)
class Code:
    """One barcode on the sheet: what it is (two languages), its symbology and its data as a
    scanner sends it (GS1 element strings with GS between variable-length fields)."""

    caption: Message
    detail: str
    symbology: str  # code128 | ean13 | gs1_128
    data: str

    @property
    def scanned(self) -> str:
        """What a decoder reads back (GS1: element string with GS separators)."""
        return self.data.replace(barcodes.FNC1, "\x1d")


@dataclass(frozen=True)
class Section:
    title: Message
    codes: tuple[Code, ...]
    columns: int = 3


_COMMANDS = {
    Command.COMPLETE: msg("Barcode sheet", "Complete the order"),
    Command.NEW_BOX: msg("Barcode sheet", "Start a new box"),
    Command.UNDO: msg("Barcode sheet", "Undo the last scan"),
    Command.EXCEPTION: msg("Barcode sheet", "Report an exception"),
    Command.REPRINT: msg("Barcode sheet", "Reprint the documents"),
    Command.SIGN_OUT: msg("Barcode sheet", "Sign out"),
    Command.OK: msg("Barcode sheet", "OK (acknowledge)"),
    Command.CANCEL: msg("Barcode sheet", "Cancel"),
    Command.VOID: msg("Barcode sheet", "Void a spoiled carrier label"),
}
_SCALE_COMMANDS = {
    ScaleCommand.TARE: msg("Barcode sheet", "Scale: tare"),
    ScaleCommand.ZERO: msg("Barcode sheet", "Scale: zero"),
}
_REASONS = {
    ExceptionReason.SHORT: msg("Barcode sheet", "Reason: short"),
    ExceptionReason.DAMAGED: msg("Barcode sheet", "Reason: damaged"),
    ExceptionReason.WRONG_PICK: msg("Barcode sheet", "Reason: wrong item picked"),
    ExceptionReason.OTHER: msg("Barcode sheet", "Reason: other"),
}


def sections(store: Catalogue, today: date) -> list[Section]:
    badges = [Code(msg("Barcode sheet", "Badge"), name, "code128", BADGE_PREFIX + badge_id)
              for badge_id, name in _badges(store)]
    commands = [Code(caption, "", "code128", COMMAND_PREFIX + command.value)
                for command, caption in _COMMANDS.items()]
    commands += [Code(caption, "", "code128", COMMAND_PREFIX + command.value)
                 for command, caption in _SCALE_COMMANDS.items()]
    commands += [Code(caption, "", "code128", REASON_PREFIX + reason.value)
                 for reason, caption in _REASONS.items()]
    quantities = [Code(msg("Barcode sheet", "Quantity {n}", n=n), "", "code128",
                       f"{QUANTITY_PREFIX}{n}") for n in range(2, 13)]
    boxes = [Code(msg("Barcode sheet", "Box"), box.name, "code128", BOX_PREFIX + box.code)
             for box in store.box_types()]
    orders = []
    for order in _demo_orders(store):
        detail = f"{order.brand} · {len(order.lines)} lines · {order.units} items"
        orders.append(Code(msg("Barcode sheet", "Order"), detail, "code128", order.id))
        if order.tote:
            orders.append(Code(msg("Barcode sheet", "Tote"), order.id, "code128", order.tote))
        if order.picklist:
            orders.append(Code(msg("Barcode sheet", "Pick list"), order.id, "code128",
                               order.picklist))
    items = [Code(msg("Barcode sheet", "Item"), product.sku, "ean13", product.gtin[-13:-1])
             for product in store.products()]
    return [
        Section(msg("Barcode sheet", "Badges"), tuple(badges)),
        Section(msg("Barcode sheet", "Commands and exception reasons"), tuple(commands)),
        Section(msg("Barcode sheet", "Quantities and boxes"), tuple(quantities + boxes)),
        Section(msg("Barcode sheet", "Demo orders, totes and pick lists"), tuple(orders)),
        Section(msg("Barcode sheet", "Items (EAN-13)"), tuple(items), columns=4),
        Section(msg("Barcode sheet", "Cosmetics with lot and expiry (GS1-128)"),
                tuple(_lot_codes(store, today)), columns=2),
        Section(msg("Barcode sheet", "Denim with serial numbers (GS1-128)"),
                tuple(_serial_codes(store)), columns=2),
        Section(msg("Barcode sheet", "Gift orders, noshi, wrapping and inserts to enclose"),
                tuple(_gift_codes(store))),
    ]


def _gift_codes(store: Catalogue) -> list[Code]:
    """The demo's gift orders, the two gift steps, and the brands' flyers and samples (the
    codes printed on them), to try the steps without the real things."""
    codes = [Code(msg("Barcode sheet", "Gift order"),
                  order.gift.noshi.summary_ja() if order.gift.noshi else order.brand,
                  "code128", order.id)
             for order_id in store.order_ids()
             if (order := store.order(order_id)) is not None and order.gift is not None]
    codes += [Code(msg("Barcode sheet", "Noshi done"), "熨斗", "code128", NOSHI_CODE),
              Code(msg("Barcode sheet", "Wrapping done"), "ギフト包装", "code128",
                   WRAPPING_CODE)]
    rules = load_folder(DEFAULT_FOLDER)
    codes += [Code(msg("Barcode sheet", "Insert"), f"{brand} · {rule.name_ja or rule.name}",
                   "code128", rule.code)
              for brand, brand_rules in sorted(rules.by_brand.items()) for rule in brand_rules]
    return codes


def returns_sections(expected: Sequence[Rma], codes: Sequence[SheetCode]) -> list[Section]:
    """The returns bench's part: the RMAs expected (to open one with a scan) and the answer,
    grade, reason and command codes of the brands' policies."""
    parcels = [Code(msg("Barcode sheet", "Return"), f"{rma.brand} · {rma.customer_name}",
                    "code128", rma.id) for rma in expected]
    inspection = [Code(entry.caption, entry.code, "code128", entry.code) for entry in codes]
    return [
        Section(msg("Barcode sheet", "Returns expected (RMA numbers)"), tuple(parcels)),
        Section(msg("Barcode sheet", "Returns: answers, grades and reasons"),
                tuple(inspection)),
    ]


def materials_section(materials: MaterialsFile) -> Section:
    """The packing materials a packer scans for billing (boxes have their BOX: codes)."""
    return Section(msg("Barcode sheet", "Packing materials (billed per order)"), tuple(
        Code(msg("Barcode sheet", "Material"), f"{material.name} / {material.name_ja}",
             "code128", MATERIAL_PREFIX + material.code)
        for material in materials.materials if material.kind != "box"))


def _badges(store: Catalogue) -> list[tuple[str, str]]:
    """The demo badges that are active on this station."""
    return [(badge.id, badge.name) for badge_id, _, _ in demo.BADGES
            if (badge := store.badge(badge_id)) is not None]


def _demo_orders(store: Catalogue) -> list[Order]:
    ids = store.order_ids()
    chosen = ids[:FIRST_ORDERS]
    orders = [order for order_id in ids if (order := store.order(order_id)) is not None]
    chosen += [order.id for order in orders
               if len(order.lines) >= MANY_LINES and order.id not in chosen]
    chosen += [order.id for order in orders  # the kits' orders (set products)
               if any(line.product.kit for line in order.lines) and order.id not in chosen]
    by_id = {order.id: order for order in orders}
    return [by_id[order_id] for order_id in chosen]


def _lot_codes(store: Catalogue, today: date) -> list[Code]:
    codes = []
    cosmetics = [product for product in store.products() if product.lot_controlled]
    for index, product in enumerate(cosmetics):
        expiry = today + timedelta(days=540 + 30 * index)
        lot = f"L{today:%y}{index + 1:03d}"
        codes.append(_lot_code(msg("Barcode sheet", "Lot and expiry"), product.sku,
                               product.gtin, expiry, lot))
    if cosmetics:
        first = cosmetics[0]
        codes.append(_lot_code(msg("Barcode sheet", "EXPIRED example (must be refused)"),
                               first.sku, first.gtin, today - timedelta(days=10), "LEXP01"))
        codes.append(_lot_code(msg("Barcode sheet", "SHORT-DATED example (60 days left)"),
                               first.sku, first.gtin, today + timedelta(days=60), "LSHT01"))
    return codes


def _lot_code(caption: Message, sku: str, gtin: str, expiry: date, lot: str) -> Code:
    elements = (("01", gtin), ("17", f"{expiry:%y%m%d}"), ("10", lot))
    return Code(caption, f"{sku} {barcodes.hri(*elements)}", "gs1_128",
                barcodes.gs1_128(*elements))


def _serial_codes(store: Catalogue) -> list[Code]:
    codes = []
    denim = [product for product in store.products() if product.serial_controlled]
    for index, product in enumerate(denim):
        for unit in (1, 2):
            elements = (("01", product.gtin), ("21", f"SN{index + 1:03d}{unit:02d}"))
            codes.append(Code(msg("Barcode sheet", "Serial number"),
                              f"{product.sku} {barcodes.hri(*elements)}", "gs1_128",
                              barcodes.gs1_128(*elements)))
    return codes


def render(store: Catalogue, today: date, extra: Sequence[Section] = ()) -> bytes:
    return draw(sections(store, today) + list(extra))


def draw(all_sections: list[Section]) -> bytes:
    font = fonts.family(fonts.GOTHIC)
    japanese = catalogue("ja")
    width, height = Paper.A4.points
    margin = 12 * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=font, pageCompression=1)
    canvas.setTitle("Demo barcode sheet")
    page = [1]

    def footer() -> None:
        canvas.setFont(font, 7)
        canvas.drawString(margin, 7 * mm, "packstation · デモ用バーコードシート / Demo barcode "
                          f"sheet · {page[0]}")

    y = height - margin
    for section in all_sections:
        cell_w = (width - 2 * margin) / section.columns
        cell_h = 27 * mm if section.columns < 4 else 24 * mm
        if y - 10 * mm - cell_h < 12 * mm:
            footer()
            canvas.showPage()
            page[0] += 1
            y = height - margin
        canvas.setFont(font, 11)
        canvas.drawString(margin, y - 11,
                          f"{japanese.render(section.title)} / {section.title.render()}")
        y -= 9 * mm
        for index, code in enumerate(section.codes):
            column = index % section.columns
            if column == 0 and index:
                y -= cell_h
            if column == 0 and y - cell_h < 12 * mm:
                footer()
                canvas.showPage()
                page[0] += 1
                y = height - margin
            _draw_code(canvas, code, margin + column * cell_w, y, width=cell_w,
                       height=cell_h, font=font, caption_ja=japanese.render(code.caption))
        y -= cell_h + 3 * mm
    footer()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# A 300 dpi printer's dot (600 dpi printers have two per dot) in points.
_DOT = 72 / 300


def _on_dots(length: float) -> float:
    """`length` down to whole printer dots: every module of a symbol prints (and rasterises)
    the same width. Bars between dots came out a dot wider or narrower by where they fell, and
    a decoder read KAZE-DEN-GRY-S's EAN-13 as another valid number."""
    return max(1, int(length / _DOT)) * _DOT


def _draw_code(canvas: Canvas, code: Code, x: float, top: float, *, width: float,
               height: float, font: str, caption_ja: str) -> None:
    canvas.setFont(font, 6.5)
    canvas.drawString(x + 2 * mm, top - 8, f"{caption_ja} / {code.caption.render()}")
    if code.detail:
        canvas.setFont(font, 5.5)
        canvas.drawString(x + 2 * mm, top - 15, code.detail[:70])
    pattern = barcodes.modules(code.symbology, code.data)
    module = _on_dots(barcodes.fit_module(pattern, width - 2 * mm, 0.17 * mm, 0.33 * mm))
    bar_height = height - 12 * mm
    bars_x = _on_dots(x + 1 * mm + barcodes.QUIET_MODULES * module)
    barcodes.draw_linear(canvas, bars_x, top - 6.5 * mm - bar_height, pattern, module=module,
                         height=bar_height)
    canvas.setFont(font, 6.5)
    readable = (barcodes.full_ean13(code.data) if code.symbology == "ean13"
                else code.data.replace(barcodes.FNC1, ""))
    canvas.drawString(bars_x, top - 6.5 * mm - bar_height - 8, readable)
