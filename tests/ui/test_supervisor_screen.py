"""The supervisor screen as a person meets it: refused to a packer, live figures for a
supervisor, sortable tables, export, and a UI that keeps running while figures load."""

from __future__ import annotations

import csv
import os
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis
from PySide6.QtCore import Qt, QTimer

from station import journal
from station.core import open_core
from station.events.pack import OrderPacked
from station.inbox.rejected import Parked, acknowledge
from station.metrics import synthetic as sy
from station.metrics.definitions import Metric
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.synthetic import Script
from tests.metrics_support import DAY, at
from ui.i18n import Translations
from ui.style import APP_STYLE
from ui.supervisor.factory import supervisor_screen
from ui.supervisor.loaders import station_loader
from ui.supervisor.screen import SupervisorScreen, hour_label_step

DOCS = Path(__file__).resolve().parents[2] / "docs"
TARGETS = Targets(orders_per_day=3, units_per_day=100, units_per_hour=50)


@pytest.fixture
def floor(file_core, clock):
    """Two packers' morning in this station's journal; the clock at 18:00 in Tokyo."""
    clock.set(at(18, 0))
    script = Script(file_core.store.conn, file_core.station_id)
    script.order("ORD-A", "P-1001", at(9, 0), [10, 10, 10])
    script.order("ORD-B", "P-1002", at(9, 5), [20, 20], brand="HANA", wrong_after=1)
    script.order("ORD-C", "P-1001", at(10, 0), [5])
    script.event(sy.opened_order("ORD-D", "KAZE", 1), at(11, 0), "P-1002", "ORD-D")
    script.event(sy.exception("DAMAGED"), at(11, 0, 30), "P-1002", "ORD-D")
    return file_core


@pytest.fixture
def make_screen(qtbot, floor):
    made = []

    def make(load=None, settings=None):
        settings = settings or MetricsSettings(rate_min_minutes=0)
        names = {b: floor.catalogue.badge(b).name for b in ("P-1001", "P-1002")}
        screen = SupervisorScreen(
            floor.signin,
            load or station_loader(floor.settings.database_path, settings, TARGETS),
            settings=settings, targets=TARGETS, clock=floor.clock, brands=["KAZE", "HANA"],
            names=lambda badge: names.get(badge, badge))
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        made.append(screen)
        return screen

    yield make
    for screen in made:
        screen.shutdown()


@pytest.fixture
def screen(make_screen):
    return make_screen()


def test_a_packer_badge_is_refused_and_sees_no_figures(qtbot, floor, screen):
    floor.signin.sign_in("P-1001")
    with qtbot.waitSignal(screen.refused, timeout=2000):
        screen.show()
    assert screen.pages.currentWidget() is screen.refusal
    assert "Only a supervisor" in screen.refusal.text()
    assert screen.dashboard is None
    assert not screen._worker.busy


def test_nobody_signed_in_is_refused_too(qtbot, screen):
    with qtbot.waitSignal(screen.refused, timeout=2000):
        screen.refresh()
    assert screen.dashboard is None


def test_a_supervisor_sees_tiles_against_targets(qtbot, floor, screen):
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    assert screen.pages.currentIndex() == 1
    orders = screen.tiles[Metric.ORDERS]
    assert orders.value.text() == "3"
    assert orders.on_target is True
    assert screen.tiles[Metric.UNITS].on_target is False  # 6 of 100
    assert screen.tiles[Metric.OPEN_EXCEPTIONS].value.text() == "1"
    assert "Updated" in screen.status.text()


def test_the_packer_table_sorts_by_units_as_numbers(qtbot, floor, screen):
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    table = screen.packers_table
    assert table.rowCount() == 2
    table.sortItems(2, Qt.SortOrder.DescendingOrder)
    assert [table.item(r, 2).data(Qt.ItemDataRole.DisplayRole) for r in range(2)] == [4, 2]
    assert "Sato Hanako" in table.item(0, 0).text()
    exceptions = screen.exceptions_table
    assert exceptions.rowCount() == 1
    assert exceptions.item(0, 0).text() == "ORD-D"
    assert exceptions.item(0, 3).text() == "Damaged"
    assert "damaged" in exceptions.item(0, 5).text()


def test_the_brand_filter_narrows_every_figure(qtbot, floor, screen):
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.brand.setCurrentIndex(screen.brand.findData("HANA"))
    assert screen.tiles[Metric.ORDERS].value.text() == "1"
    assert screen.packers_table.rowCount() == 1
    assert screen.exceptions_table.rowCount() == 0


