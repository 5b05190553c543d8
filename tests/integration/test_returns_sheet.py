"""The answer barcode sheet, rendered and read back with a barcode decoder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import zxingcpp

from station.returns.codes import sheet_codes
from station.returns.policy import load_policies
from tests.returns_support import INSPECTOR, returns_session, scan
from ui.returns.sheet import render_sheet

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.parametrize("brand", ["KAZE", "HANA"])
def test_every_code_on_the_sheet_decodes_back_to_itself(brand):
    codes = sheet_codes(load_policies()[brand])
    image = render_sheet(f"{brand} returns", codes, "ja")
    read = {result.text for result in zxingcpp.read_barcodes(image)}
    assert read == {entry.code for entry in codes}
    if os.environ.get("RETURNS_SCREENSHOTS") and brand == "HANA":
        image.save(DOCS / "returns-barcodes.png")


def test_every_code_on_the_sheet_means_something_to_the_session(file_core):
    session = returns_session(file_core)
    scan(session, INSPECTOR)
    for entry in sheet_codes(load_policies()["KAZE"]):
        outcome = scan(session, entry.code)
        assert outcome.kind.value not in {"unreadable", "unknown_code"}, entry.code
