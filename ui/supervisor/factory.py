"""Building the supervisor screen from the station's core: what the main window calls."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from station.core import StationCore
from station.materials.export import bill_lines, write_bill
from station.messages import Message
from station.metrics import aggregates
from station.metrics.dashboard import Dashboard, DashboardQuery
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.station_view import station_dashboard
from station.pack.exception_desk import what_happened
from station.sortwall.figures import where_short
from station.sortwall.leftovers import open_leftovers, what_was_left
from ui.i18n import tr
from ui.supervisor.exception_actions import ExceptionActions
from ui.supervisor.loaders import DashboardLoader, station_loader
from ui.supervisor.screen import SupervisorScreen


def reported(core: StationCore, order_id: str) -> Message | None:
    """What the packer reported ("Short: 1 × T-shirt"), for the queue's Reason column."""
    order = core.catalogue.order(order_id)  # type: ignore[arg-type]
    return what_happened(core.store.conn, order) if order is not None else None


def supervisor_screen(core: StationCore, parent: QWidget | None = None) -> SupervisorScreen:
    """The screen for this station, configured from `[metrics]` and `[targets]`."""
    settings = core.settings.section("metrics", MetricsSettings)
    targets = core.settings.section("targets", Targets)
    aggregates.ensure_idle_threshold(core.store, settings.idle_gap)
    load: DashboardLoader
    in_memory = core.store.path is None
    if core.store.path is not None:
        load = station_loader(core.store.path, settings, targets)
    else:  # an in-memory demo database has no file a second connection could open: its one
        # connection stays on the UI thread, so the screen loads there (tests and previews)

        def load(query: DashboardQuery, now: datetime) -> Dashboard:
            return station_dashboard(core.store.conn, query, now=now, settings=settings,
                                     targets=targets)

    def name(badge_id: str) -> str:
        badge = core.catalogue.badge(badge_id)
        return badge.name if badge else badge_id

    def bill(path: Path, brand: str, first: date, last: date) -> int:
        """A few thousand journal rows by the (type, ts) index: quick on the UI thread."""
        lines = bill_lines(core.store.conn, brand, first, last, settings.zone)
        return write_bill(lines, core.pack.materials, path, brand=brand,
                          language=core.settings.station.language, render=tr)

    screen = SupervisorScreen(core.signin, load, settings=settings, targets=targets,
                              clock=core.clock, brands=[b.id for b in core.catalogue.brands()],
                              names=name, load_on_ui_thread=in_memory, bill=bill,
                              parent=parent,
                              where=lambda order_id: where_short(core.store.conn, order_id),
                              what=lambda order_id: reported(core, order_id),
                              leftovers=lambda: [
                                  (left, what_was_left(core.catalogue, left))
                                  for left in open_leftovers(core.store.conn)])
    actions = ExceptionActions(core, screen.exceptions_table)
    actions.decided.connect(lambda _decision: screen.refresh())
    screen.refreshed.connect(lambda _board: actions.keep_choice())
    screen.add_exception_actions(actions)
    return screen