def test_the_tables_export_to_csv_and_xlsx(qtbot, floor, screen, tmp_path):
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    screen.tabs.setCurrentWidget(screen.packers_table)
    screen.export_csv(tmp_path / "packers.csv")
    with (tmp_path / "packers.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Packer", "Orders", "Units"]
    assert sorted((r[1], r[2]) for r in rows[1:]) == [("1", "2"), ("2", "4")]
    screen.export_xlsx(tmp_path / "throughput.xlsx")
    book = load_workbook(tmp_path / "throughput.xlsx")
    assert book.sheetnames == ["Stations", "Packers"]
    stations = list(book["Stations"].iter_rows(values_only=True))
    assert stations[1][:3] == (floor.station_id, 3, 6)


def test_a_packer_signing_in_hides_what_the_supervisor_saw(qtbot, floor, screen):
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    floor.signin.sign_in("P-1002")
    with qtbot.waitSignal(screen.refused, timeout=2000):
        screen.refresh()
    assert screen.dashboard is None
    assert screen.pages.currentWidget() is screen.refusal


def test_the_screen_keeps_handling_events_while_the_figures_load(qtbot, floor, make_screen):
    started, release = threading.Event(), threading.Event()
    real = station_loader(floor.settings.database_path, MetricsSettings(), TARGETS)

    def slow(query, now):
        started.set()
        release.wait(5)
        return real(query, now)

    floor.signin.sign_in("S-3001")
    screen = make_screen(slow)
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(10)
    screen.show()
    assert started.wait(5)
    qtbot.wait(200)  # the query is still running: the event loop must keep turning
    assert len(ticks) >= 5
    assert screen.dashboard is None
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        release.set()
    ticker.stop()
    assert screen.dashboard is not None


def test_the_main_window_builds_the_screen_from_the_core(qtbot, floor):
    screen = supervisor_screen(floor)
    qtbot.addWidget(screen)
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    screen.shutdown()
    assert screen.tiles[Metric.ORDERS].value.text() == "3"
    assert screen.brand.findData("HANA") > 0


def test_a_database_that_cannot_be_read_is_said_on_the_status_line(qtbot, floor, make_screen,
                                                                   tmp_path):
    floor.signin.sign_in("S-3001")
    missing = station_loader(tmp_path / "gone" / "station.sqlite3", MetricsSettings(), TARGETS)
    screen = make_screen(missing)
    with qtbot.waitSignal(screen._worker.failed, timeout=5000):
        screen.show()
    assert "could not be read" in screen.status.text()
    assert "cannot be read from" in screen.status.text()
    assert "started once" in screen.status.text()
    assert screen.pages.currentIndex() == 1


def test_a_packer_signing_in_while_the_figures_show_is_refused_within_seconds(qtbot, floor,
                                                                             screen):
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    floor.signin.sign_in("P-1001")  # no refresh is asked for: the screen notices by itself
    with qtbot.waitSignal(screen.refused, timeout=3000):
        pass
    assert screen.pages.currentWidget() is screen.refusal
    assert screen.dashboard is None


def test_after_midnight_a_range_ending_today_moves_to_the_new_day(qtbot, floor, clock,
                                                                  make_screen):
    clock.set(at(23, 59, 30))
    floor.signin.sign_in("S-3001")
    screen = make_screen()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    assert screen.query.last == DAY
    assert screen.tiles[Metric.ORDERS].value.text() == "3"
    clock.advance(minutes=1)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.refresh()
    assert (screen.query.first, screen.query.last) == (DAY + timedelta(days=1),) * 2
    assert screen.tiles[Metric.ORDERS].value.text() == "0"  # nothing packed yet today


@pytest.fixture
def japanese(qapp):
    translations = Translations(qapp)
    yield translations
    translations.use("en")


def _returns_graded(floor):
    script = Script(floor.store.conn, floor.station_id)
    script.count = 1000  # after the floor fixture's events
    script.event(sy.graded("B"), at(12, 0), "P-1001", "RMA-1")
    script.event(sy.dispositioned("resale"), at(12, 0, 5), "P-1001", "RMA-1")


