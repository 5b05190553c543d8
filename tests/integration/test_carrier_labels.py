"""Carrier labels read back as a carrier's scanner and a person would: the Codabar decodes
(zxing-cpp) to the carrier's start/stop around the 12-digit number from the PDF rasterised at
203 dpi and from the ZPL rendered offline at 203 and 300 dpi; the whole address with its room
number, the box count and the marks are in the text; no two texts share any space."""

from __future__ import annotations

import dataclasses

import pytest

from printing.documents import carrier_label_pdf, carrier_label_zpl
from printing.documents.carrier_label import CarrierLabelData, CoolType
from printing.documents.carrier_layouts import CARRIERS, layout_for
from printing.errors import PrintingError
from printing.paper import LabelSize
from station.models import Address
from tests import carrier_label_support as support
from tests import printing_readback as readback

LONG_SERVICE = "宅急便コンパクト クール便 タイムサービス 午前10時まで (冷凍)"
LONG_NAME = "株式会社サンプルトレーディング 物流管理部 受付ご担当 長谷川 ひかり"


def expected(carrier: str) -> tuple[str, str]:
    code = support.START_STOP[carrier]
    return ("Codabar", f"{code}{support.NUMBER}{code}")


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("carrier", CARRIERS)
def test_the_pdf_label_at_203_dpi_decodes_to_the_number_with_the_carriers_start_stop(
        carrier, size):
    pdf = carrier_label_pdf.render([support.label(carrier)], size)
    assert readback.page_size_mm(pdf) == pytest.approx(size.mm, abs=0.2)
    found = [(code.format, code.text) for code in readback.decode_pdf(pdf, 203)]
    assert found == [expected(carrier)]


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("carrier", CARRIERS)
def test_the_zpl_label_decodes_to_the_number_with_the_carriers_start_stop(carrier, dpi, size):
    zpl = carrier_label_zpl.render([support.label(carrier)], size, dpi)
    image = readback.zpl_image(zpl, *size.mm, dpi)
    found = [(code.format, code.text) for code in readback.decode(image)]
    assert found == [expected(carrier)]


@pytest.mark.parametrize("carrier", CARRIERS)
def test_the_text_has_the_whole_address_with_its_room_number_and_each_box_of_n(carrier):
    pdf = carrier_label_pdf.render([support.label(carrier, 1), support.label(carrier, 2)])
    pages = readback.text(pdf).split("\f")
    for box_no, page in enumerate(pages[:2], start=1):
        flat = "".join(page.split())
        assert support.ROOM in flat
        assert "豊洲ベイサイドクロスタワーレジデンス棟3205号室" in flat
        assert f"{box_no}/2" in flat
        assert "山田花子様" in flat
        assert "3897-1107-4012" in flat
        assert "¥12,800" in flat
        assert "〒135-0061" in flat
        assert "〒136-0082" in flat


def test_each_carrier_prints_its_own_words_for_cool_and_cash_on_delivery():
    words = {carrier: "".join(readback.text(carrier_label_pdf.render(
        [support.label(carrier, cool=CoolType.CHILLED)])).split()) for carrier in CARRIERS}
    assert "クール冷蔵" in words["yamato"]
    assert "コレクト" in words["yamato"]
    assert "クール冷蔵" in words["sagawa"]
    assert "代引" in words["sagawa"]
    assert "チルド" in words["japanpost"]
    assert "代金引換" in words["japanpost"]
    prepaid = "".join(readback.text(carrier_label_pdf.render(
        [support.label("yamato", cod_amount_yen=None, cool=CoolType.NONE)])).split())
    assert "コレクト" not in prepaid
    assert "¥" not in prepaid
    assert "クール" not in prepaid


