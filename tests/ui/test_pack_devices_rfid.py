"""The pack screen's RFID reader on the real core (the demo reader from settings): one read
packs the tote through the core, and the screen shows the one outcome the core picks."""

from __future__ import annotations

import pytest

from station.clock import FixedClock
from station.core import open_core
from station.demo import APPAREL, COSMETICS
from station.pack.outcomes import Kind
from station.settings import load
from tests.support import find_order, scan
from ui.pack.devices import PackDevices
from ui.pack.screen import PackScreen


@pytest.fixture
def rfid_core(tmp_path):
    path = tmp_path / "station.toml"
    path.write_text('[rfid]\nreader = "simulated"\n', encoding="utf-8")
    core = open_core(load(path, data_dir=tmp_path / "data", environ={}), FixedClock(),
                     in_memory=True)
    yield core
    core.close()


@pytest.fixture
def devices(qtbot, rfid_core, background_work):
    screen = PackScreen(rfid_core)
    qtbot.addWidget(screen)
    return PackDevices(rfid_core, screen, background_work)


def read_tote(qtbot, devices):
    assert devices.rfid is not None
    with qtbot.waitSignal(devices.rfid.checked, timeout=10_000):
        devices.rfid.read_button.click()
    return devices.screen.last_outcome


def test_a_tote_read_that_completes_the_order_shows_the_completion(qtbot, rfid_core, devices):
    scan(rfid_core, "BADGE:P-1001")
    order = find_order(rfid_core, brand=APPAREL, min_lines=2, max_lines=4)
    scan(rfid_core, order.id)
    shown = read_tote(qtbot, devices)
    assert shown.kind is Kind.ORDER_COMPLETE
    assert order.id in devices.screen.banner.text()
    assert rfid_core.pack.order is None


def test_a_tote_of_lot_controlled_units_shows_the_lot_question_and_packs_nothing(
        qtbot, rfid_core, devices):
    scan(rfid_core, "BADGE:P-1001")
    order = find_order(rfid_core, brand=COSMETICS, lot_controlled=True, max_lines=1)
    scan(rfid_core, order.id)
    assert read_tote(qtbot, devices).kind is Kind.LOT_REQUIRED
    assert rfid_core.pack.state.packed(order.lines[0].line_no) == 0


def test_a_read_with_no_open_order_says_what_to_do_in_the_banner(qtbot, rfid_core, devices):
    scan(rfid_core, "BADGE:P-1001")
    assert read_tote(qtbot, devices) is None
    assert "order or tote first" in devices.screen.banner.text()
