"""A kit at the pack screen, by scans alone: each part says what is still to scan, the kit
line's packed count moves once per whole set, and the set's own barcode over loose parts
turns the banner amber and says to take them out (issue 14 item 3)."""

from __future__ import annotations

from station.demo import APPAREL
from station.pack.outcomes import Tone
from tests.app_driver import scanner_burst
from tests.support import ean
from ui.style import TONE_COLOURS

SET = f"{APPAREL}-SET-SOX3"
BLACK, NAVY, GREY = (f"{APPAREL}-SOX-{colour}-F" for colour in ("BLK", "NVY", "GRY"))
ORDER = "ORD-100243"   # two sock sets and a tee


def test_a_set_packed_by_its_parts_then_by_its_barcode_over_a_loose_part(station_app):
    window = station_app.window
    core = station_app.core
    screen = window.pack_screen
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, ORDER)
    scanner_burst(window, ean(core, BLACK))
    assert "Still to scan: Merino socks, navy, F ×1, Merino socks, grey, F ×1." in (
        screen.banner.text())
    assert screen.lines.packed_text(1) == "0"
    scanner_burst(window, ean(core, NAVY))
    scanner_burst(window, ean(core, GREY))
    assert screen.lines.packed_text(1) == "1"
    assert screen.progress.text() == "1 / 3 items"
    scanner_burst(window, ean(core, BLACK))
    scanner_burst(window, ean(core, SET))
    assert screen.banner.text().startswith(
        "Merino socks, 3-pair set packed as the pre-assembled set. Take the loose parts")
    assert TONE_COLOURS[Tone.WARN] in screen.banner.styleSheet()
    assert screen.lines.packed_text(1) == "2"


def test_the_kit_line_shows_its_parts_in_the_box_until_the_set_is_whole(station_app):
    """Review item 12: the row stayed at 0 while parts went in; it now says "2 of 3 parts"."""
    window = station_app.window
    core = station_app.core
    lines = window.pack_screen.lines
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, ORDER)
    scanner_burst(window, ean(core, BLACK))
    assert lines.item(0, 1).text().endswith("1 of 3 parts")
    scanner_burst(window, ean(core, NAVY))
    assert lines.item(0, 1).text().endswith("2 of 3 parts")
    scanner_burst(window, "CMD:UNDO")
    assert lines.item(0, 1).text().endswith("1 of 3 parts")
    scanner_burst(window, ean(core, NAVY))
    scanner_burst(window, ean(core, GREY))
    assert "parts" not in lines.item(0, 1).text()   # a whole set: counted as packed
    assert lines.packed_text(1) == "1"
    window.set_language("ja")
    scanner_burst(window, ean(core, BLACK))
    assert "1/3" in lines.item(0, 1).text()