def _crowded(carrier: str) -> CarrierLabelData:
    """Everything at its longest: the carrier name and box count, a name that must shrink,
    an address that must wrap, many items."""
    return support.label(
        carrier, service=LONG_SERVICE, box_no=12, box_count=12,
        recipient=Address(name=LONG_NAME, postcode="135-0061", region="東京都",
                          city="江東区", street=support.RECIPIENT.street * 2,
                          phone="090-1234-5678"),
        items="、".join(["オーガニックコットンTシャツ ホワイト L ×2"] * 3),
        time_slot="19-21時", cod_amount_yen=300000)


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("crowded", [False, True], ids=["demo", "crowded"])
@pytest.mark.parametrize("carrier", CARRIERS)
def test_no_two_words_of_the_pdf_label_share_space_and_all_are_on_the_label(carrier, crowded,
                                                                             size):
    data = _crowded(carrier) if crowded else support.label(carrier)
    pdf = carrier_label_pdf.render([data], size)
    words = support.pdf_words(pdf)
    assert len(words) > 20
    assert support.overlapping(words) == []
    width, height = (value / 25.4 * 72 for value in size.mm)
    assert all(box[0] > 0 and box[2] < width and box[1] > 0 and box[3] < height
               for _, box in words)
    if crowded:
        flat = support.raw_text(pdf)
        assert "12/12" in flat
        assert "".join(LONG_SERVICE.split()) in flat
        assert (support.RECIPIENT.street * 2).replace(" ", "") in flat


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("carrier", CARRIERS)
def test_no_two_texts_of_the_zpl_label_share_space_nor_touch_the_bars(carrier, dpi, size):
    zpl = carrier_label_zpl.render([_crowded(carrier)], size, dpi)
    graphics, bars = support.zpl_rects(zpl)
    assert len(bars) == 1
    assert len(graphics) > 20
    named = [(f"text@{rect[:2]}", rect) for rect in graphics] + [("bars", bars[0])]
    assert support.overlapping(named) == []
    width, height = (round(value * dpi / 25.4) for value in size.mm)
    assert all(rect[2] <= width and rect[3] <= height for _, rect in named)


@pytest.mark.parametrize("size", list(LabelSize))
@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("carrier", CARRIERS)
def test_no_text_of_the_zpl_label_is_printed_over_a_rule_or_frame(carrier, dpi, size):
    zpl = carrier_label_zpl.render([_crowded(carrier)], size, dpi)
    ink = [(f"ink@{rect[:2]}", rect) for rect in support.zpl_ink(zpl)]
    lines = [(f"line@{rect}", rect) for rect in support.zpl_lines(zpl)]
    assert len(lines) > 10
    assert [pair for pair in support.overlapping(ink + lines)
            if pair[0].startswith("ink") and pair[1].startswith("line")] == []


def test_the_zpl_label_is_ascii_with_utf8_field_data_declared_and_one_label_per_box():
    zpl = carrier_label_zpl.render([support.label("yamato", 1), support.label("yamato", 2)])
    assert zpl.isascii()
    assert zpl.count(b"^XA^CI28") == 2
    assert zpl.count(b"^XZ") == 2
    assert b"^PW812^LL1218" in zpl


def test_the_japanese_text_is_in_an_embedded_font():
    fonts = readback.fonts(carrier_label_pdf.render([support.label("sagawa")]))
    assert fonts
    assert all(font["emb"] == "yes" for font in fonts)
    assert any("IPAexGothic" in font["name"] for font in fonts)


def test_an_address_too_long_for_the_smallest_print_is_refused_with_the_field_named():
    street = "豊洲三丁目2番20号 " * 30
    data = support.label("yamato", recipient=Address(
        name="山田 花子", postcode="135-0061", region="東京都", city="江東区", street=street))
    with pytest.raises(PrintingError) as raised:
        carrier_label_zpl.render([data])
    assert "recipient's address" in raised.value.message.render()
    assert "お届け先の住所" in raised.value.message.render(language="ja")
    with pytest.raises(PrintingError):
        carrier_label_pdf.render([support.label("yamato"), data])


def test_a_frozen_parcel_gets_no_yu_pack_label():
    with pytest.raises(PrintingError) as raised:
        carrier_label_pdf.render([support.label("japanpost", cool=CoolType.FROZEN)])
    assert "frozen" in raised.value.message.render()


@pytest.mark.parametrize("number", ["38971107401", "3897-1107-4012", "38971107401２", ""])
def test_a_tracking_number_that_is_not_12_digits_prints_nothing(number):
    with pytest.raises(PrintingError):
        support.label("yamato", tracking_number=number)


def test_a_contract_can_give_other_start_stop_characters():
    layout = dataclasses.replace(layout_for("yamato"), codabar_start="C", codabar_stop="B")
    zpl = carrier_label_zpl.render([support.label("yamato")], layout=layout)
    [found] = readback.decode(readback.zpl_image(zpl, *LabelSize.FOUR_BY_SIX.mm, 203))
    assert found.text == f"C{support.NUMBER}B"
    pdf = carrier_label_pdf.render([support.label("yamato")], layout=layout)
    assert [code.text for code in readback.decode_pdf(pdf, 203)] == [f"C{support.NUMBER}B"]


def test_an_unknown_carrier_has_no_layout():
    with pytest.raises(PrintingError) as raised:
        carrier_label_pdf.render([dataclasses.replace(support.label("yamato"),
                                                      carrier="fukutsu")])
    assert "fukutsu" in raised.value.message.render()