def test_switching_the_language_redraws_every_label_table_and_chart(qtbot, floor, screen,
                                                                    japanese):
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    japanese.use("ja")
    screen.retranslate()
    assert screen.refresh_button.text() == "更新"
    assert screen.tabs.tabText(0) == "ステーション"
    assert screen.brand.itemText(0) == "全ブランド"
    assert screen.tiles[Metric.ORDERS].title.text() == "梱包済み注文"
    assert screen.tiles[Metric.ORDERS].target.text().startswith("目標")
    assert screen.packers_table.horizontalHeaderItem(1).text() == "注文数"
    assert screen.exceptions_table.item(0, 3).text() == "破損"
    assert screen.hour_chart.chart().title() == "本日の時間別梱包点数"
    assert "更新" in screen.status.text()
    assert screen.tiles[Metric.ORDERS].value.text() == "3"  # redrawn, not lost
    japanese.use("en")
    screen.retranslate()
    assert screen.refresh_button.text() == "Refresh"
    assert screen.exceptions_table.item(0, 3).text() == "Damaged"
    assert screen.hour_chart.chart().title() == "Units packed by hour today"


def test_the_refusal_follows_the_language_too(qtbot, screen, japanese):
    with qtbot.waitSignal(screen.refused, timeout=2000):
        screen.show()
    japanese.use("ja")
    screen.retranslate()
    assert "スーパーバイザー" in screen.refusal.text()


