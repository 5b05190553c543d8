"""The supervisor's sort wall tab: what the wall counted over the days shown, per station
and per packer side by side (five columns each fit 1366 wide)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station.messages import msg
from station.metrics.compute import Tally
from station.metrics.report import TableKind
from station.metrics.sort_report import sort_table
from ui.i18n import tr
from ui.supervisor.tables import fill, new_table


class SortTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stations_table = new_table()
        self.packers_table = new_table()
        self.note = QLabel()  # the brand filter does not apply: a batch mixes brands
        self.note.setObjectName("sortNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #44474e;")
        tables = QHBoxLayout()
        tables.addWidget(self.stations_table)
        tables.addWidget(self.packers_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tables, 1)
        layout.addWidget(self.note)

    def show_tally(self, tally: Tally, names: Callable[[str], str] | None = None) -> None:
        """Drawn in the current language (called again on a language switch)."""
        for table, kind, figures in ((self.stations_table, TableKind.STATIONS, tally.stations),
                                     (self.packers_table, TableKind.PACKERS, tally.packers)):
            shown = sort_table(kind, figures, names)
            fill(table, shown.headers, shown.rows)
        self.note.setText(tr(msg(
            "Supervisor", "Sort wall counts belong to no brand (a batch mixes them): they "
                          "show with All brands. Units "
                          "sorted and strays leave out undone scans. Sort exceptions: each "
                          "order a batch closed short, each slot stopped because its order "
                          "was cancelled or held, and each batch closed with items left "
                          "over.")))
