"""Delivery date, time slot, cool and cash on delivery on the pack screen (issue 14 item 6):
shown for every order that has them, translated, in full at 1366x768, and gone for an order
without them or when nobody is signed in."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, QRect

from station.demo import COSMETICS
from tests.app_driver import scanner_burst
from tests.support import find_order
from tests.ui.test_pack_fit import at_station_size, fully_visible_rows

ALL_WISHES = {"date": "2026-12-04", "time_slot": "1416", "cool": "chilled", "cod_yen": 12800,
              "item": "化粧品"}


def with_delivery(core, order, delivery: dict[str, object]) -> None:
    """The order as the hub would send it, with these delivery wishes."""
    with core.store.write() as db:
        db.conn.execute("UPDATE orders SET delivery = ?, carrier = 'YAMATO',"
                        " service = 'TA-Q-BIN' WHERE id = ?",
                        (json.dumps(delivery, ensure_ascii=False), order.id))


def text_fits(strip) -> bool:
    """Every wish shows whole: each label is as wide and as tall as its text needs."""
    return all(label.width() >= label.sizeHint().width()
               and label.height() >= label.sizeHint().height()
               for label in strip.parts if not label.isHidden())


def test_every_wish_shows_in_full_beside_eight_lines_at_1366x768(station_app, qtbot):
    window = at_station_size(station_app, qtbot)
    core = station_app.core
    order = find_order(core, min_lines=12)
    with_delivery(core, order, ALL_WISHES)
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, order.id)
    strip = window.pack_screen.delivery
    text = strip.text()
    assert strip.isVisible()
    for part in ("2026-12-04", "14〜16時", "CHILLED", "Cash on delivery ¥12,800"):
        assert part in text
    on_window = QRect(strip.mapTo(window, QPoint(0, 0)), strip.size())
    assert window.rect().contains(on_window)
    assert text_fits(strip), text
    assert fully_visible_rows(window.pack_screen.lines) >= 8


def test_the_wishes_are_in_japanese_when_the_screen_is(station_app, qtbot):
    window = at_station_size(station_app, qtbot)
    core = station_app.core
    order = find_order(core, brand=COSMETICS, max_lines=3)
    with_delivery(core, order, ALL_WISHES)
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, order.id)
    window.set_language("ja")
    text = window.pack_screen.delivery.text()
    for part in ("2026-12-04", "14〜16時", "冷蔵", "代金引換 ¥12,800"):
        assert part in text
    assert "Cash on delivery" not in text
    assert text_fits(window.pack_screen.delivery), text


def test_an_order_without_wishes_shows_no_strip_and_sign_out_clears_it(station_app, qtbot):
    window = at_station_size(station_app, qtbot)
    core = station_app.core
    plain, wished = (find_order(core, max_lines=2), find_order(core, min_lines=3))
    with_delivery(core, plain, {"item": "衣料品"})
    with_delivery(core, wished, {"cod_yen": 3980})
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, plain.id)
    strip = window.pack_screen.delivery
    assert not strip.isVisible()
    scanner_burst(window, wished.id)
    assert strip.isVisible()
    assert "¥3,980" in strip.text()
    scanner_burst(window, "CMD:SIGNOUT")
    assert not strip.isVisible()


def test_the_strip_says_what_to_do_and_shows_the_handling_note(station_app, qtbot):
    """Review item 7: cool says to add an ice pack, COD to enclose the envelope, and the
    order's handling note (ワレモノ注意) reaches the packer, not only the carrier label."""
    window = at_station_size(station_app, qtbot)
    core = station_app.core
    order = find_order(core, brand=COSMETICS, max_lines=3)
    with_delivery(core, order, {**ALL_WISHES, "handling": "ワレモノ注意"})
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, order.id)
    strip = window.pack_screen.delivery
    text = strip.text()
    for part in ("ice pack", "COD envelope", "ワレモノ注意"):
        assert part in text, text
    assert text_fits(strip), text
    window.set_language("ja")
    text = strip.text()
    for part in ("保冷剤", "代引き封筒", "ワレモノ注意"):
        assert part in text, text
    assert text_fits(strip), text
