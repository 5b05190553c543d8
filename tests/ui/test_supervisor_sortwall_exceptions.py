"""Sort-wall exceptions at the supervisor's desk: the Order cell also says the batch and slot,
and Resolve still acts on the order itself."""

from __future__ import annotations

import pytest

from station.events.exceptions import ExceptionResolved
from station.sortwall.setup import open_sortwall
from tests.sortwall_support import PACKER, batch, sort_scan, unit_scans
from tests.support import payloads, scan
from ui.supervisor.factory import supervisor_screen


@pytest.fixture
def closed_short(file_core):
    """A batch closed with one unit sorted: its other orders go to the queue, short."""
    core = file_core
    wall = open_sortwall(core)
    scan(core, PACKER)
    wave = batch(core)
    sort_scan(wall, wave.totes[0])
    sort_scan(wall, unit_scans(core, wave)[0][1])
    sort_scan(wall, "CMD:COMPLETE")
    sort_scan(wall, "CMD:COMPLETE")  # a second COMPLETE confirms when units are unsorted
    scan(core, "BADGE:S-3001")
    return core


@pytest.fixture
def screen(qtbot, closed_short):
    made = supervisor_screen(closed_short)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.refreshed, timeout=10_000):
        made.show()
    yield made
    made.shutdown()


def test_a_sort_wall_exception_can_be_resolved(qtbot, closed_short, screen):
    screen.tabs.setCurrentIndex(3)
    screen.exceptions_table.selectRow(0)
    actions = screen.exception_actions
    cell = screen.exceptions_table.item(0, 0).text()
    assert "batch BATCH-0001" in cell
    order_id = cell.split(" ")[0]
    assert actions.selected_order() == order_id
    assert actions.resolve_button.isEnabled()
    assert order_id in actions.details.text()
    actions.reason.setText("Short at the wall: re-picked")
    rows = screen.exceptions_table.rowCount()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        actions.resolve_button.click()
    assert screen.exceptions_table.rowCount() == rows - 1
    [resolved] = payloads(closed_short.store.conn, ExceptionResolved, order_id)
    assert resolved.reason == "Short at the wall: re-picked"
