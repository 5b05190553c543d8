"""The packing slip (A4, A5 or Letter) in the order's language: what is in the parcel, line by
line with its price, the order number as Code 128, and how to return something, with a QR code
that starts a return for this order. A gift's slip shows no price anywhere and names the
giver (ご依頼主), as Japanese gift parcels do."""

from __future__ import annotations

import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from printing import fonts, text_fit
from printing.flowables import LinearBarcode, QrCode
from printing.paper import Paper
from station.messages import Message, catalogue, msg
from station.models import Order, OrderLine

SLIP_PAPERS = (Paper.A4, Paper.A5, Paper.LETTER)
DEFAULT_RETURNS_URL = "https://returns.example/start?order={order}&brand={brand}"


def returns_url(order: Order, template: str = DEFAULT_RETURNS_URL) -> str:
    return template.format(order=order.id, brand=order.brand)


# Characters of one address line and of one product name on the slip: a whole name of 600
# characters would fill the page; the first 160 identify the customer.
MAX_ADDRESS_LINE = 160
MAX_ITEM_NAME = 300
MAX_BRAND_NAME = 120


def render(order: Order, brand_name: str, paper: Paper = Paper.A4,
           returns_template: str = DEFAULT_RETURNS_URL, *, prices: bool | None = None) -> bytes:
    """The slip; text too long for it is cut with an ellipsis. Should some text still not fit
    a page, the slip is laid out again with every text cut shorter: it never fails. Prices
    show unless the order is a gift (or `prices` says otherwise)."""
    show_prices = order.gift is None if prices is None else prices
    try:
        return _render(order, brand_name, paper, returns_template, 1, prices=show_prices)
    except LayoutError:
        return _render(order, brand_name, paper, returns_template, 4, prices=show_prices)


def yen(amount: float) -> str:
    return f"¥{round(amount):,}"


def _addressed(order: Order) -> list[str]:
    """The address lines, the name of a Japanese addressee followed by 様 as on the label."""
    lines = order.ship_to.lines()
    if order.ship_to.country == "JP" and lines and lines[-1] == order.ship_to.name:
        lines[-1] += " 様"
    return lines


