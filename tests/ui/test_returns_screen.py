"""The returns screen driven by scans alone, as an inspector would use it (pytest-qt)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from station.core import open_core
from station.returns import rmas
from station.returns.models import RecommerceLabelData
from station.returns.outcomes import ReturnsKind as K
from station.returns.setup import open_returns
from tests.returns_support import (
    INSPECTOR,
    answer_scans,
    item_code,
    png_bytes,
    returns_session,
    scan,
)
from ui.i18n import Translations
from ui.returns.screen import ReturnsScreen

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def screen(qtbot, file_core):
    widget = ReturnsScreen(returns_session(file_core, camera=None))
    widget.resize(1280, 800)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _kinds(screen, texts):
    kinds = []
    for text in texts:
        screen.handle_scan(text)
        kinds.append(screen.last_outcome.kind)
    return kinds


def test_an_item_is_graded_with_scans_only_and_the_label_is_requested(qtbot, screen, file_core):
    rma = rmas.get_rma(file_core.store.conn, "RMA-5002")
    assert rma is not None
    _kinds(screen, [INSPECTOR, "RMA-5002", item_code(file_core, rma.lines[0].sku)])
    assert "RMA-5002" in screen.rma_details.text()
    assert screen.items.count() == 2
    assert screen.question.text()
    for text in answer_scans(screen.session, "B"):
        screen.handle_scan(text)
    assert screen.grade.text() == "B"
    with qtbot.waitSignal(screen.label_requested, timeout=1000) as signal:
        screen.handle_scan("CMD:OK")
    label = signal.args[0]
    assert isinstance(label, RecommerceLabelData)
    assert label.grade == "B"
    assert label.new_sku == f"{rma.lines[0].sku}-UB"
    assert screen.last_outcome.kind is K.ITEM_GRADED
    assert screen.items.item(0).text().startswith("✔")


def test_an_item_sent_to_recycling_requests_no_label(qtbot, screen, file_core):
    rma = rmas.get_rma(file_core.store.conn, "RMA-5004")
    assert rma is not None
    _kinds(screen, [INSPECTOR, "RMA-5004", item_code(file_core, rma.lines[0].sku)])
    for text in answer_scans(screen.session, "X"):
        screen.handle_scan(text)
    with qtbot.assertNotEmitted(screen.label_requested):
        screen.handle_scan("CMD:OK")
    assert screen.last_outcome.kind is K.RMA_CLOSED


def test_an_override_without_a_reason_keeps_asking_for_one(screen, file_core):
    rma = rmas.get_rma(file_core.store.conn, "RMA-5001")
    assert rma is not None
    _kinds(screen, [INSPECTOR, "RMA-5001", item_code(file_core, rma.lines[0].sku)])
    for text in answer_scans(screen.session, "A"):
        screen.handle_scan(text)
    assert _kinds(screen, ["GRADE:C", "CMD:OK"]) == [K.REASON_NEEDED, K.REASON_NEEDED]
    assert screen.grade.text() == "C"
    assert "Hidden damage" in screen.hint.text()  # the reasons in words, not WHY: codes
    assert _kinds(screen, ["WHY:HIDDEN_DAMAGE"]) == [K.RMA_CLOSED]


def test_a_bad_photo_file_and_a_missing_camera_are_told_not_hidden(screen, tmp_path):
    _kinds(screen, [INSPECTOR, "RMA-5001"])
    assert not screen.camera.isEnabled()
    bad = tmp_path / "x.png"
    bad.write_bytes(b"\x89PNG not really")
    screen.add_photo_file(bad)
    assert screen.last_outcome.kind is K.NOT_AN_IMAGE
    assert _kinds(screen, ["RET:PHOTO"]) == [K.NO_CAMERA]
    good = tmp_path / "ok.png"
    good.write_bytes(png_bytes())
    screen.add_photo_file(good)
    assert screen.last_outcome.kind is K.PHOTO_TAKEN


@pytest.fixture
def japanese(qapp):
    translations = Translations(qapp)
    translations.use("ja")
    yield translations
    translations.use("en")


def test_the_screen_reads_in_japanese_and_is_captured_for_the_docs(qtbot, file_core, japanese):
    screen = ReturnsScreen(returns_session(file_core, camera=None))
    screen.resize(1280, 800)
    qtbot.addWidget(screen)
    screen.show()
    rma = rmas.get_rma(file_core.store.conn, "RMA-6002")
    assert rma is not None
    _kinds(screen, [INSPECTOR, "RMA-6002", item_code(file_core, rma.lines[0].sku)])
    for text in answer_scans(screen.session, "B")[:3]:
        screen.handle_scan(text)
    screen.note.setText("角に小さなへこみ")
    screen.note.returnPressed.emit()
    assert "メモを追加しました" in screen.banner.text()
    assert screen.checklist.item(screen.checklist.count() - 1).text() == "メモ：角に小さなへこみ"
    qtbot.wait(20)
    progress = screen.grab()
    for text in answer_scans(screen.session, "B")[3:]:
        screen.handle_scan(text)
    assert "リコマース" in screen.banner.text()
    qtbot.wait(20)
    proposed = screen.grab()
    screen.handle_scan("CMD:OK")
    qtbot.wait(20)
    graded = screen.grab()
    assert not graded.isNull()
    if os.environ.get("RETURNS_SCREENSHOTS"):
        progress.save(str(DOCS / "returns-checklist.png"))
        proposed.save(str(DOCS / "returns-proposed.png"))
        graded.save(str(DOCS / "returns-graded.png"))


def test_a_screen_opened_after_a_restart_shows_the_item_where_it_stopped(qtbot, file_core,
                                                                       settings, clock,
                                                                       japanese):
    before = returns_session(file_core, camera=None)
    rma = rmas.get_rma(file_core.store.conn, "RMA-5002")
    assert rma is not None
    for text in [INSPECTOR, "RMA-5002", item_code(file_core, rma.lines[0].sku)]:
        scan(before, text)
    answers = answer_scans(before, "C")
    for text in answers[:4]:
        scan(before, text)
    before.add_note("両袖に毛玉")

    restarted = open_core(settings, clock)
    try:
        screen = ReturnsScreen(open_returns(restarted))
        screen.resize(1280, 800)
        qtbot.addWidget(screen)
        screen.show()
        assert "中断したところから再開しました" not in screen.banner.text()  # nobody signed in
        screen.handle_scan(INSPECTOR)  # a restart signs everyone out; the item waits
        language = screen.session.language
        assert screen.question.text().startswith(before.item.question.display(language))
        rows = [screen.checklist.item(i).text() for i in range(screen.checklist.count())]
        words = {"ANS:YES": "はい", "ANS:NO": "いいえ"}
        assert rows[:4] == [f"{q.display(language)}   {words[a]}" for q, a in
                            zip(before.item.checklist.questions, answers[:4], strict=False)]
        assert rows[-1] == "メモ：両袖に毛玉"
        qtbot.wait(20)
        resumed = screen.grab()
        assert not resumed.isNull()
        if os.environ.get("RETURNS_SCREENSHOTS"):
            resumed.save(str(DOCS / "returns-resumed.png"))
        for text in answers[4:]:
            screen.handle_scan(text)
        screen.handle_scan("CMD:OK")
        assert screen.last_outcome.kind is K.ITEM_GRADED
        assert screen.last_outcome.result.grade == "C"
    finally:
        restarted.close()


class _Speaker:
    """Records the tones the screen asks for (the real Sounds plays them through Qt)."""

    def __init__(self):
        self.played = []

    def play(self, tone):
        self.played.append(tone)


def _open_item(screen, core, rma_id="RMA-5002"):
    rma = rmas.get_rma(core.store.conn, rma_id)
    assert rma is not None
    _kinds(screen, [INSPECTOR, rma_id, item_code(core, rma.lines[0].sku)])
    return core.catalogue.product(rma.lines[0].sku)


def test_switching_the_language_redraws_the_screen_and_names_products_in_it(qtbot, screen,
                                                                             file_core,
                                                                             japanese):
    japanese.use("en")
    screen.retranslate()
    product = _open_item(screen, file_core)
    assert product.display_name("ja") != product.display_name("en")
    assert screen.item_title.text() == product.display_name("en")
    japanese.use("ja")
    screen.retranslate()
    assert screen.session.language == "ja"
    assert screen.item_title.text() == product.display_name("ja")
    assert screen.banner.text().startswith(product.display_name("ja"))  # the last outcome too
    assert screen.rma_heading.text() == "返品"
    assert screen.photo_file.text() == "ファイルから写真…"
    assert "Scan" not in screen.hint.text()
    assert "ANS" not in screen.hint.text()  # words, not the barcode sheet's codes
    japanese.use("en")
    screen.retranslate()
    assert screen.session.language == "en"
    assert screen.rma_heading.text() == "Return"
    assert screen.item_title.text() == product.display_name("en")
    assert screen.banner.text().startswith(product.display_name("en"))


def test_the_main_window_switches_the_returns_screen_with_the_rest(station_app):
    window = station_app.window
    returns = window.screens["returns"].widget
    window.set_language("ja")
    assert returns.photo_file.text() == "ファイルから写真…"
    assert returns.session.language == "ja"
    window.set_language("en")
    assert returns.photo_file.text() == "Photo from file…"
    assert returns.session.language == "en"


def test_a_write_the_disk_refuses_is_drawn_red_with_the_bad_tone_and_reported(qtbot,
                                                                             file_core):
    speaker = _Speaker()
    screen = ReturnsScreen(returns_session(file_core, camera=None), sounds=speaker)
    qtbot.addWidget(screen)
    screen.show()
    _open_item(screen, file_core)
    answers = answer_scans(screen.session, "B")
    screen.handle_scan(answers[0])
    assert screen.last_outcome.tone.value == "good"
    file_core.store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON journal"
        " BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END")
    with qtbot.waitSignal(screen.failed, timeout=1000) as signal:
        screen.handle_scan(answers[1])
    error = signal.args[0]
    assert "cannot be written" in screen.banner.text()
    assert "#b3261e" in screen.banner.styleSheet()
    assert speaker.played[-1].value == "bad"
    assert screen.last_outcome is None
    assert len(screen.session.item.answers) == 1  # redrawn from what the journal holds
    assert screen.question.text().startswith(
        screen.session.item.checklist.questions[1].display("en"))
    assert screen.last_error is error
    file_core.store.conn.execute("DROP TRIGGER refuse")
    screen.handle_scan(answers[1])
    assert len(screen.session.item.answers) == 2
    assert "#b3261e" not in screen.banner.styleSheet()


def test_a_note_the_disk_refuses_keeps_the_typed_text(qtbot, screen, file_core):
    _open_item(screen, file_core)
    file_core.store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON journal"
        " BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END")
    screen.note.setText("scuffed heel")
    with qtbot.waitSignal(screen.failed, timeout=1000):
        screen.note.returnPressed.emit()
    assert screen.note.text() == "scuffed heel"
    assert not screen.session.item.notes
    file_core.store.conn.execute("DROP TRIGGER refuse")


def test_a_signed_in_inspector_is_not_asked_for_a_badge(qtbot, file_core):
    session = returns_session(file_core, camera=None)
    screen = ReturnsScreen(session)
    qtbot.addWidget(screen)
    assert "badge" in screen.banner.text()
    session.signin.sign_in("I-2001")  # at the pack screen, which takes every badge scan
    screen.show()
    qtbot.waitExposed(screen)
    assert "badge" not in screen.banner.text()
    assert "Scan the parcel" in screen.banner.text()
    session.signin.sign_out()
    screen.hide()
    screen.show()
    assert "Scan your badge" in screen.banner.text()


def test_an_outcome_for_the_last_person_gives_way_when_someone_else_signs_in(qtbot, screen,
                                                                             file_core):
    _open_item(screen, file_core, "RMA-5001")
    assert screen.last_outcome is not None
    screen.session.signin.sign_in("S-3001")
    screen.follow_sign_in()
    assert screen.last_outcome is None
    assert "Resumed where the station stopped" in screen.banner.text()


def test_a_note_or_a_photo_by_hand_counts_as_activity(qtbot, screen, file_core, clock,
                                                      tmp_path):
    _open_item(screen, file_core)
    signin = screen.session.signin
    clock.advance(minutes=10)
    screen.note.setText("torn tag")
    screen.note.returnPressed.emit()
    assert signin.last_activity == clock.now()
    clock.advance(minutes=10)
    photo = tmp_path / "item.png"
    photo.write_bytes(png_bytes())
    screen.add_photo_file(photo)
    assert signin.last_activity == clock.now()
    clock.advance(minutes=10)
    screen.take_camera_photo()
    assert signin.last_activity == clock.now()


def test_the_screen_after_a_language_switch_is_captured_for_the_docs(qtbot, file_core,
                                                                    japanese):
    japanese.use("ja")
    session = returns_session(file_core, camera=None)
    session.signin.sign_in("I-2001")
    screen = ReturnsScreen(session)
    screen.resize(1280, 800)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.wait(20)
    waiting = screen.grab()
    assert "バッジ" not in screen.banner.text()
    _open_item(screen, file_core, "RMA-6002")
    japanese.use("en")
    screen.retranslate()
    qtbot.wait(20)
    switched = screen.grab()
    assert screen.rma_heading.text() == "Return"
    assert not waiting.isNull()
    if os.environ.get("RETURNS_SCREENSHOTS"):
        waiting.save(str(DOCS / "returns-signed-in-ja.png"))
        switched.save(str(DOCS / "returns-switched-en.png"))
