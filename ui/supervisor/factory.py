"""Building the supervisor screen from the station's core: what the main window calls."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget

from station.core import StationCore
from station.metrics import aggregates
from station.metrics.dashboard import Dashboard, DashboardQuery
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.station_view import station_dashboard
from station.sortwall.figures import where_short
from ui.supervisor.loaders import DashboardLoader, station_loader
from ui.supervisor.screen import SupervisorScreen


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

    return SupervisorScreen(core.signin, load, settings=settings, targets=targets,
                            clock=core.clock, brands=[b.id for b in core.catalogue.brands()],
                            names=name, load_on_ui_thread=in_memory, parent=parent,
                            where=lambda order_id: where_short(core.store.conn, order_id))
