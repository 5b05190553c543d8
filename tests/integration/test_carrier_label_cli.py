"""`python -m printing render label-pdf|label-zpl --carrier CARRIER` writes the carrier's own
label for every box: of a demo shipment, or of an order on the station."""

from __future__ import annotations

import pytest

from printing.__main__ import main
from printing.documents.carrier_layouts import CARRIERS
from tests import carrier_label_support as support
from tests import printing_readback as readback


@pytest.mark.parametrize("carrier", CARRIERS)
def test_the_demo_shipment_prints_both_boxes_with_the_carriers_barcode(tmp_path, carrier):
    out = tmp_path / "label.pdf"
    code = main(["--data-dir", str(tmp_path / "data"), "render", "label-pdf", "--carrier",
                 carrier, "--out", str(out)])
    assert code == 0
    pdf = out.read_bytes()
    codes = readback.decode_pdf(pdf, 203)
    start = support.START_STOP[carrier]
    assert len(codes) == 2
    assert all(code.format == "Codabar" and code.text[0] == code.text[-1] == start
               and len(code.text) == 14 for code in codes)
    numbers = [code.text[1:-1] for code in codes]
    assert numbers[0] != numbers[1]
    assert all(int(number[:11]) % 7 == int(number[11]) for number in numbers)
    text = support.raw_text(pdf)
    assert "1/2" in text
    assert "2/2" in text
    assert "3205号室" in text


def test_an_order_of_the_station_prints_as_zpl_at_300_dpi(tmp_path):
    out = tmp_path / "label.zpl"
    code = main(["--data-dir", str(tmp_path / "data"), "render", "label-zpl", "--carrier",
                 "sagawa", "--order", "ORD-100004", "--dpi", "300", "--out", str(out)])
    assert code == 0
    zpl = out.read_bytes()
    assert zpl.count(b"^XA") == 1
    assert b"^PW1200" in zpl
    image = readback.zpl_image(zpl, 101.6, 152.4, 300)
    [found] = readback.decode(image)
    assert found.format == "Codabar"
    assert found.text.startswith("D")
    assert found.text.endswith("D")


def test_the_carrier_option_on_another_document_is_a_clear_error(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path / "data"), "render", "slip", "--carrier",
                 "yamato", "--out", str(tmp_path / "slip.pdf")])
    assert code == 2
    assert "label-pdf and label-zpl" in capsys.readouterr().err
    assert not (tmp_path / "slip.pdf").exists()
