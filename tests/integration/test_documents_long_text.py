"""Documents never fail on data: a name of 600 Japanese, 900 or 5,000 ASCII characters (and a
street, brand and title as long) still gives every document, read back: the PDF label, the
ZPL label (each field within the printer's 3 KB field data limit), the packing slip, the
branded and plain insert and the re-commerce label. Text is shrunk or cut with an ellipsis,
stays on the page, and the barcodes still decode."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import tempfile
from html.parser import HTMLParser

import pytest

from printing import brandkit, zpl_text
from printing.documents import insert, label_pdf, label_zpl, recommerce, shipping, slip
from printing.documents.personal import InsertContext
from printing.paper import LabelSize, Paper
from station.demo import APPAREL
from station.models import Address
from tests import printing_readback as readback
from tests.support import find_order

NAMES = {"japanese-600": "山田花子" * 150, "ascii-900": "Alexandra " * 90,
         "ascii-5000": "B" * 5000}
ZPL_FIELD_LIMIT = 3072  # bytes of ^FD field data a Zebra printer accepts


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.pages: list[tuple[float, float]] = []
        self.words: list[tuple[int, float, float, float, float]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: float(value or 0) for key, value in attrs
                  if key in ("width", "height", "xmin", "ymin", "xmax", "ymax")}
        if tag == "page":
            self.pages.append((values["width"], values["height"]))
        elif tag == "word":
            self.words.append((len(self.pages) - 1, values["xmin"], values["ymin"],
                               values["xmax"], values["ymax"]))


def assert_text_stays_on_the_page(pdf: bytes) -> None:
    """Every word pdftotext finds lies inside its page (nothing runs off an edge)."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        html = subprocess.run(["pdftotext", "-bbox", handle.name, "-"], capture_output=True,
                              text=True, check=True, timeout=30).stdout
    words = _Words()
    words.feed(html)
    assert words.words
    for page, x_min, y_min, x_max, y_max in words.words:
        width, height = words.pages[page]
        assert x_min >= -0.5
        assert y_min >= -0.5
        assert x_max <= width + 0.5, (x_max, width)
        assert y_max <= height + 0.5, (y_max, height)


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", "", readback.text(pdf))


@pytest.fixture(params=sorted(NAMES))
def long_order(core, request):
    name = NAMES[request.param]
    order = find_order(core, brand=APPAREL, min_lines=2)
    ship_to = dataclasses.replace(order.ship_to, name=name, street=name[:700],
                                  phone="0" * 300)
    return dataclasses.replace(order, customer_name=name, ship_to=ship_to), name


def long_label(order, name: str) -> shipping.ShippingLabel:
    return shipping.ShippingLabel(
        order_id=order.id, brand_name=name, ship_from=Address(name=name, street=name),
        ship_to=order.ship_to, carrier=name, service=name, tracking="123456789012",
        sscc="045891230100001019", weight_g=1200, box_no=1, box_count=1)


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("country", ["JP", "US"])
def test_the_pdf_label_cuts_long_text_and_keeps_its_barcodes(long_order, size, country):
    order, name = long_order
    order = dataclasses.replace(order, ship_to=dataclasses.replace(
        order.ship_to, country=country, city=name, region=name))
    pdf = label_pdf.render(long_label(order, name), size)
    assert_text_stays_on_the_page(pdf)
    text = flat(pdf)
    assert name[:8].replace(" ", "") in text
    assert "…" in text
    found = {(code.format, code.text) for code in readback.decode_pdf(pdf, 203)}
    assert ("Code128", "123456789012") in found


@pytest.mark.parametrize("dpi", [203, 300])
def test_every_zpl_field_stays_within_the_printers_limit(long_order, dpi):
    order, name = long_order
    zpl = label_zpl.render(long_label(order, name), LabelSize.FOUR_BY_SIX, dpi)
    fields = re.findall(rb"\^FD(.*?)\^FS", zpl, re.DOTALL)
    assert fields
    assert max(len(field) for field in fields) <= ZPL_FIELD_LIMIT
    # Japanese text is a ^GFA graphic: never wider than the label (bytes per row).
    rows = [int(row) for row in re.findall(rb"\^GFA,\d+,\d+,(\d+),", zpl)]
    assert rows
    assert max(rows) <= round(101.6 / 25.4 * dpi) / 8
    image = readback.zpl_image(zpl, 101.6, 152.4, dpi)
    assert "123456789012" in {code.text for code in readback.decode(image)}


