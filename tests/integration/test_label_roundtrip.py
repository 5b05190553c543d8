"""Shipping labels read back: every barcode decoded from the PDF rasterised at the printer's
resolution and from the ZPL rendered offline (zplkit) is what was meant; Japanese addresses
are in an embedded font (PDF) or drawn as graphics (ZPL), never left to a printer font."""

from __future__ import annotations

import pytest

from printing.documents import label_pdf, label_zpl, shipping
from printing.paper import LabelSize
from station.demo import APPAREL
from station.events.pack import OrderPacked, PackedBox, PackedUnit
from station.models import Address
from tests import printing_readback as readback
from tests.support import find_order

SHIP_FROM = Address(name="TYO1 Fulfilment Center", postcode="136-0082", region="東京都",
                    city="江東区", street="新木場1-2-3")


@pytest.fixture
def two_box_labels(core):
    order = find_order(core, brand=APPAREL, min_lines=3, max_lines=4)
    first, rest = order.lines[0], order.lines[1:]
    packed = OrderPacked(order_id=order.id, units=order.units, lines=len(order.lines), boxes=(
        PackedBox(box_no=1, box_type="B60", items=(
            PackedUnit(sku=first.product.sku, quantity=first.quantity),)),
        PackedBox(box_no=2, box_type="B80", items=tuple(
            PackedUnit(sku=line.product.sku, quantity=line.quantity) for line in rest)),
    ))
    return order, shipping.labels_for(order, packed, core.catalogue, SHIP_FROM, "4589123")


def expected(label: shipping.ShippingLabel) -> set[tuple[str, str, bool]]:
    return {("Code128", label.tracking, False), ("Code128", "00" + label.sscc, True)}


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("dpi", [203, 300])
def test_every_barcode_on_the_pdf_label_decodes_to_what_was_meant(two_box_labels, size, dpi):
    _, labels = two_box_labels
    for label in labels:
        pdf = label_pdf.render(label, size)
        assert readback.page_size_mm(pdf) == pytest.approx(size.mm, abs=0.2)
        found = {(code.format, code.text, code.gs1) for code in readback.decode_pdf(pdf, dpi)}
        assert found == expected(label)


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("dpi", [203, 300])
def test_every_barcode_on_the_zpl_label_decodes_to_what_was_meant(two_box_labels, size, dpi):
    _, labels = two_box_labels
    for label in labels:
        zpl = label_zpl.render(label, size, dpi)
        image = readback.zpl_image(zpl, *size.mm, dpi)
        found = {(code.format, code.text, code.gs1) for code in readback.decode(image)}
        assert found == expected(label)


def test_a_two_box_order_gets_two_labels_with_their_own_numbers_and_weights(two_box_labels,
                                                                             core):
    order, (first, second) = two_box_labels
    assert (first.box_no, first.box_count, second.box_no, second.box_count) == (1, 2, 2, 2)
    assert first.sscc != second.sscc
    assert first.tracking != second.tracking
    line = order.lines[0]
    box = core.catalogue.box_type("B60")
    assert first.weight_g == box.tare_g + line.product.weight_g * line.quantity
    text = readback.text(label_pdf.render(second))
    assert "BOX 2/2" in text
    assert f"REF {order.id}" in text
    assert f"(00) {second.sscc}" in text


def test_the_japanese_address_is_in_an_embedded_font_and_reads_back_as_text(two_box_labels):
    order, labels = two_box_labels
    pdf = label_pdf.render(labels[0])
    fonts = readback.fonts(pdf)
    assert fonts
    assert all(font["emb"] == "yes" for font in fonts)
    assert any("IPAexGothic" in font["name"] for font in fonts)
    text = readback.text(pdf)
    address = order.ship_to
    assert f"{address.region}{address.city}" in text.replace(" ", "")
    assert f"{address.name}様".replace(" ", "") in text.replace(" ", "")


def test_the_zpl_label_carries_japanese_as_graphics_and_only_ascii_commands(two_box_labels):
    _, labels = two_box_labels
    zpl = label_zpl.render(labels[0])
    assert zpl.isascii()
    assert zpl.startswith(b"^XA")
    assert zpl.rstrip().endswith(b"^XZ")
    assert zpl.count(b"^XA") == 1
    assert b"^GFA," in zpl
    assert b"^PW812^LL1218" in zpl
    assert b"^PW1181^LL1772" in label_zpl.render(labels[0], LabelSize.MM_100X150, 300)


def test_field_data_cannot_break_out_of_a_zpl_field(core):
    order = find_order(core, brand=APPAREL)
    sender = Address(name="Caret^XZ~JR_Corp", postcode="1", region="R", city="C", street="S")
    [label] = shipping.labels_for(order, None, core.catalogue, sender, "4589123")
    zpl = label_zpl.render(label)
    assert zpl.count(b"^XZ") == 1
    assert b"~JR" not in zpl
    assert b"Caret_5EXZ_7EJR_5FCorp" in zpl
