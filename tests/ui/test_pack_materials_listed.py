"""The materials scanned into the boxes stay listed on the pack screen, not only in the
passing banner (review item 12), and UNDO takes one off the list."""

from __future__ import annotations

from station.demo import APPAREL
from tests.app_driver import scanner_burst
from tests.support import find_order


def test_scanned_materials_are_listed_with_their_box_and_undo_removes_one(station_app):
    window = station_app.window
    details = window.pack_screen.details
    order = find_order(station_app.core, brand=APPAREL, max_lines=2)
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, order.id)
    assert "Materials" not in details.text()
    scanner_burst(window, "MAT:GIFTWRAP")
    scanner_burst(window, "QTY:2")
    scanner_burst(window, "MAT:PAPER")
    text = details.text()
    for part in ("Materials:", "×1 (box 1)", "×2 (box 1)"):
        assert part in text, text
    scanner_burst(window, "CMD:UNDO")
    assert "×2 (box 1)" not in details.text()
    assert "×1 (box 1)" in details.text()
    window.set_language("ja")
    assert "資材：ギフトラッピング ×1（1 箱目）" in details.text(), details.text()