def test_the_tables_and_exports_name_reasons_grades_and_dispositions(qtbot, floor, screen,
                                                                     tmp_path, japanese):
    _returns_graded(floor)
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    row = next(r for r in range(2) if "Sato" in screen.packers_table.item(r, 0).text())
    assert screen.packers_table.item(row, 10).text() == "Grade B 1"
    assert screen.packers_table.item(row, 11).text() == "re-commerce resale 1"
    other = 1 - row
    assert screen.packers_table.item(other, 8).text() == "Damaged 1"
    japanese.use("ja")
    screen.retranslate()
    assert screen.packers_table.item(row, 10).text() == "グレードB 1"
    assert "リコマース" in screen.packers_table.item(row, 11).text()
    screen.tabs.setCurrentWidget(screen.packers_table)
    screen.export_csv(tmp_path / "packers.csv")
    with (tmp_path / "packers.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "梱包担当者"
    cells = {cell for line in rows[1:] for cell in line}
    assert "グレードB 1" in cells
    assert "破損 1" in cells
    screen.export_xlsx(tmp_path / "throughput.xlsx")
    book = load_workbook(tmp_path / "throughput.xlsx")
    values = {cell for sheet in book for line in sheet.iter_rows(values_only=True)
              for cell in line}
    assert "グレードB 1" in values
    assert not any(isinstance(v, str) and v.startswith(("DAMAGED", "resale")) for v in values)


def test_an_unexpected_failure_is_told_in_words_not_as_a_raw_error(qtbot, floor, make_screen,
                                                                   japanese):
    def broken(query, now):
        raise KeyError("by_hour internal detail")

    floor.signin.sign_in("S-3001")
    screen = make_screen(broken)
    with qtbot.waitSignal(screen._worker.failed, timeout=5000):
        screen.show()
    text = screen.status.text()
    assert "could not be read" in text
    assert "internal detail" not in text
    assert "Something went wrong while counting (KeyError)" in text
    japanese.use("ja")
    screen.retranslate()
    assert "集計中に問題が発生しました（KeyError）" in screen.status.text()


def test_a_station_error_on_the_status_line_is_translated(qtbot, floor, make_screen, tmp_path,
                                                         japanese):
    floor.signin.sign_in("S-3001")
    missing = station_loader(tmp_path / "gone" / "station.sqlite3", MetricsSettings(), TARGETS)
    screen = make_screen(missing)
    japanese.use("ja")
    screen.retranslate()
    with qtbot.waitSignal(screen._worker.failed, timeout=5000):
        screen.show()
    text = screen.status.text()
    assert text.startswith("数値を読み込めませんでした")
    assert "から数値を読み込めません" in text  # the error's own message, translated
    assert "cannot be read" not in text


def test_the_hourly_chart_labels_fit_on_an_empty_day(qtbot, floor, clock, make_screen,
                                                    japanese):
    clock.set(at(18, 0) + timedelta(days=3))  # nothing packed on that day
    floor.signin.sign_in("S-3001")
    japanese.use("ja")
    screen = make_screen()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    axes = screen.hour_chart.chart().axes(Qt.Orientation.Horizontal)
    bars = next(axis for axis in axes if isinstance(axis, QBarCategoryAxis))
    shown = next(axis for axis in axes if isinstance(axis, QCategoryAxis))
    assert len(bars.categories()) == 24
    assert not bars.labelsVisible()  # 24 labels under 24 narrow bars would all read "…"
    assert shown.categoriesLabels() == ["00", "03", "06", "09", "12", "15", "18", "21"]
    assert [shown.endValue(label) for label in ("00", "21")] == [0.0, 21.0]
    screen.tabs.setCurrentWidget(screen.hour_chart.parentWidget())
    qtbot.wait(50)
    shot = screen.hour_chart.grab()
    assert not shot.isNull()
    if os.environ.get("SUPERVISOR_SCREENSHOTS"):
        shot.save(str(DOCS / "supervisor-hourly-empty-ja.png"))


def test_hour_labels_thin_out_as_the_bars_get_narrow():
    assert [hour_label_step(bars) for bars in (9, 12, 13, 18, 19, 24)] == [1, 1, 2, 2, 3, 3]


def test_an_in_memory_station_loads_its_figures_on_the_ui_thread(qtbot, settings, clock,
                                                                 monkeypatch):
    from ui.supervisor import factory

    threads = []
    real = factory.station_dashboard

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(factory, "station_dashboard", recording)
    core = open_core(settings, clock, in_memory=True)
    try:
        core.signin.sign_in("S-3001")
        screen = supervisor_screen(core)
        qtbot.addWidget(screen)
        screen.refresh()
        assert screen.dashboard is not None  # loaded at once, not by a worker later
        assert threads == [threading.main_thread()]
        screen.shutdown()
    finally:
        core.close()


def test_the_screen_is_captured_in_both_languages_for_the_docs(qtbot, floor, screen,
                                                               japanese):
    _returns_graded(floor)
    _inspector_grades(floor)
    floor.signin.sign_in("S-3001")
    screen.setStyleSheet(APP_STYLE)  # as the station shows it, on a 1366x768 screen
    screen.resize(1366, 700)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    shots = {}
    for language in ("en", "ja"):
        japanese.use(language)
        screen.retranslate()
        for name, page in (("stations", screen.stations_table),
                           ("packers", screen.packers_table),
                           ("charts", screen.hour_chart.parentWidget()),
                           ("exceptions", screen.exceptions_table)):
            screen.tabs.setCurrentWidget(page)
            qtbot.wait(50)
            shots[f"supervisor-{name}-{language}.png"] = screen.grab()
    assert all(not shot.isNull() for shot in shots.values())
    if os.environ.get("SUPERVISOR_SCREENSHOTS"):
        for name, shot in shots.items():
            shot.save(str(DOCS / name))


def test_parked_events_are_listed_with_the_hubs_answer_and_reason(qtbot, floor, screen):
    with floor.store.write() as db:
        parked = []
        for order, outcome, reason in (("ORD-A", "rejected", "order cancelled at the hub"),
                                       ("ORD-B", "conflict", "ORD-B was packed at PACK-02")):
            event = journal.append(db.conn, journal.event_of(
                OrderPacked(order_id=order, units=1, lines=1), station=floor.station_id,
                user="P-1001", at=at(12, 0), subject=order))
            parked.append(Parked(event, outcome, reason))
        acknowledge(db.conn, [], parked, at(12, 1))
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    table = screen.rejected_table
    rows = {table.item(r, 2).text(): (table.item(r, 3).text(), table.item(r, 4).text())
            for r in range(table.rowCount())}
    assert rows == {"ORD-A": ("rejected", "order cancelled at the hub"),
                    "ORD-B": ("conflict", "ORD-B was packed at PACK-02")}


def _inspector_grades(floor):
    """The returns inspector grading at this station in the afternoon."""
    script = Script(floor.store.conn, floor.station_id)
    script.count = 2000
    script.event(sy.received("RMA-1", "KAZE"), at(13, 0), "I-2001", "RMA-1")
    script.event(sy.graded("B"), at(13, 2), "I-2001", "RMA-1")
    script.event(sy.dispositioned("resale"), at(13, 3), "I-2001", "RMA-1")


def test_units_per_hour_is_one_figure_on_tile_and_table_with_its_window(qtbot, floor, screen):
    _inspector_grades(floor)
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    tile = screen.tiles[Metric.UNITS_PER_HOUR]
    [station_row] = range(screen.stations_table.rowCount())
    in_table = screen.stations_table.item(station_row, 3).data(Qt.ItemDataRole.DisplayRole)
    assert in_table > 0
    assert float(tile.value.text().replace(",", "")) == in_table
    assert tile.span.text() == "today, per hour of packing"
    assert "hours of packing" in screen.definition.text()
    assert f"{DAY:%Y-%m-%d}" in screen.definition.text()
    packers = [screen.packers_table.item(r, 0).text()
               for r in range(screen.packers_table.rowCount())]
    assert len(packers) == 2
    assert floor.catalogue.badge("I-2001").name not in packers


def test_units_per_hour_waits_for_enough_packing_before_showing_a_rate(qtbot, floor,
                                                                     make_screen):
    _inspector_grades(floor)
    floor.signin.sign_in("S-3001")
    screen = make_screen(settings=MetricsSettings())  # a few seconds of packing: no rate yet
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    tile = screen.tiles[Metric.UNITS_PER_HOUR]
    assert tile.value.text() == "–"
    assert tile.on_target is None


def test_daily_targets_are_pro_rated_so_the_morning_is_not_red(qtbot, floor, clock, screen):
    clock.set(at(9, 5))  # 5 minutes into a 09:00-18:00 day: 100 units a day -> 1 by now
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    units = screen.tiles[Metric.UNITS]
    assert units.on_target is True
    assert units.target.text() == "Target 1 by now (100 today)"
    assert units.span.text() == "today so far"


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_tables_fit_a_1366_wide_screen_without_scrolling_sideways(qtbot, floor, screen,
                                                                      qapp, language):
    _returns_graded(floor)
    _inspector_grades(floor)
    translations = Translations(qapp)
    translations.use(language)
    try:
        floor.signin.sign_in("S-3001")
        screen.setStyleSheet(APP_STYLE)  # the station's fonts, as ui/app.py sets them
        screen.resize(1366, 700)
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            screen.show()
        for table in (screen.stations_table, screen.packers_table):
            screen.tabs.setCurrentWidget(table)
            qtbot.waitUntil(table.isVisible)
            header = table.horizontalHeader()
            used = sum(header.sectionSize(c) for c in range(table.columnCount()))
            assert used <= table.viewport().width(), (language, used)
            assert not table.horizontalScrollBar().isVisible()
    finally:
        translations.use("en")


def test_label_checks_show_by_outcome_and_the_tables_still_fit_1366(qtbot, floor, screen, qapp):
    from station.events.shipping import LabelChecked, LabelReissued, WrongLabelScanned

    script = Script(floor.store.conn, floor.station_id)
    script.count = 3000  # after the floor fixture's events
    for second, payload in enumerate((
            WrongLabelScanned(order_id="ORD-A", scanned="111", expected=("222",)),
            LabelReissued(order_id="ORD-A", box_no=1, voided="222", tracking="333",
                          reason="torn"),
            LabelChecked(order_id="ORD-A", box_no=1, tracking="333"))):
        script.event(payload, at(9, 3, second), "P-1001", "ORD-A")
    translations = Translations(qapp)
    try:
        floor.signin.sign_in("S-3001")
        screen.setStyleSheet(APP_STYLE)
        screen.resize(1366, 700)
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            screen.show()
        table = screen.packers_table
        last = table.columnCount() - 1
        assert table.horizontalHeaderItem(last).text() == "Label checks"
        row = next(r for r in range(2) if "Sato" in table.item(r, 0).text())
        assert table.item(row, last).text() == (
            "Labels checked 1, Labels reissued 1, Wrong labels 1")
        translations.use("ja")
        screen.retranslate()
        assert table.item(row, last).text() == "検品済み送り状 1, 再発行した送り状 1, 送り状違い 1"
        screen.tabs.setCurrentWidget(table)
        qtbot.waitUntil(table.isVisible)
        header = table.horizontalHeader()
        assert sum(header.sectionSize(c) for c in range(table.columnCount())) <= (
            table.viewport().width())
    finally:
        translations.use("en")


def test_the_page_and_its_charts_fit_a_1366x768_window_without_scrolling(qtbot, floor, screen):
    """Review item 9: the charts were cut off at the foot of a 1366x768 window. With the
    app's style, the page needs no more than what the window leaves under its header and
    above its status bar (about 640 px), so its scroll area never scrolls."""
    screen.setStyleSheet(APP_STYLE)
    floor.signin.sign_in("S-3001")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    assert screen.minimumSizeHint().height() <= 640
    screen.resize(1366, 640)
    screen.tabs.setCurrentIndex(2)
    chart = screen.hour_chart
    bottom = chart.mapTo(screen, chart.rect().bottomLeft()).y()
    assert bottom <= screen.height()
    qtbot.waitUntil(lambda: chart.chart().plotArea().height() >= 100)  # bars, not a sliver
