"""Steps to confirm by scan on the real window: a gift order's 熨斗 and wrapping and a flyer
are listed under the banner, completion is refused in amber until each is scanned, each scan
ticks its row, and the last one seals the order. The supervisor's table lists the gift."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from station.metrics.settings import MetricsSettings, Targets
from station.pack.outcomes import Kind
from station.settings import load
from tests.app_driver import scanner_burst
from tests.support import ean
from ui.supervisor.loaders import station_loader
from ui.supervisor.screen import SupervisorScreen

DOCS = Path(__file__).resolve().parents[2] / "docs"
GIFT = "ORD-100301"   # KAZE: 外のし 御歳暮, wrapping; the customer's first order
RULES = """
[[insert]]
id = "WELCOME"
kind = "flyer"
name = "Welcome leaflet"
name_ja = "はじめてのお客様へ"
code = "FLY-KAZE-WELCOME"
[insert.when]
first_order = true
"""


@pytest.fixture
def settings(tmp_path):
    (tmp_path / "kits" / "KAZE").mkdir(parents=True)
    (tmp_path / "kits" / "KAZE" / "inserts.toml").write_text(RULES, encoding="utf-8")
    return load(None, data_dir=tmp_path / "data",
                environ={"PACKSTATION_PACK__INSERTS_FOLDER": str(tmp_path / "kits")})


def _rows(screen) -> list[str]:
    return [row.text() for row in screen.steps.rows if row.isVisibleTo(screen.steps)]


def test_a_gift_is_completed_by_scanning_its_noshi_wrapping_and_flyer(station_app):
    window, core = station_app.window, station_app.core
    screen = window.pack_screen
    scanner_burst(window, "BADGE:P-1001")
    assert not screen.steps.isVisibleTo(screen)
    scanner_burst(window, GIFT)
    assert screen.steps.isVisibleTo(screen)
    rows = _rows(screen)
    assert len(rows) == 3
    assert rows[0].startswith("□ Gift wrapping")
    assert "外のし · 御歳暮 · 伊藤 · 紅白蝶結び" in rows[1]
    assert "GIFT:NOSHI" in rows[1]
    assert "FLY-KAZE-WELCOME" in rows[2]

    order = core.catalogue.order(GIFT)
    for line in order.lines:
        for _ in range(line.quantity):
            scanner_burst(window, ean(core, line.product.sku))
    assert screen.last_outcome.kind is Kind.STEPS_PENDING
    assert "3 step(s) still to confirm" in screen.banner.text()
    scanner_burst(window, "CMD:COMPLETE")
    assert screen.last_outcome.kind is Kind.STEPS_PENDING

    scanner_burst(window, "GIFT:WRAP")
    assert screen.last_outcome.kind is Kind.STEP_CONFIRMED
    assert _rows(screen)[0].startswith("✓ Gift wrapping")
    assert _rows(screen)[1].startswith("□ Noshi")
    scanner_burst(window, "GIFT:NOSHI")
    scanner_burst(window, "FLY-KAZE-WELCOME")
    assert screen.last_outcome.kind is Kind.ORDER_COMPLETE
    assert not screen.steps.isVisibleTo(screen)


def test_the_supervisor_sees_the_gift_order_and_its_steps(qtbot, station_app):
    window, core = station_app.window, station_app.core
    scanner_burst(window, "BADGE:P-1001")
    scanner_burst(window, GIFT)
    scanner_burst(window, "GIFT:WRAP")
    core.signin.sign_in("S-3001")
    settings = MetricsSettings()
    screen = SupervisorScreen(core.signin, station_loader(core.settings.database_path,
                                                          settings, Targets()),
                              settings=settings, targets=Targets(), clock=core.clock)
    qtbot.addWidget(screen)
    try:
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            screen.show()
        table = screen.gifts_table
        rows = {table.item(r, 0).text(): [table.item(r, c).text()
                                          for c in range(table.columnCount())]
                for r in range(table.rowCount())}
        assert rows[GIFT][2] == "外のし · 御歳暮 · 伊藤 · 紅白蝶結び"
        assert rows[GIFT][5] == "1/3"
        assert rows[GIFT][6] == "packing"
        assert rows["ORD-100302"][6] == "not started"
    finally:
        screen.shutdown()


def test_the_steps_read_in_japanese_and_fit_the_station_screen(qtbot, station_app):
    window, core = station_app.window, station_app.core
    screen = window.pack_screen
    window.resize(1366, 700)
    window.set_language("ja")
    try:
        scanner_burst(window, "BADGE:P-1001")
        scanner_burst(window, GIFT)
        order = core.catalogue.order(GIFT)
        for line in order.lines:
            for _ in range(line.quantity):
                scanner_burst(window, ean(core, line.product.sku))
        scanner_burst(window, "GIFT:WRAP")
        rows = _rows(screen)
        assert rows[0].startswith("✓ ギフト包装")
        assert rows[1].startswith("□ 熨斗")
        assert "GIFT:NOSHI をスキャン" in rows[1]
        assert "はじめてのお客様へ" in rows[2]
        assert screen.steps.title.text() == "完了前に、各作業の後でスキャンしてください："
        assert all(row.width() <= screen.steps.width() for row in screen.steps.rows)
        QApplication.processEvents()  # the layout settles after the scan, as on a screen
        shot = window.grab()
        assert not shot.isNull()
        if os.environ.get("GIFT_SCREENSHOTS"):
            shot.save(str(DOCS / "gifts-steps-ja.png"))
    finally:
        window.set_language("en")
