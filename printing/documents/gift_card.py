"""The gift message card (A6, on the insert printer): the customer's message in the order's
language, the giver's name, and the brand's heading and closing from its kit (`[gift]`).
Set in Mincho, as Japanese message cards are; a message too long for the card is set smaller
and, past that, cut with an ellipsis: the card always prints."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, KeepInFrame, Paragraph, Spacer

from printing import fonts, text_fit
from printing.gift_kit import GiftKit
from printing.paper import Paper
from station.gift import Gift
from station.messages import catalogue, msg

INK = HexColor("#222222")
RULE = HexColor("#B8860B")


def render(gift: Gift, giver: str, brand_name: str, kit: GiftKit, *, language: str,
           paper: Paper = Paper.A6) -> bytes:
    width, height = paper.points
    words = kit.words(language)
    mincho = fonts.family(fonts.MINCHO)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=paper.points, pageCompression=1, initialFontName=mincho)
    canvas.setTitle("Gift card")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.rect(6 * mm, 6 * mm, width - 12 * mm, height - 12 * mm)
    wrap = "CJK" if language == "ja" else None
    heading = ParagraphStyle("heading", fontName=mincho, fontSize=15, leading=20,
                             alignment=1, textColor=INK)
    body = ParagraphStyle("body", fontName=fonts.covering(mincho, gift.message), fontSize=11.5,
                          leading=18, textColor=INK, wordWrap=wrap)
    right = ParagraphStyle("right", parent=body, alignment=2)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=11, alignment=1)
    translate = catalogue(language)
    sender = text_fit.clip(giver, 60)
    story = [Paragraph(escape(words["heading"]), heading), Spacer(1, 6 * mm)]
    story += [Paragraph(escape(line) or "&nbsp;", body)
              for line in text_fit.clip(gift.message, 400).splitlines()]
    story.append(Spacer(1, 5 * mm))
    if sender:
        story.append(Paragraph(escape(translate.render(
            msg("Gift card", "From {sender}", sender=sender))), right))
    if words["closing"]:
        story += [Spacer(1, 4 * mm), Paragraph(escape(words["closing"]), small)]
    story += [Spacer(1, 2 * mm), Paragraph(escape(text_fit.clip(brand_name, 80)), small)]
    frame = Frame(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm, showBoundary=0)
    frame.addFromList([KeepInFrame(width - 24 * mm, height - 24 * mm, story, mode="shrink")],
                      canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
