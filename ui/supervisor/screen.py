"""The supervisor screen. Only a supervisor badge sees figures; anyone else is refused.

Queries run on a worker thread (see worker.py) and the screen refreshes itself on a timer,
so the station never freezes while a dashboard over a large journal is computed."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.clock import Clock
from station.errors import StationError
from station.messages import Message, msg
from station.metrics.compute import Bucket
from station.metrics.dashboard import Dashboard, DashboardQuery
from station.metrics.definitions import Metric, units_per_hour_definition
from station.metrics.export import write_csv, write_xlsx
from station.metrics.periods import local_day
from station.metrics.report import TableKind, table
from station.metrics.settings import MetricsSettings, Targets
from station.models import Role
from station.signin import SignIn
from station.sortwall.leftovers import Leftover
from ui.i18n import tr
from ui.supervisor.charts import TargetChart
from ui.supervisor.exception_actions import ExceptionActions
from ui.supervisor.gifts import fill_gifts
from ui.supervisor.loaders import DashboardLoader
from ui.supervisor.queues import fill_exceptions, fill_rejected
from ui.supervisor.sort_tab import SortTab
from ui.supervisor.tables import fill, new_table
from ui.supervisor.tiles import TileWidget, format_value
from ui.supervisor.worker import DashboardWorker, Failed, Loaded

_log = logging.getLogger(__name__)

# Writes a brand's packing-materials bill for local days first..last to a file; the number
# of orders billed (station.materials.export.write_bill, bound to the station's database).
MaterialsBill = Callable[[Path, str, date, date], int]

_TAB_TITLES = (msg("Supervisor", "Stations"), msg("Supervisor", "Packers"),
               msg("Supervisor", "Charts"), msg("Supervisor", "Exception queue"),
               msg("Supervisor", "Rejected by the hub"), msg("Supervisor", "Gifts and inserts"),
               msg("Supervisor", "Sort wall"))

TILES = (Metric.ORDERS, Metric.UNITS, Metric.UNITS_PER_HOUR, Metric.WRONG_PER_100,
         Metric.OPEN_EXCEPTIONS, Metric.RETURNS_GRADED, Metric.PRINT_FAILURES,
         Metric.SYNC_BACKLOG)


class SupervisorScreen(QWidget):
    refreshed = Signal(object)  # the Dashboard shown
    refused = Signal()

    def __init__(self, signin: SignIn, load: DashboardLoader, *, settings: MetricsSettings,
                 targets: Targets, clock: Clock, brands: Sequence[str] = (),
                 names: Callable[[str], str] | None = None, load_on_ui_thread: bool = False,
                 bill: MaterialsBill | None = None,
                 where: Callable[[str], Message | None] | None = None,
                 what: Callable[[str], Message | None] | None = None,
                 leftovers: Callable[[], Sequence[tuple[Leftover, Message]]] | None = None,
                 parent: QWidget | None = None) -> None:
        """`load_on_ui_thread` is for an in-memory database (tests, previews), whose one
        connection belongs to the UI thread and must not be used from a worker."""
        super().__init__(parent)
        self._signin, self._load, self._clock = signin, load, clock
        self._settings, self._targets, self._names = settings, targets, names
        self._bill = bill
        self._where, self._what = where, what
        self._leftovers = leftovers
        self.dashboard: Dashboard | None = None
        self.exception_actions: ExceptionActions | None = None
        self._status: Message | None = None
        self._worker = DashboardWorker(self, inline=load_on_ui_thread)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setInterval(max(settings.refresh_seconds, 1) * 1000)
        self._timer.timeout.connect(self.refresh)
        # The badge at the station can change at any scan: look every second, so the figures
        # vanish within a second of a packer signing in, not at the next refresh.
        self._guard = QTimer(self)
        self._guard.setInterval(1000)
        self._guard.timeout.connect(self._on_guard)
        self._guard.start()
        self._today = local_day(clock.now(), settings.zone)

        self._more_tabs: list[tuple[QWidget, Message]] = []
        self.pages = QStackedWidget()
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refusal.setStyleSheet("font-size: 20px; color: #b3261e; padding: 40px;")
        self.pages.addWidget(self.refusal)
        self.pages.addWidget(self._build_dashboard(brands))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _build_dashboard(self, brands: Sequence[str]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.who = QLabel()
        self.who.setStyleSheet("font-weight: 600;")
        today = self._today
        self.first = QDateEdit(QDate(today.year, today.month, today.day))
        self.last = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_filter_changed)
        self.brand = QComboBox()
        self.brand.addItem("", None)
        for brand in brands:
            self.brand.addItem(brand, brand)
        self.brand.currentIndexChanged.connect(self._on_filter_changed)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self._on_export_csv)
        self.xlsx_button = QPushButton()
        self.xlsx_button.clicked.connect(self._on_export_xlsx)
        self.bill_button = QPushButton()  # a brand's packing materials, to invoice
        self.bill_button.clicked.connect(self._on_export_bill)
        self.bill_button.setVisible(self._bill is not None)
        self.bill_button.setEnabled(False)  # until a brand is chosen
        self.from_label, self.to_label = QLabel(), QLabel()
        bar.addWidget(self.who)
        bar.addStretch(1)
        for widget in (self.from_label, self.first, self.to_label, self.last, self.brand,
                       self.refresh_button, self.csv_button, self.xlsx_button,
                       self.bill_button):
            bar.addWidget(widget)
        layout.addLayout(bar)

        grid = QGridLayout()
        self.tiles = {metric: TileWidget(metric) for metric in TILES}
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // 4, index % 4)
        layout.addLayout(grid)

        self.tabs = QTabWidget()
        self.stations_table = new_table()
        self.packers_table = new_table()
        self.sort_tab = SortTab()
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        self.hour_chart = TargetChart(msg("Supervisor", "Units packed by hour today"))
        self.day_chart = TargetChart(msg("Supervisor", "Units packed by day"))
        charts_layout.addWidget(self.hour_chart)
        charts_layout.addWidget(self.day_chart)
        self.exceptions_table = new_table()
        self.rejected_table = new_table()
        self.gifts_table = new_table()
        pages: tuple[QWidget, ...] = (self.stations_table, self.packers_table, charts,
                                      self.exceptions_table, self.rejected_table,
                                      self.gifts_table, self.sort_tab)
        for tab in pages:
            self.tabs.addTab(tab, "")
        layout.addWidget(self.tabs, 1)
        self.definition = QLabel()  # what units/hour means and the range the tables cover
        self.definition.setObjectName("definition")
        self.definition.setWordWrap(True)
        self.definition.setStyleSheet("color: #44474e;")
        layout.addWidget(self.definition)
        self.status = QLabel()
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        return page

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Everything on the screen in the UI's current language (the main window calls this
        when the language is switched): the figures are redrawn, not reloaded."""
        self.refusal.setText(tr(msg(
            "Supervisor", "Only a supervisor can see this screen. Scan a supervisor badge.")))
        self.brand.setItemText(0, tr(msg("Supervisor", "All brands")))
        self.refresh_button.setText(tr(msg("Supervisor", "Refresh")))
        self.csv_button.setText(tr(msg("Supervisor", "Export CSV")))
        self.xlsx_button.setText(tr(msg("Supervisor", "Export XLSX")))
        self.bill_button.setText(tr(msg("Supervisor", "Materials bill")))
        self.bill_button.setToolTip(tr(msg(
            "Supervisor", "The chosen brand's packing materials for the days shown, to "
            "invoice (XLSX)")))
        self.from_label.setText(tr(msg("Supervisor", "From")))
        self.to_label.setText(tr(msg("Supervisor", "to")))
        for index, title in enumerate(_TAB_TITLES):
            self.tabs.setTabText(index, tr(title))
        for widget, title in self._more_tabs:
            self.tabs.setTabText(self.tabs.indexOf(widget), tr(title))
            retranslate = getattr(widget, "retranslate", None)
            if retranslate is not None:
                retranslate()
        for tile in self.tiles.values():
            tile.retranslate()
        if self.exception_actions is not None:
            self.exception_actions.retranslate()
        if self.dashboard is not None:
            self._draw(self.dashboard)
        else:
            self.hour_chart.retranslate()
            self.day_chart.retranslate()
        self._say(self._status)

    def add_tab(self, widget: QWidget, title: Message) -> None:
        """Another tab after the station's own (the site view), retranslated with them."""
        self._more_tabs.append((widget, title))
        self.tabs.addTab(widget, tr(title))

    def add_exception_actions(self, actions: ExceptionActions) -> None:
        """Put `actions` (resolve, release) under the exception queue, in its tab."""
        self.exception_actions = actions
        index = self.tabs.indexOf(self.exceptions_table)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.removeTab(index)
        layout.addWidget(self.exceptions_table, 1)
        layout.addWidget(actions)
        self.exceptions_table.show()  # the tab widget hid it when it stopped being a page
        self.tabs.insertTab(index, page, tr(_TAB_TITLES[index]))

    def _say(self, status: Message | None) -> None:
        """The status line, kept as a message so a language switch redraws it."""
        self._status = status
        self.status.setText(tr(status) if status is not None else "")

    # ------------------------------------------------------------------ access
    @property
    def allowed(self) -> bool:
        return self._signin.has_role(Role.SUPERVISOR)

    def check_access(self) -> bool:
        """Show figures only to a supervisor; forget them the moment anyone else is here."""
        if not self.allowed:
            self._timer.stop()
            self.dashboard = None
            self.pages.setCurrentWidget(self.refusal)
            self.refused.emit()
            return False
        badge = self._signin.badge
        self.who.setText(badge.name if badge else "")
        self.pages.setCurrentIndex(1)
        if not self._timer.isActive():
            self._timer.start()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # ------------------------------------------------------------------ refresh
    @property
    def query(self) -> DashboardQuery:
        return DashboardQuery(_day(self.first.date()), _day(self.last.date()),
                              self.brand.currentData())

    def refresh(self) -> None:
        if not self.check_access():
            return
        self._follow_today()
        query, now = self.query, self._clock.now()
        self._say(msg("Supervisor", "Updating…"))
        self._worker.request(lambda: self._load(query, now))

    def _follow_today(self) -> None:
        """After midnight a range that ended today moves on to the new day."""
        today = local_day(self._clock.now(), self._settings.zone)
        if today == self._today:
            return
        for edit in (self.first, self.last):
            if _day(edit.date()) == self._today:
                edit.blockSignals(True)
                edit.setDate(QDate(today.year, today.month, today.day))
                edit.blockSignals(False)
        self._today = today

    def _on_guard(self) -> None:
        if self.pages.currentIndex() == 1 and not self.allowed:
            self.check_access()

    def _on_filter_changed(self) -> None:
        self.bill_button.setEnabled(self.brand.currentData() is not None)
        self.refresh()

    def _on_loaded(self, result: Loaded) -> None:
        if not self.allowed:
            self.check_access()
            return
        board = result.dashboard
        self.dashboard = board
        self._draw(board)
        self._say(msg(
            "Supervisor", "Updated {time} in {ms} ms.",
            time=f"{board.generated_at.astimezone(self._settings.zone):%H:%M:%S}",
            ms=round(result.seconds * 1000)))
        self.refreshed.emit(board)

    def _draw(self, board: Dashboard) -> None:
        for tile in board.tiles:
            self.tiles[tile.metric].show_tile(tile)
        self._define(board)
        stations = table(TableKind.STATIONS, board.range.stations, self._targets, render=tr)
        packers = table(TableKind.PACKERS, board.range.packers, self._targets, self._names,
                        render=tr)
        fill(self.stations_table, stations.headers, stations.rows)
        fill(self.packers_table, packers.headers, packers.rows)
        self.sort_tab.show_tally(board.range, self._names)
        zone = self._settings.zone
        hours = _working_hours(board.today_tally.by_hour)
        self.hour_chart.show_values(
            [f"{b.start.astimezone(zone):%H}" for b in hours],  # type: ignore[union-attr]
            [b.units for b in hours], self._hourly_target(board),
            label_every=hour_label_step(len(hours)))
        self.day_chart.show_values([f"{b.start:%m-%d}" for b in board.trend],
                                   [b.units for b in board.trend],
                                   float(self._targets.units_per_day), upright=True)
        fill_exceptions(self.exceptions_table, board.open_exceptions, zone, names=self._names,
                        where=self._where, what=self._what,
                        leftovers=self._leftovers() if self._leftovers else ())
        fill_rejected(self.rejected_table, board.rejected)
        fill_gifts(self.gifts_table, board.gift_orders)

    def _define(self, board: Dashboard) -> None:
        """Under the tables: the one definition of units/hour and the days they cover."""
        idle = format_value(self._settings.idle_gap_minutes)
        query = board.query
        days = (f"{query.first:%Y-%m-%d}" if query.first == query.last
                else f"{query.first:%Y-%m-%d} – {query.last:%Y-%m-%d}")
        self.definition.setText(tr(msg("Supervisor", "Tables: {days}. {definition}.",
                                       days=days,
                                       definition=units_per_hour_definition(idle))))
        self.tiles[Metric.UNITS_PER_HOUR].setToolTip(tr(units_per_hour_definition(idle)))

    def _on_failed(self, result: Failed) -> None:
        """The last figures stay on screen; the status line says why they are not fresh."""
        error = result.error
        if isinstance(error, StationError):
            reason: Message = msg("Supervisor", "{message} {next_step}", message=error.message,
                                  next_step=error.next_step)
        else:
            _log.error("supervisor figures failed:\n%s", result.details)
            reason = msg("Supervisor", "Something went wrong while counting ({kind}). The "
                                       "station's work is safe; try Refresh, or call IT if it "
                                       "happens again.", kind=type(error).__name__)
        self._say(msg("Supervisor", "The figures could not be read: {reason}", reason=reason))

    def _hourly_target(self, board: Dashboard) -> float:
        stations = [s.key for s in board.today_tally.stations if s.orders]
        if not stations:
            return self._targets.units_per_hour
        return sum(self._targets.for_station(s) for s in stations)

    # ------------------------------------------------------------------ export
    def export_csv(self, path: Path) -> None:
        """The table on screen (stations or packers) as CSV."""
        if self.dashboard is None:
            return
        kind = (TableKind.PACKERS if self.tabs.currentWidget() is self.packers_table
                else TableKind.STATIONS)
        figures = self.dashboard.range.packers if kind is TableKind.PACKERS else (
            self.dashboard.range.stations)
        write_csv(path, table(kind, figures, self._targets, self._names, tr), tr)

    def export_xlsx(self, path: Path) -> None:
        if self.dashboard is None:
            return
        write_xlsx(path, [
            (tr(msg("Supervisor", "Stations")),
             table(TableKind.STATIONS, self.dashboard.range.stations, self._targets,
                   render=tr)),
            (tr(msg("Supervisor", "Packers")),
             table(TableKind.PACKERS, self.dashboard.range.packers, self._targets,
                   self._names, tr)),
        ], tr)

    def _on_export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr(msg("Supervisor", "Export CSV")),
                                              "throughput.csv", "CSV (*.csv)")
        if path:
            self.export_csv(Path(path))

    def _on_export_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr(msg("Supervisor", "Export XLSX")),
                                              "throughput.xlsx", "Excel (*.xlsx)")
        if path:
            self.export_xlsx(Path(path))

    def export_bill(self, path: Path) -> None:
        """The chosen brand's packing-materials bill for the days shown."""
        brand = self.brand.currentData()
        if self._bill is None or brand is None:
            return
        first, last = _day(self.first.date()), _day(self.last.date())
        try:
            orders = self._bill(path, brand, first, last)
        except (OSError, StationError) as error:
            _log.warning("materials bill not written: %s", error)
            self._say(msg("Supervisor", "The materials bill was not written: {reason}",
                          reason=error.message if isinstance(error, StationError)
                          else str(error)))
            return
        self._say(msg("Supervisor", "Materials bill of {brand}: {orders} orders written to "
                      "{path}.", brand=brand, orders=orders, path=str(path)))

    def _on_export_bill(self) -> None:
        brand = self.brand.currentData()
        name = f"materials-{brand}-{_day(self.first.date())}-{_day(self.last.date())}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, tr(msg("Supervisor", "Materials bill")),
                                              name, "Excel (*.xlsx)")
        if path:
            self.export_bill(Path(path))

    # ------------------------------------------------------------------ lifetime
    def shutdown(self) -> None:
        """Stop refreshing and wait for a running query (before the screen is destroyed)."""
        self._timer.stop()
        self._guard.stop()
        self._worker.wait()


def hour_label_step(bars: int) -> int:
    """Label every hour up to 12 bars, else every 2nd (up to 18) or 3rd hour, so the labels
    fit under the bars of a whole day."""
    return 1 if bars <= 12 else 2 if bars <= 18 else 3


def _working_hours(hours: Sequence[Bucket]) -> Sequence[Bucket]:
    """The hours from the first to the last with packing, an hour either side; the whole
    day when nothing was packed (the chart then shows its empty frame)."""
    busy = [index for index, bucket in enumerate(hours) if bucket.orders]
    if not busy:
        return hours
    return hours[max(busy[0] - 1, 0):busy[-1] + 2]


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