def _kit_rows(line: OrderLine, language: str, cell: ParagraphStyle, shorter: int,
              t: Callable[[Message], str]) -> list[list[object]]:
    """A kit's parts under its line (内訳), units in brackets: they are not added to the
    total, the kit is."""
    return [["", Paragraph(t(msg("Slip", "└ contains: {name}", name=text_fit.clip(
                 part.product.display_name(language), MAX_ITEM_NAME // shorter))), cell),
             Paragraph(escape(text_fit.clip(part.product.sku, 80)), cell),
             f"({part.quantity * line.quantity})"]
            for part in line.product.kit]


def _render(order: Order, brand_name: str, paper: Paper, returns_template: str,
            shorter: int, *, prices: bool) -> bytes:
    font = fonts.family(fonts.GOTHIC)
    brand_name = text_fit.clip(brand_name, MAX_BRAND_NAME // shorter)
    translate = catalogue(order.language)
    small = paper is Paper.A5
    scale = 0.85 if small else 1.0
    wrap = "CJK" if order.language == "ja" else None
    title = ParagraphStyle("title", fontName=font, fontSize=18 * scale, leading=24 * scale)
    body = ParagraphStyle("body", fontName=font, fontSize=9.5 * scale, leading=13 * scale,
                          wordWrap=wrap)
    cell = ParagraphStyle("cell", parent=body, fontSize=9 * scale, leading=11.5 * scale)

    def t(message: Message) -> str:
        return escape(translate.render(message))

    story = [
        Paragraph(escape(brand_name), title),
        Paragraph(t(msg("Slip", "Packing slip")), body),
        Spacer(1, 3 * mm),
    ]
    ship_to = [Paragraph(t(msg("Slip", "Ship to")), body)]
    ship_to += [Paragraph(escape(text_fit.clip(line, MAX_ADDRESS_LINE // shorter)), body)
                for line in _addressed(order)]
    if order.gift is not None:
        giver = order.gift.sender or order.customer_name
        ship_to.append(Paragraph(t(msg("Slip", "From: {sender}", sender=text_fit.clip(
            giver, MAX_ADDRESS_LINE // shorter))), body))
    width = paper.points[0] - 30 * mm
    header = Table([[
        [Paragraph(t(msg("Slip", "Order {order}", order=order.id)), body),
         Paragraph(t(msg("Slip", "Order date: {date}", date=order.created_at[:10])), body),
         LinearBarcode("code128", order.id, module=0.3 * mm, height=10 * mm)],
        ship_to,
    ]], colWidths=[width / 2, width / 2])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("FONT", (0, 0), (-1, -1), font, 9 * scale)]))
    story += [header, Spacer(1, 5 * mm)]
    headings = [msg("Slip", "No."), msg("Slip", "Item"), msg("Slip", "SKU"),
                msg("Slip", "Quantity")]
    rows: list[list[object]] = [[Paragraph(t(heading), cell) for heading in headings]]
    for line in order.lines:
        item: list[object] = [Paragraph(escape(text_fit.clip(
            line.product.display_name(order.language), MAX_ITEM_NAME // shorter)), cell)]
        if prices:
            item.append(Paragraph(escape(f"{yen(line.product.price)} × {line.quantity} = "
                                         f"{yen(line.product.price * line.quantity)}"), cell))
        rows.append([str(line.line_no), item,
                     Paragraph(escape(text_fit.clip(line.product.sku, 80)), cell),
                     str(line.quantity)])
        rows += _kit_rows(line, order.language, cell, shorter, t)
    totals = len(rows)
    rows.append(["", Paragraph(t(msg("Slip", "Total items")), cell), "", str(order.units)])
    if prices:
        amount = sum(line.product.price * line.quantity for line in order.lines)
        rows.append(["", Paragraph(t(msg("Slip", "Total amount (tax included): {amount}",
                                         amount=yen(amount))), cell), "", ""])
    sku_width = min(42 * mm, width * 0.28)
    # The number columns are as wide as their headings in the slip's language ("Quantity"
    # wrapped to "Quantit|y" in a fixed 16 mm) and their longest value.
    number_width = _column_width([t(headings[0]), str(len(order.lines))], font, 9 * scale,
                                 9 * mm)
    quantity_width = _column_width([t(headings[3]), str(order.units)], font, 9 * scale,
                                   16 * mm)
    table = Table(rows, colWidths=[number_width,
                                   width - sku_width - number_width - quantity_width,
                                   sku_width, quantity_width], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 9 * scale),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, totals), (-1, totals), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, totals - 1), [colors.white, colors.HexColor("#F2F2F2")]),
        ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [table, Spacer(1, 8 * mm)]
    url = returns_url(order, returns_template)
    heading = ParagraphStyle("h", parent=body, fontSize=12 * scale, leading=16 * scale)
    instructions = msg("Slip", "You can return unused items within 30 days. Scan the QR code "
                       "to start a return for order {order}, print the return label and drop "
                       "the parcel at any convenience store.", order=order.id)
    returns = Table([[
        [Paragraph(t(msg("Slip", "Returns")), heading), Paragraph(t(instructions), body),
         Paragraph(escape(url), ParagraphStyle("url", parent=body, fontSize=7 * scale))],
        QrCode(url, 28 * mm * scale),
    ]], colWidths=[width - 34 * mm, 34 * mm])
    returns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("FONT", (0, 0), (-1, -1), font, 9 * scale),
                                 ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                 ("PADDING", (0, 0), (-1, -1), 3 * mm)]))
    story.append(returns)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=paper.points, leftMargin=15 * mm,
                                 rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                                 title=f"Packing slip {order.id}", initialFontName=font)
    footer = translate.render(msg("Slip", "Order {order}", order=order.id))

    def measure(text: str, size: float) -> float:
        return float(pdfmetrics.stringWidth(text, font, size))

    def number_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        line, size = text_fit.fit_line(f"{brand_name} · {footer} · {doc.page}", measure,
                                       width, 7.5)
        canvas.setFont(font, size)
        canvas.drawRightString(paper.points[0] - 15 * mm, 8 * mm, line)

    document.build(story, onFirstPage=number_page, onLaterPages=number_page)
    return buffer.getvalue()


# reportlab's default left and right padding of a table cell, in points.
CELL_PADDING = 6


def _column_width(texts: list[str], font: str, size: float, minimum: float) -> float:
    """At least `minimum`, and wide enough for each of `texts` on one line."""
    widest = max(float(pdfmetrics.stringWidth(text, font, size)) for text in texts)
    return max(minimum, widest + 2 * CELL_PADDING + 1)
