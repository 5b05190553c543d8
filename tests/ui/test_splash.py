"""A splash when the start is slow (issue 13 item 6): each start records its time, and the
next start shows a splash before its heavy imports when that was over a second."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from ui.splash import finish, last_start_ms, splash_if_slow

ROOT = Path(__file__).resolve().parents[2]


def test_a_start_after_a_slow_one_shows_the_splash_in_both_languages(qapp, qtbot, tmp_path):
    record = tmp_path / "last-start-ms"
    record.write_text("1500\n", encoding="utf-8")
    splash = splash_if_slow(qapp, record, platform="xcb")  # as on a station's screen
    assert splash is not None
    qtbot.addWidget(splash)
    assert splash.isVisible()
    assert splash.message() == "The packing station is starting…\n梱包ステーションを起動しています…"
    window = QWidget()
    qtbot.addWidget(window)
    finish(splash, window, record, 420.0)
    assert not splash.isVisible()
    assert last_start_ms(record) == 420.0


@pytest.mark.parametrize("recorded", [None, "999", "not a number", ""])
def test_a_start_after_a_quick_one_or_none_shows_no_splash(qapp, tmp_path, recorded):
    record = tmp_path / "last-start-ms"
    if recorded is not None:
        record.write_text(recorded, encoding="utf-8")
    assert splash_if_slow(qapp, record, platform="xcb") is None


def test_without_a_screen_there_is_no_splash(qapp, tmp_path):
    record = tmp_path / "last-start-ms"
    record.write_text("1500", encoding="utf-8")
    assert splash_if_slow(qapp, record) is None  # the tests run on Qt's offscreen platform


def test_the_station_records_its_start_time_for_the_next_start(tmp_path):
    record = tmp_path / "cache" / "last-start-ms"
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--data-dir", str(tmp_path / "data"), "--no-sound",
         "--exit-when-ready"], cwd=ROOT, capture_output=True, text=True, check=True,
        timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                          "PYTHONPATH": str(ROOT), "PACKSTATION_START_RECORD": str(record)})
    printed = dict(part.split("=", 1) for part in result.stdout.split() if "=" in part)
    # Recorded to the millisecond, printed to a tenth: both round the same measurement.
    recorded = last_start_ms(record)
    assert recorded is not None
    assert abs(recorded - float(printed["ready_ms"])) <= 0.55
