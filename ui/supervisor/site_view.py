"""The site view on the supervisor screen: every station on the floor, from the hub, in the
same table (same columns, same units/hour) as this station's own, fetched off the UI thread
whenever the screen's figures refresh. When the hub cannot give it, a sentence says why and
the station's own tabs go on as before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from station.messages import Message, msg
from station.metrics.dashboard import Dashboard
from station.metrics.report import TableKind, table
from station.metrics.settings import Targets
from sync.client import HubUnavailableError
from sync.site_view import HubAddress, SiteView, fetch_site_view, problem
from ui.background import BackgroundWork
from ui.i18n import tr
from ui.phrase_label import PhraseLabel
from ui.supervisor.screen import SupervisorScreen
from ui.supervisor.tables import fill, new_table

Fetch = Callable[[date, date], SiteView]
TAB_TITLE = msg("Supervisor", "Site: all stations")


class SiteViewPanel(QWidget):
    def __init__(self, fetch: Fetch, work: BackgroundWork, *, station_id: str,
                 targets: Targets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch, self._work = fetch, work
        self._station_id, self._targets = station_id, targets
        self.view: SiteView | None = None
        self._said: Message | None = None
        self._asking = False
        self.status = PhraseLabel()
        self.status.setObjectName("siteStatus")
        self.table = new_table()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def load(self, first: date, last: date) -> None:
        """Ask the hub for the days `first` to `last`, unless a question is still open."""
        if self._asking:
            return
        self._asking = True
        if self.view is None:
            self._say(msg("Site view", "Asking the hub for the site's figures…"))
        started = self._work.run(lambda: self._fetch(first, last), self._on_loaded,
                                 self._on_failed)
        self._asking = started is not None

    def clear(self) -> None:
        """Forget the figures (someone other than a supervisor is at the station)."""
        self.view = None
        self.table.setRowCount(0)
        self._say(None)

    def retranslate(self) -> None:
        if self.view is not None:
            self._draw(self.view)
        self._say(self._said)

    def _on_loaded(self, view: SiteView) -> None:
        self._asking = False
        self.view = view
        self._draw(view)
        days = (f"{view.first:%Y-%m-%d}" if view.first == view.last
                else f"{view.first:%Y-%m-%d} – {view.last:%Y-%m-%d}")
        self._say(msg("Site view", "Every station of the site, from the hub: {days}. Figures "
                      "arrive as each station syncs.", days=days))

    def _on_failed(self, error: BaseException) -> None:
        self._asking = False
        said = problem(error)
        if said is None:
            raise error
        self._say(said)

    def _draw(self, view: SiteView) -> None:
        def name(key: str) -> str:
            if key == "":
                return tr(msg("Site view", "Whole site"))
            if key == self._station_id:
                return tr(msg("Site view", "{station} (this station)", station=key))
            return key

        rows = table(TableKind.STATIONS, (*view.stations, view.site), self._targets, name,
                     render=tr)
        fill(self.table, rows.headers, rows.rows)

    def _say(self, said: Message | None) -> None:
        self._said = said
        self.status.setText(tr(said) if said is not None else "")


def from_hub(address: Callable[[], HubAddress | None]) -> Fetch:
    """Fetching from the hub at `address()` (None until sync has started)."""

    def fetch(first: date, last: date) -> SiteView:
        where = address()
        if where is None:
            raise HubUnavailableError("sync has not started")
        return fetch_site_view(where, first, last)

    return fetch


def attach_site_view(screen: SupervisorScreen, panel: SiteViewPanel) -> None:
    """A tab beside the station's own; it follows the screen's refreshes and its days."""

    def on_refreshed(board: Dashboard) -> None:
        panel.load(board.query.first, board.query.last)

    screen.add_tab(panel, TAB_TITLE)
    screen.refreshed.connect(on_refreshed)
    screen.refused.connect(panel.clear)
