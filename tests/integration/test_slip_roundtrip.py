"""Packing slips read back: the order number and the returns QR code decode, every line is
listed, the text is in the order's language and in an embedded font."""

from __future__ import annotations

import dataclasses
import re

import pytest

from printing.documents import slip
from printing.paper import Paper
from station.demo import APPAREL, COSMETICS
from tests import printing_readback as readback
from tests.support import find_order


@pytest.mark.parametrize("paper", slip.SLIP_PAPERS)
def test_the_order_barcode_and_returns_qr_code_decode_on_every_paper(core, paper):
    order = find_order(core, brand=COSMETICS, min_lines=2)
    pdf = slip.render(order, "HANA Cosmetics", paper)
    assert readback.page_size_mm(pdf) == pytest.approx(paper.mm, abs=0.3)
    found = {(code.format, code.text) for code in readback.decode_pdf(pdf, 300)}
    assert found == {("Code128", order.id), ("QRCode", slip.returns_url(order))}


def test_an_order_with_forty_lines_runs_over_pages_and_lists_every_line(core):
    order = next(o for o in map(core.catalogue.order, core.catalogue.order_ids())
                 if o and len(o.lines) >= 40)
    order = dataclasses.replace(order, language="en")
    pdf = slip.render(order, "KAZE Apparel", Paper.A4)
    pages = readback.pdf_pages(pdf, 40)
    assert len(pages) >= 2
    text = readback.text(pdf)
    for line in order.lines:  # each line's SKU with its own quantity at the end of its row
        row = re.compile(rf"{re.escape(line.product.sku)}\s+{line.quantity}\s*$", re.MULTILINE)
        assert row.search(text), f"line {line.line_no} ({line.product.sku}) is not listed"
    totals = re.findall(r"Total items\s+(\d+)\s*$", text, re.MULTILINE)
    assert totals == [str(order.units)]
    assert order.units == sum(line.quantity for line in order.lines)


def test_a_japanese_order_gets_a_japanese_slip_and_an_english_order_an_english_one(core):
    order = find_order(core, brand=APPAREL)
    japanese = readback.text(slip.render(dataclasses.replace(order, language="ja"), "KAZE"))
    english = readback.text(slip.render(dataclasses.replace(order, language="en"), "KAZE"))
    assert "納品書" in japanese
    assert "返品" in japanese
    assert "Packing slip" in english
    assert "Returns" in english
    assert order.lines[0].product.name_ja in japanese.replace("\n", "")


def test_the_slip_embeds_every_font_it_uses(core):
    order = find_order(core, brand=APPAREL)
    fonts = readback.fonts(slip.render(order, "KAZE Apparel"))
    assert fonts
    assert all(font["emb"] == "yes" for font in fonts)


def test_a_japanese_addressee_is_addressed_with_sama_as_on_the_label(core):
    order = find_order(core, brand=APPAREL)
    order = dataclasses.replace(order, ship_to=dataclasses.replace(order.ship_to, country="JP"))
    text = readback.text(slip.render(order, "KAZE")).replace("\n", " ")
    assert re.search(rf"{re.escape(order.ship_to.name)}\s*様", text)
    abroad = dataclasses.replace(order, ship_to=dataclasses.replace(order.ship_to, country="US"))
    assert "様" not in readback.text(slip.render(abroad, "KAZE"))


@pytest.mark.parametrize("paper", slip.SLIP_PAPERS)
@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_column_headings_fit_on_one_line(core, paper, language):
    """"Quantity" and "No." wrapped to "Quantit / y" and "No / ." on A4 in English."""
    order = dataclasses.replace(find_order(core, brand=APPAREL, min_lines=2), language=language)
    text = readback.text(slip.render(order, "KAZE Apparel", paper))
    headings = {"en": ("No.", "Item", "SKU", "Quantity"), "ja": ("No.", "商品", "SKU", "数量")}
    heading_line = next(line for line in text.splitlines() if "SKU" in line)
    assert heading_line.split() == list(headings[language])
