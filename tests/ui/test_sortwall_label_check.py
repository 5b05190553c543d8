"""A slot's order sealed with 送り状検品 on: the station stays at the pack screen until its
labels are scanned, then goes back to the wall by itself."""

from __future__ import annotations

import pytest

from station.carriers.contracts import carrier_name
from station.carriers.numbering import receive_block
from station.ids import OrderId
from station.pack.outcomes import Kind
from tests.app_driver import scanner_burst
from tests.carrier_support import YAMATO
from tests.shipflow_support import ACTOR, FIRST, carrier_settings
from tests.sortwall_support import PACKER, batch, unit_scans


@pytest.fixture
def settings(settings):
    return carrier_settings(settings, "required")


def _yamato(core, order_id: str) -> bool:
    """A Yamato order of the batch, sent as 宅急便 (the demo batch leaves the service out)."""
    order = core.catalogue.order(OrderId(order_id))
    if carrier_name(order.carrier) != "yamato":
        return False
    with core.store.write():
        core.store.conn.execute("UPDATE orders SET service = 'TA-Q-BIN' WHERE id = ?",
                                (order_id,))
    return True


def test_the_wall_comes_back_once_the_labels_are_scanned(station_app):
    window, core = station_app.window, station_app.core
    receive_block(core.store, YAMATO.number_kind, FIRST, FIRST + 99, ACTOR)
    wave = batch(core)
    scanner_burst(window, PACKER)
    scanner_burst(window, wave.totes[0])
    screen = window.screens["sortwall"].widget
    units = unit_scans(core, wave)
    for _, code in units[:-1]:
        scanner_burst(window, code)
    state = screen.wall.state
    slot = next(slot for slot, order_id in sorted(state.in_slot.items())
                if state.complete(order_id) and _yamato(core, order_id))
    order_id = state.in_slot[slot]
    scanner_burst(window, f"SLOT:{slot:02d}")
    scanner_burst(window, "CMD:COMPLETE")
    assert window.pack_screen.last_outcome.kind is Kind.ORDER_COMPLETE
    assert window.current_mode() == "pack"
    for tracking in core.pack.labels.pending().values():
        scanner_burst(window, tracking)
    assert window.current_mode() == "sortwall"
    assert f"Order {order_id} of slot {slot} is packed" in screen.banner.text()
