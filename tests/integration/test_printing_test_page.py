"""The test page speaks the station's language (its words through the translation catalogue)
and still proves the font and the barcodes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from printing.documents import test_page
from tests import printing_readback as readback

AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["TEST PAGE", "Station PACK-01", "Printer folder", "Printed 2026-11-23 09:30:00 UTC"]),
    ("ja", ["テストページ", "ステーション PACK-01", "プリンター folder",
            "印刷日時 2026-11-23 09:30:00 UTC"]),
])
def test_the_pdf_test_page_is_in_the_station_language(language, words):
    pdf = test_page.pdf("PACK-01", "folder", AT, language=language)
    text = readback.text(pdf)
    assert all(word in text for word in words), text
    assert test_page.JAPANESE_SAMPLE.split("：")[0] in text
    assert {code.text for code in readback.decode_pdf(pdf, 300)} == {"TEST-PACK-01"}


def test_the_zpl_test_page_in_japanese_still_scans():
    zpl = test_page.zpl("PACK-01", "tcp:10.0.0.5:9100", AT, language="ja")
    image = readback.zpl_image(zpl, 101.6, 152.4, 203)
    assert {code.text for code in readback.decode(image)} == {"TEST-PACK-01"}
