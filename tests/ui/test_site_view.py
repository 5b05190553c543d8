"""The supervisor's site view (issue 13 item 9): every station on the floor from the real hub
over loopback, in the same table and with the same units/hour as each station's own figures,
fetched off the UI thread; a clear sentence when the hub is down or does not know the
station."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from station.clock import FixedClock
from station.metrics.dashboard import DashboardQuery
from station.metrics.periods import local_day
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.station_view import station_dashboard
from station.pack.outcomes import Kind
from sync.site_view import HubAddress
from tests import sync_support
from tests.support import ean, find_order, scan
from tests.sync_support import SITE, free_port, station, worker_for
from ui.background import BackgroundWork
from ui.supervisor.site_view import SiteViewPanel, from_hub

sqlite_hub = sync_support.sqlite_hub
DOCS = Path(__file__).resolve().parents[2] / "docs"
SETTINGS = MetricsSettings()
UNITS_PER_HOUR = 3  # the column of the stations table


def _pack(core, clock: FixedClock, lines: int) -> None:
    """One order, a unit every 40 seconds, so there is working time to divide by."""
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, lot_controlled=False, min_lines=lines,
                       max_lines=lines, max_quantity=2)
    scan(core, order.id)
    for line in order.lines:
        for _ in range(line.quantity):
            clock.advance(seconds=40)
            scan(core, ean(core, line.product.sku))


@pytest.fixture
def floor(sqlite_hub, tmp_path):
    """Two stations that packed and synced; their own units/hour for today, by station."""
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30))
    today = local_day(clock.now(), SETTINGS.zone)
    own = {}
    for name, lines in (("PACK-01", 1), ("PACK-02", 2)):
        core = station(tmp_path, name, clock=clock)
        _pack(core, clock, lines)
        worker = worker_for(core, sqlite_hub)
        assert worker.drain() > 0
        worker.stop()
        board = station_dashboard(core.store.conn, DashboardQuery(today, today),
                                  now=clock.now(), settings=SETTINGS, targets=Targets())
        own[name] = board.range.stations[0].units_per_hour
        core.close()
    return sqlite_hub, today, own


@pytest.fixture
def work(qtbot):
    owner = QObject()
    background = BackgroundWork(owner)
    yield background
    background.stop()


def _panel(qtbot, work, address) -> SiteViewPanel:
    panel = SiteViewPanel(from_hub(lambda: address), work, station_id="PACK-01",
                          targets=Targets())
    qtbot.addWidget(panel)
    return panel


def _rows(panel: SiteViewPanel) -> dict[str, list[str]]:
    table = panel.table
    return {table.item(row, 0).text(): [table.item(row, column).text()
                                        for column in range(table.columnCount())]
            for row in range(table.rowCount())}


def test_the_site_view_lists_every_station_with_its_own_units_per_hour(qtbot, floor, work):
    hub, today, own = floor
    address = HubAddress(hub.url, hub.token_for("SUP-01"), SITE)
    panel = _panel(qtbot, work, address)
    panel.load(today, today)
    qtbot.waitUntil(lambda: panel.view is not None, timeout=30_000)
    rows = _rows(panel)
    assert set(rows) == {"PACK-01 (this station)", "PACK-02", "Whole site"}
    assert own["PACK-01"] is not None
    assert float(rows["PACK-01 (this station)"][UNITS_PER_HOUR]) == round(own["PACK-01"], 1)
    assert float(rows["PACK-02"][UNITS_PER_HOUR]) == round(own["PACK-02"], 1)
    assert "Every station of the site, from the hub" in panel.status.text()
    _screenshot(panel, "supervisor-site-en.png")


def _screenshot(panel: SiteViewPanel, name: str) -> None:
    if os.environ.get("SUPERVISOR_SCREENSHOTS"):
        panel.resize(1366, 240)
        panel.show()
        panel.retranslate()  # filled again at its shown width, as on the screen
        panel.grab().save(str(DOCS / name))


def test_a_station_the_hub_does_not_know_is_told_so(qtbot, sqlite_hub, work):
    panel = _panel(qtbot, work, HubAddress(sqlite_hub.url, "not-a-registered-token", SITE))
    day = datetime.now(UTC).date()
    panel.load(day, day)
    qtbot.waitUntil(lambda: "does not know this station" in panel.status.text(),
                    timeout=30_000)
    assert panel.view is None
    assert panel.table.rowCount() == 0


def test_a_hub_that_is_down_is_told_so_and_nothing_else_breaks(qtbot, work):
    panel = _panel(qtbot, work, HubAddress(f"http://127.0.0.1:{free_port()}", "token", SITE,
                                           timeout_s=2))
    day = datetime.now(UTC).date()
    panel.load(day, day)
    qtbot.waitUntil(lambda: "cannot be reached" in panel.status.text(), timeout=30_000)
    assert panel.view is None
    _screenshot(panel, "supervisor-site-hub-down-en.png")


def test_the_site_view_follows_a_language_switch(qtbot, floor, work, qapp):
    from ui.i18n import Translations

    hub, today, _own = floor
    panel = _panel(qtbot, work, HubAddress(hub.url, hub.token_for("SUP-01"), SITE))
    panel.load(today, today)
    qtbot.waitUntil(lambda: panel.view is not None, timeout=30_000)
    translations = Translations(qapp)
    translations.use("ja")
    try:
        panel.retranslate()
        assert "拠点全体" in _rows(panel)
        assert "PACK-01（この端末）" in _rows(panel)
        _screenshot(panel, "supervisor-site-ja.png")
    finally:
        translations.use("en")


def test_the_supervisor_screen_shows_the_site_from_the_stations_own_hub(synced_station_app,
                                                                       qtbot):
    """Wired by the app: the embedded hub this station syncs with answers the site view."""
    from station.journal import backlog
    from ui.supervisor.site_view import TAB_TITLE

    window, core = synced_station_app.window, synced_station_app.core
    window.handle_scan("BADGE:P-1001")
    order = find_order(core, serial=False, lot_controlled=False, max_lines=1, max_quantity=1)
    window.handle_scan(order.id)
    window.handle_scan(ean(core, order.lines[0].product.sku))
    qtbot.waitUntil(lambda: backlog(core.store.conn).waiting == 0, timeout=60_000)
    window.handle_scan("BADGE:S-3001")
    window.show_mode("supervisor")
    screen = window.screens["supervisor"].widget
    titles = [screen.tabs.tabText(index) for index in range(screen.tabs.count())]
    assert TAB_TITLE.render() in titles
    panel = screen.tabs.widget(titles.index(TAB_TITLE.render()))
    qtbot.waitUntil(lambda: panel.view is not None, timeout=60_000)
    assert f"{core.station_id} (this station)" in _rows(panel)
    window.handle_scan("CMD:SIGNOUT")
    qtbot.waitUntil(lambda: panel.view is None, timeout=10_000)
