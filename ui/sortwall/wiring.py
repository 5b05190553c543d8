"""The sort wall in the window: its screen, batch totes and slot labels bring it forward
from any screen, and a slot's order goes on to the pack screen."""

from __future__ import annotations

from station.core import StationCore
from station.messages import msg
from station.pack.outcomes import Kind, ScanOutcome
from station.pack.session import PACKING_ROLES
from station.routing import Target
from station.sortwall.setup import open_sortwall
from ui.main_window import MainWindow
from ui.pack.screen import PackScreen
from ui.sortwall.screen import SortWallScreen
from ui.sounds import Sounds

MODE = Target.SORT_WALL


def add_sort_wall(core: StationCore, window: MainWindow, pack_screen: PackScreen,
                  sounds: Sounds | None) -> SortWallScreen:
    screen = SortWallScreen(open_sortwall(core), sounds=sounds,
                            gs_substitute=core.settings.scanner.gs_substitute)
    window.add_screen(MODE, msg("MainWindow", "Sort wall"), screen, PACKING_ROLES)
    window.sort_wall_claims = screen.wall.claims
    screen.failed.connect(window.errors.show)

    def to_pack(outcome: ScanOutcome) -> None:
        window.show_mode("pack")
        pack_screen.show_outcome(outcome)

    screen.to_pack.connect(to_pack)

    def packed(outcome: ScanOutcome) -> None:
        """Back to the wall once a slot's order is sealed and its labels (if checked) are
        scanned, while its batch is open."""
        done = (outcome.kind is Kind.SHIPMENT_CONFIRMED
                or (outcome.kind is Kind.ORDER_COMPLETE and core.pack.labels.order_id is None))
        if done and outcome.order_id and screen.back_from_pack(outcome.order_id):
            window.show_mode(MODE)

    pack_screen.outcome.connect(packed)
    return screen
