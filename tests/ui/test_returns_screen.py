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
    ean,
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
    _kinds(screen, [INSPECTOR, "RMA-5002", ean(file_core, rma.lines[0].sku)])
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
    _kinds(screen, [INSPECTOR, "RMA-5004", ean(file_core, rma.lines[0].sku)])
    for text in answer_scans(screen.session, "X"):
        screen.handle_scan(text)
    with qtbot.assertNotEmitted(screen.label_requested):
        screen.handle_scan("CMD:OK")
    assert screen.last_outcome.kind is K.RMA_CLOSED


def test_an_override_without_a_reason_keeps_asking_for_one(screen, file_core):
    rma = rmas.get_rma(file_core.store.conn, "RMA-5001")
    assert rma is not None
    _kinds(screen, [INSPECTOR, "RMA-5001", ean(file_core, rma.lines[0].sku)])
    for text in answer_scans(screen.session, "A"):
        screen.handle_scan(text)
    assert _kinds(screen, ["GRADE:C", "CMD:OK"]) == [K.REASON_NEEDED, K.REASON_NEEDED]
    assert screen.grade.text() == "C"
    assert "WHY" in screen.hint.text()
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
    _kinds(screen, [INSPECTOR, "RMA-6002", ean(file_core, rma.lines[0].sku)])
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
    for text in [INSPECTOR, "RMA-5002", ean(file_core, rma.lines[0].sku)]:
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
        banner = screen.banner.text()
        assert "中断したところから再開しました" in banner
        assert "6 問中 4 問回答済み" in banner
        language = screen.session.language
        assert screen.question.text().startswith(before.item.question.display(language))
        rows = [screen.checklist.item(i).text() for i in range(screen.checklist.count())]
        assert rows[:4] == [f"{q.display(language)}   {a.removeprefix('ANS:')}" for q, a in
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
