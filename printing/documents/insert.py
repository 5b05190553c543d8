"""The branded unboxing insert (postcard/A6 or A5): the brand kit's colours, fonts, logo and
message templates, personalised per order, with QR codes to review, reorder and social pages
that carry the order reference. A broken kit gives a plain insert and the problems found."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from printing import barcodes, fonts, kit_templates, text_fit
from printing.brandkit import BrandKit, KitLoad, problem
from printing.documents.personal import InsertContext
from printing.paper import Paper
from station.messages import Message, catalogue, msg

INSERT_PAPERS = (Paper.A6, Paper.A5)


@dataclass(frozen=True)
class InsertText:
    """The words and links of one insert, after templates ran."""

    greeting: str
    paragraphs: tuple[str, ...]
    signature: str
    links: tuple[tuple[str, str], ...] = field(default=())  # (caption, url)


@dataclass(frozen=True)
class InsertResult:
    pdf: bytes
    branded: bool
    problems: tuple[Message, ...] = ()


def render(context: InsertContext, kit: KitLoad, paper: Paper = Paper.A6) -> InsertResult:
    problems = list(kit.problems)
    if kit.kit is not None:
        text = _kit_text(kit.kit, context, problems)
        if text is not None:
            return InsertResult(_draw(kit.kit, text, context.language, paper), True,
                                tuple(problems))
    return InsertResult(_draw(None, plain_text(context), context.language, paper), False,
                        tuple(problems))


def _kit_text(kit: BrandKit, context: InsertContext,
              problems: list[Message]) -> InsertText | None:
    language = context.language if context.language in kit.messages else "en"
    templates = kit.messages[language]
    fields = context.template_fields()
    wanted = ["greeting", "thanks", "first_order" if context.first_order else "returning",
              "signature"]
    if context.subscription_next:
        wanted.append("subscription")
    if context.cross_sell:
        wanted.append("cross_sell")
    sources = {f"messages.{language}.{key}": templates[key] for key in wanted}
    sources |= {f"links.{key}": template for key, template in kit.links.items()}
    texts = kit_templates.render_many(sources, fields)
    for where in sources:
        text = texts.get(where)
        if not isinstance(text, str):
            reason = text if text is not None else "not rendered: an earlier one took too long"
            problems.append(problem(kit.brand_id, where, f"template error: {reason}"))
    rendered = {key: str(texts.get(f"messages.{language}.{key}", "")).strip() for key in wanted}
    links = {key: str(texts.get(f"links.{key}", "")).strip() for key in kit.links}
    if len(problems):
        return None
    order = ("thanks", "first_order", "returning", "subscription", "cross_sell")
    translate = catalogue(language)
    captions = {"review": msg("Insert", "Review"), "reorder": msg("Insert", "Reorder"),
                "social": msg("Insert", "Follow us")}
    return InsertText(
        greeting=rendered["greeting"],
        paragraphs=tuple(rendered[key] for key in order if rendered.get(key)),
        signature=rendered["signature"],
        links=tuple((translate.render(captions[key]), url) for key, url in links.items()
                    if url),
    )


def plain_text(context: InsertContext) -> InsertText:
    """The insert without a brand kit: the station's own words, in the order's language."""
    translate = catalogue(context.language)
    separator = "、" if context.language == "ja" else ", "
    paragraphs = [msg("Insert", "Thank you for your order {order}. Enclosed: {items}.",
                      order=context.order_id, items=separator.join(context.items))]
    if context.subscription_next:
        paragraphs.append(msg("Insert", "Your next delivery is planned for {date}.",
                              date=context.subscription_next))
    return InsertText(
        greeting=translate.render(msg("Insert", "Dear {name},", name=context.customer)),
        paragraphs=tuple(translate.render(paragraph) for paragraph in paragraphs),
        signature=context.brand,
    )


LOGO_MAX_PX = (600, 200)  # 14 mm tall on an A5 insert is ~230 dots at 300 dpi


@lru_cache(maxsize=16)
def _image(path: Path) -> ImageReader:
    """The logo, scaled down once to what a 300 dpi printer can show: a brand manager's
    4000-pixel logo would otherwise be compressed into every insert."""
    with Image.open(path) as source:
        logo = source.convert("RGBA")
    logo.thumbnail(LOGO_MAX_PX)
    return ImageReader(logo)


def _draw(kit: BrandKit | None, text: InsertText, language: str, paper: Paper) -> bytes:
    width, height = paper.points
    unit = width / (105 * mm)  # layouts are drawn for A6 and scaled
    buffer = io.BytesIO()
    body_font = fonts.register(kit.body_font) if kit else fonts.family(fonts.GOTHIC)
    heading_font = fonts.register(kit.heading_font) if kit else body_font
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1,
                    initialFontName=body_font)
    canvas.setTitle("Insert")
    colours = kit.colours if kit else {"primary": "#000000", "accent": "#000000",
                                       "background": "#FFFFFF", "text": "#000000"}
    canvas.setFillColor(HexColor(colours["background"]))
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setFillColor(HexColor(colours["accent"]))
    canvas.rect(0, height - 3 * mm * unit, width, 3 * mm * unit, stroke=0, fill=1)
    top = height - 8 * mm * unit
    if kit and kit.logo:
        logo = _image(kit.logo)
        logo_w, logo_h = logo.getSize()
        draw_h = 14 * mm * unit
        draw_w = draw_h * logo_w / logo_h
        canvas.drawImage(logo, 8 * mm * unit, top - draw_h, draw_w, draw_h, mask="auto")
        top -= draw_h + 5 * mm * unit
    else:
        canvas.setFillColor(HexColor(colours["primary"]))
        font = fonts.covering(heading_font, text.signature)
        signature, size = text_fit.fit_line(
            text.signature, lambda value, size: pdfmetrics.stringWidth(value, font, size),
            width - 16 * mm * unit, 9 * unit * mm / 2.5)
        canvas.setFont(font, size)
        canvas.drawString(8 * mm * unit, top - 6 * mm * unit, signature)
        top -= 12 * mm * unit
    wrap = "CJK" if language == "ja" else None
    frame_width = width - 16 * mm * unit
    greeting = ParagraphStyle("greeting", fontName=heading_font, fontSize=13 * unit,
                              leading=17 * unit, textColor=HexColor(colours["primary"]),
                              wordWrap=wrap)
    body = ParagraphStyle("body", fontName=body_font, fontSize=8.6 * unit, leading=13 * unit,
                          textColor=HexColor(colours["text"]), wordWrap=wrap,
                          spaceAfter=3 * unit)
    floor = (44 if text.links else 12) * mm * unit  # above the QR codes and the signature
    room = top - floor
    for content, base in [(text.greeting, greeting)] + [(p, body) for p in text.paragraphs]:
        style = ParagraphStyle(base.name, parent=base,
                               fontName=fonts.covering(base.fontName, content))
        # A greeting with a very long name keeps at most a third of the room for itself.
        limit = room / 3 if base is greeting else top - floor
        fitted = _fitting(content, style, frame_width, limit)
        if fitted is None:
            break
        paragraph, used = fitted
        paragraph.drawOn(canvas, 8 * mm * unit, top - used)
        top -= used + 2.5 * mm * unit
    _draw_links(canvas, text.links, width=width, unit=unit, font=body_font, colours=colours)
    canvas.setFillColor(HexColor(colours["primary"]))
    if kit:
        font = fonts.covering(heading_font, text.signature)
        signature, size = text_fit.fit_line(
            text.signature, lambda value, size: pdfmetrics.stringWidth(value, font, size),
            frame_width, 7.5 * unit)
        canvas.setFont(font, size)
        canvas.drawRightString(width - 8 * mm * unit, 6 * mm * unit, signature)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fitting(content: str, style: ParagraphStyle, width: float,
             height: float) -> tuple[Paragraph, float] | None:
    """The paragraph, cut with an ellipsis as far as needed to fit `height`; None when not
    even its first line fits. A 600-character name must not run over the QR codes."""
    content = text_fit.clip(content)
    paragraph = Paragraph(escape(content), style)
    _, used = paragraph.wrap(width, height)
    if used <= height:
        return paragraph, used
    low, high, best = 1, len(content) - 1, None
    while low <= high:
        middle = (low + high) // 2
        candidate = Paragraph(escape(text_fit.clip(content, middle)), style)
        _, used = candidate.wrap(width, height)
        if used <= height:
            best, low = (candidate, used), middle + 1
        else:
            high = middle - 1
    return best


def _draw_links(canvas: Canvas, links: tuple[tuple[str, str], ...], *, width: float,
                unit: float, font: str, colours: dict[str, str]) -> None:
    if not links:
        return
    size = 21 * mm * unit
    gap = (width - len(links) * size) / (len(links) + 1)
    bottom = 15 * mm * unit
    for index, (caption, url) in enumerate(links):
        x = gap + index * (size + gap)
        canvas.setFillColor(HexColor("#FFFFFF"))
        pad = 2 * mm * unit
        canvas.rect(x - pad, bottom - pad, size + 2 * pad, size + 2 * pad, stroke=0, fill=1)
        canvas.setFillColor(HexColor("#000000"))
        barcodes.draw_qr(canvas, x, bottom, url, size)
        canvas.setFillColor(HexColor(colours["text"]))
        canvas.setFont(fonts.covering(font, caption), 7 * unit)
        canvas.drawCentredString(x + size / 2, bottom + size + 3.2 * mm * unit, caption)
