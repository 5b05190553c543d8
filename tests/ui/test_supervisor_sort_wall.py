"""The supervisor's Sort wall tab (issue 14 item 1): a batch sorted at this station, on a
real station file, shows per station and per packer as the wall counted it, in English and
Japanese, within a 1366-wide screen."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate

from station.gtin import check_digit
from station.sortwall.outcomes import SortKind
from station.sortwall.setup import open_sortwall
from tests.sortwall_support import PACKER, batch, sort_scan, unit_scans
from tests.support import scan
from ui.i18n import Translations
from ui.style import APP_STYLE
from ui.supervisor.factory import supervisor_screen


@pytest.fixture
def sorted_batch(file_core, clock):
    """Seven units sorted, one undone, one stray, then the batch closed short."""
    clock.set(datetime(2026, 12, 2, 3, 0, tzinfo=UTC))  # 12:00 in Tokyo
    wall = open_sortwall(file_core)
    scan(file_core, PACKER)
    wave = batch(file_core)
    assert sort_scan(wall, wave.totes[0]).kind is SortKind.BATCH_OPENED
    for _, code in unit_scans(file_core, wave)[:8]:
        sort_scan(wall, code)
    assert sort_scan(wall, "CMD:UNDO").kind is SortKind.UNDONE
    unknown = "490000000000" + str(check_digit("490000000000"))
    assert sort_scan(wall, unknown).kind is SortKind.UNKNOWN_ITEM
    short = sum(1 for order in wave.orders if wall.state.missing(order.order_id))
    assert sort_scan(wall, "CMD:COMPLETE").kind is SortKind.CLOSE_TO_CONFIRM
    assert sort_scan(wall, "CMD:COMPLETE").kind is not SortKind.CLOSE_TO_CONFIRM
    return file_core, short + 1


def rows(table):
    return [tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())]


def test_the_sort_wall_tab_shows_what_the_wall_counted(qtbot, qapp, sorted_batch):
    core, exceptions = sorted_batch
    core.signin.sign_in("S-3001")
    screen = supervisor_screen(core)
    qtbot.addWidget(screen)
    translations = Translations(qapp)
    try:
        screen.setStyleSheet(APP_STYLE)
        screen.resize(1366, 700)
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            screen.show()
        tab = screen.sort_tab
        packer = core.catalogue.badge(PACKER.removeprefix("BADGE:")).name
        counted = ("7", "1", str(exceptions), "1")
        assert rows(tab.stations_table) == [(core.station_id, *counted)]
        assert rows(tab.packers_table) == [(packer, *counted)]
        assert [tab.stations_table.horizontalHeaderItem(c).text().replace("\n", " ")
                for c in range(1, 5)] == [
            "Units sorted", "Strays", "Sort exceptions", "Batches closed"]
        for language in ("en", "ja"):
            translations.use(language)
            screen.retranslate()
            screen.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(tab.packers_table.isVisible)
            for table in (tab.stations_table, tab.packers_table):
                header = table.horizontalHeader()
                used = sum(header.sectionSize(c) for c in range(table.columnCount()))
                assert used <= table.viewport().width(), (language, used)
                assert not table.horizontalScrollBar().isVisible()
        assert screen.tabs.tabText(screen.tabs.indexOf(tab)) == "仕分け棚"
        assert tab.packers_table.horizontalHeaderItem(1).text() == "仕分け点数"
        assert rows(tab.packers_table) == [(packer, *counted)]
        # A batch mixes brands: with one brand chosen, the wall counted nothing of it.
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            screen.brand.setCurrentIndex(1)
        assert rows(tab.stations_table) == rows(tab.packers_table) == []
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            screen.brand.setCurrentIndex(0)
        assert rows(tab.packers_table) == [(packer, *counted)]
        # A day with no sorting shows empty tables, not the day before's counts.
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            screen.first.setDate(QDate(2026, 12, 3))
            screen.last.setDate(QDate(2026, 12, 3))
        assert rows(tab.stations_table) == rows(tab.packers_table) == []
    finally:
        translations.use("en")
        screen.shutdown()
