"""The returns screen without a scanner: typed codes, finger-sized buttons, the returns
expected today (issue 13 item 7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from station.returns import rmas
from station.returns.outcomes import ReturnsKind as K
from tests.returns_support import answer_scans, item_code, returns_session
from ui.returns.controls import FINGER
from ui.returns.screen import ReturnsScreen


@pytest.fixture
def screen(qtbot, file_core):
    widget = ReturnsScreen(returns_session(file_core, camera=None))
    widget.resize(1280, 800)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot, screen, text):
    screen.code.setFocus()
    qtbot.keyClicks(screen.code, text)
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)


def test_an_item_is_graded_by_typing_and_tapping_only(qtbot, screen, file_core):
    rma = rmas.get_rma(file_core.store.conn, "RMA-5002")
    assert rma is not None
    _type(qtbot, screen, "BADGE:I-2001")
    assert screen.session.signin.badge is not None
    assert screen.expected.isVisible()
    rows = [screen.expected.item(i) for i in range(screen.expected.count())]
    [entry] = [row for row in rows if row.data(Qt.ItemDataRole.UserRole) == "RMA-5002"]
    assert rma.customer_name in entry.text()
    qtbot.mouseClick(screen.expected.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.expected.visualItemRect(entry).center())
    assert screen.session.rma is not None
    assert screen.session.rma.id == "RMA-5002"
    assert not screen.expected.isVisible()
    _type(qtbot, screen, item_code(file_core, rma.lines[0].sku))
    assert screen.session.item is not None
    assert screen.code.text() == ""
    for code in answer_scans(screen.session, "B"):
        button = screen.controls.button(code)
        assert button is not None, code
        assert button.height() >= FINGER
        assert button.width() >= FINGER
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert screen.grade.text() == "B"
    qtbot.mouseClick(screen.controls.button("CMD:OK"), Qt.MouseButton.LeftButton)
    assert screen.last_outcome.kind is K.ITEM_GRADED


def test_a_grade_changed_by_tapping_asks_for_a_reason_in_words(qtbot, screen, file_core):
    rma = rmas.get_rma(file_core.store.conn, "RMA-5001")
    assert rma is not None
    for text in ("BADGE:I-2001", "RMA-5001", item_code(file_core, rma.lines[0].sku)):
        _type(qtbot, screen, text)
    for code in answer_scans(screen.session, "A"):
        qtbot.mouseClick(screen.controls.button(code), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.controls.button("GRADE:C"), Qt.MouseButton.LeftButton)
    reason = screen.controls.button("WHY:HIDDEN_DAMAGE")
    assert reason is not None
    assert reason.text() == "Hidden damage"
    qtbot.mouseClick(reason, Qt.MouseButton.LeftButton)
    assert screen.last_outcome.kind is K.RMA_CLOSED



def test_the_grade_card_of_the_last_item_is_cleared_by_the_next_parcel(qtbot, screen,
                                                                      file_core):
    """Issue 13 item 8: the previous item's grade stayed beside the next parcel."""
    rma = rmas.get_rma(file_core.store.conn, "RMA-5001")
    assert rma is not None
    for text in ("BADGE:I-2001", "RMA-5001", item_code(file_core, rma.lines[0].sku)):
        screen.handle_scan(text)
    for code in answer_scans(screen.session, "B"):
        screen.handle_scan(code)
    screen.handle_scan("CMD:OK")
    assert screen.last_outcome.kind is K.RMA_CLOSED
    assert screen.grade.text() == "B"  # the card of the item just graded
    screen.handle_scan("RMA-5003")
    assert screen.session.rma is not None
    assert screen.grade.text() == ""
    assert screen.decision.text() == ""


def test_a_lot_controlled_item_is_asked_for_its_lot_and_expiry(qtbot, screen, file_core):
    """Issue 13 item 8: a cosmetic came back without its lot being recorded."""
    from station import journal
    from station.events.returns_lots import ReturnLotRecorded
    from tests.returns_support import ean

    rma = rmas.get_rma(file_core.store.conn, "RMA-6002")
    assert rma is not None
    product = file_core.catalogue.product(rma.lines[0].sku)
    assert product.lot_controlled
    for text in ("BADGE:I-2001", "RMA-6002", ean(file_core, product.sku)):
        screen.handle_scan(text)
    assert screen.last_outcome.kind is K.LOT_NEEDED
    assert "lot" in screen.banner.text()
    assert screen.session.item is None
    screen.handle_scan(item_code(file_core, product.sku, lot="L-4711"))
    assert screen.last_outcome.kind is K.ITEM_STARTED
    assert "L-4711" in screen.banner.text()
    [recorded] = [event.read(ReturnLotRecorded)
                  for event in journal.for_subject(file_core.store.conn, "RMA-6002")
                  if event.type == ReturnLotRecorded.TYPE]
    assert (recorded.lot, recorded.expiry, recorded.sku) == ("L-4711", "2027-12-31",
                                                             product.sku)


def test_an_rma_for_an_order_that_never_shipped_warns_before_grading(qtbot, screen,
                                                                     file_core):
    """Issue 13 item 8: an RMA of a cancelled order opened as if all were well."""
    from station.returns.outcomes import Tone

    rma = rmas.get_rma(file_core.store.conn, "RMA-5003")
    assert rma is not None
    with file_core.store.write() as db:
        db.conn.execute("UPDATE orders SET cancelled = 1 WHERE id = ?", (rma.order_id,))
    screen.handle_scan("BADGE:I-2001")
    screen.handle_scan("RMA-5003")
    outcome = screen.last_outcome
    assert outcome.kind is K.RMA_OPENED
    assert outcome.tone is Tone.WARN
    assert "never shipped" in screen.banner.text()
    assert rma.order_id in screen.banner.text()
