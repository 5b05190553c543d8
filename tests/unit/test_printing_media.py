"""CUPS media options read from the document itself: the size every driver knows by name,
a custom size in inches or millimetres, landscape documents on portrait stock, ZPL raw."""

from __future__ import annotations

import pytest

from printing.media import PageSize, cups_options, first_page_size, media_name


def pdf_with(box: str, extra: str = "") -> bytes:
    return (f"%PDF-1.4\n3 0 obj\n<< /Type /Page /MediaBox {box} {extra} /Parent 2 0 R >>\n"
            "endobj\n").encode()


@pytest.mark.parametrize(("points", "name"), [
    ((288, 432), "Custom.4x6in"), ((432, 288), "Custom.4x6in"),
    ((283.46, 425.2), "Custom.100x150mm"), ((283.46, 141.73), "Custom.50x100mm"),
    ((595.28, 841.89), "A4"), ((419.53, 595.28), "A5"), ((612, 792), "Letter"),
])
def test_the_media_is_named_as_cups_knows_it_in_its_portrait_form(points, name):
    assert media_name(PageSize(*points)) == name


def test_the_size_and_a_quarter_turn_are_read_from_the_first_page():
    assert first_page_size(pdf_with("[ 0 0 288 432 ]")) == PageSize(288, 432)
    assert first_page_size(pdf_with("[0 0 288 432]", "/Rotate 90")) == PageSize(432, 288)
    assert first_page_size(b"%PDF-1.4 no page here") is None
    assert first_page_size(pdf_with("[ 0 0 0 0 ]")) is None


def test_a_landscape_pdf_asks_for_landscape_on_its_own_media_unscaled():
    options = cups_options("pdf", pdf_with("[ 0 0 283.46 141.73 ]"))
    assert options == ["-o", "media=Custom.50x100mm", "-o", "orientation-requested=4",
                       "-o", "fit-to-page=false", "-o", "print-scaling=none"]


def test_zpl_goes_raw_and_a_pdf_without_a_readable_size_gets_the_queue_default():
    assert cups_options("zpl", b"^XA^XZ") == ["-o", "raw"]
    assert cups_options("pdf", b"%PDF-1.7 compressed") == []
