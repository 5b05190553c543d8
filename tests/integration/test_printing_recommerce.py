"""The re-commerce label for a graded return reads back: new SKU as Code 128, the QR URL."""

from __future__ import annotations

from printing.documents.recommerce import RecommerceLabel, render
from tests import printing_readback as readback


def test_the_recommerce_label_barcodes_decode_to_the_new_sku_and_the_resale_url():
    label = RecommerceLabel(
        brand="KAZE Apparel", original_sku="KAZE-DEN-NVY-M", new_sku="RC-KAZE-DEN-NVY-M-0001",
        barcode_value="RC-KAZE-DEN-NVY-M-0001", grade="B", condition="非常に良い",
        title="セルビッジデニム ネイビー M", price_yen=9800,
        qr_url="https://resale.example/item/RC-KAZE-DEN-NVY-M-0001", language="ja")
    pdf = render(label)
    found = {(code.format, code.text) for code in readback.decode_pdf(pdf, 300)}
    assert found == {("Code128", label.barcode_value), ("QRCode", label.qr_url)}
    text = readback.text(pdf)
    assert "¥9,800" in text
    assert "セルビッジデニム" in text
    assert "非常に良い" in text
    assert all(font["emb"] == "yes" for font in readback.fonts(pdf))