@pytest.mark.parametrize("paper", slip.SLIP_PAPERS)
@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_slip_prints_a_long_name_cut_with_an_ellipsis(long_order, paper, language):
    order, name = long_order
    order = dataclasses.replace(order, language=language)
    pdf = slip.render(order, name, paper)
    assert_text_stays_on_the_page(pdf)
    text = flat(pdf)
    assert name[:8].replace(" ", "") in text
    assert "…" in text
    assert order.lines[-1].product.sku in text
    found = {(code.format, code.text) for code in readback.decode_pdf(pdf, 300)}
    assert found == {("Code128", order.id), ("QRCode", slip.returns_url(order))}


@pytest.mark.parametrize("kit", ["KAZE", None])
def test_the_insert_prints_a_long_name_and_keeps_its_qr_codes_clear(long_order, kit):
    order, name = long_order
    context = InsertContext(brand="KAZE", customer=name, order_id=order.id, language="ja",
                            items=(name, "Tシャツ"), units=2, previous_orders=3,
                            first_order=False, subscription_next="2026-12-24", cross_sell=name)
    loaded = (brandkit.load(brandkit.folder_for(kit), kit) if kit
              else brandkit.KitLoad(None, ()))
    result = insert.render(context, loaded, Paper.A6)
    assert result.branded is (kit is not None)
    assert_text_stays_on_the_page(result.pdf)
    text = flat(result.pdf)
    assert name[:8].replace(" ", "") in text
    if kit is None:  # the greeting leaves room for the words after it
        assert order.id in text
    codes = [code for code in readback.decode_pdf(result.pdf, 300) if code.format == "QRCode"]
    assert len(codes) == (3 if kit else 0)
    assert all(order.id in code.text for code in codes)


def test_the_recommerce_label_fits_long_text_and_keeps_its_barcodes(long_order):
    _, name = long_order
    label = recommerce.RecommerceLabel(
        brand=name, original_sku=name, new_sku="RC-KAZE-1", barcode_value="RC-KAZE-1",
        grade="B" * 40, condition=name, title=name, price_yen=10**15,
        qr_url="https://resale.example/item/RC-KAZE-1", language="ja")
    pdf = recommerce.render(label)
    assert_text_stays_on_the_page(pdf)
    assert name[:4].replace(" ", "") in flat(pdf)
    found = {(code.format, code.text) for code in readback.decode_pdf(pdf, 300)}
    assert found == {("Code128", "RC-KAZE-1"), ("QRCode", label.qr_url)}


STREET = "神宮前六丁目二十三番四号 オーシャンビューレジデンス南青山 一二〇三号室 山田様方"


@pytest.mark.parametrize("size", list(LabelSize))
def test_a_long_street_takes_two_lines_on_the_pdf_label_and_is_not_cut(core, size):
    order = find_order(core, brand=APPAREL)
    order = dataclasses.replace(order, ship_to=dataclasses.replace(order.ship_to,
                                                                   street=STREET))
    pdf = label_pdf.render(long_label(order, "KAZE Apparel"), size)
    assert_text_stays_on_the_page(pdf)
    assert STREET.replace(" ", "") in flat(pdf)
    found = {(code.format, code.text) for code in readback.decode_pdf(pdf, 203)}
    assert ("Code128", "123456789012") in found


@pytest.mark.parametrize("dpi", [203, 300])
def test_a_long_street_takes_two_lines_on_the_zpl_label(core, dpi):
    order = find_order(core, brand=APPAREL)
    long_street = dataclasses.replace(order, ship_to=dataclasses.replace(order.ship_to,
                                                                         street=STREET))
    short = label_zpl.render(long_label(order, "KAZE"), LabelSize.FOUR_BY_SIX, dpi)
    wrapped = label_zpl.render(long_label(long_street, "KAZE"), LabelSize.FOUR_BY_SIX, dpi)
    assert wrapped.count(b"^GFA") == short.count(b"^GFA") + 1
    width = round((101.6 - 8) / 25.4 * dpi)
    lines, _ = zpl_text.wrapped(f"{order.ship_to.region}{order.ship_to.city}{STREET}",
                                round(4.6 / 25.4 * dpi), width)
    assert len(lines) == 2
    assert "".join(lines).replace(" ", "") == (
        f"{order.ship_to.region}{order.ship_to.city}{STREET}".replace(" ", ""))
    image = readback.zpl_image(wrapped, 101.6, 152.4, dpi)
    assert "123456789012" in {code.text for code in readback.decode(image)}
