"""The pack screen the README shows: a Japanese order with a lot-controlled line waiting, at
1366x700 (a 1366x768 screen less its taskbar). Every label of the header, the banner and the
status bar is drawn whole; `README_SCREENSHOTS=1` saves it as docs/pack-screen-ja.png."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from tests.app_driver import scanner_burst
from tests.support import ean

DOCS = Path(__file__).resolve().parents[2] / "docs"
ORDER = "ORD-100034"


def test_the_readme_pack_screen_in_japanese_is_drawn_whole(qtbot, station_app):
    window, core = station_app.window, station_app.core
    window.resize(1366, 700)
    window.set_language("ja")
    try:
        scanner_burst(window, "BADGE:P-1001")
        scanner_burst(window, ORDER)
        lot_line = next(line for line in core.catalogue.order(ORDER).lines
                        if line.product.lot_controlled)
        scanner_burst(window, ean(core, lot_line.product.sku))
        QApplication.processEvents()  # the layout settles after the scan, as on a screen
        assert window.pack_screen.banner.text()
        clipped = [label.text() for label in window.findChildren(QLabel)
                   if label.isVisible() and label.text() and not label.wordWrap()
                   and label.sizeHint().width() > label.width() + 1]
        assert clipped == []
        shot = window.grab()
        assert not shot.isNull()
        if os.environ.get("README_SCREENSHOTS"):
            shot.save(str(DOCS / "pack-screen-ja.png"))
    finally:
        window.set_language("en")
