"""Items left over when a batch closes reach the supervisor's exception queue as a row of
their own (batch named, what was left, what to do next); Resolve with a reason journals
LeftoverResolved on the batch and takes the row away; Release is no choice for them."""

from __future__ import annotations

import pytest

from station.events.sortwall import LeftoverResolved
from station.messages import catalogue
from station.sortwall.leftovers import open_leftovers, what_was_left
from station.sortwall.setup import open_sortwall
from tests.sortwall_support import PACKER, batch, sort_scan, unit_scans
from tests.support import ean, payloads, scan
from ui.supervisor.factory import supervisor_screen


@pytest.fixture
def closed_with_a_stray(file_core):
    """Every unit of the batch sorted, plus one item no order of it needs: left over."""
    core = file_core
    wall = open_sortwall(core)
    scan(core, PACKER)
    wave = batch(core)
    sort_scan(wall, wave.totes[0])
    needed = {sku for need in wall.state.needs.values() for sku in need}
    stray = next(p for p in core.catalogue.products() if p.sku not in needed
                 and not p.lot_controlled and not p.serial_controlled)
    sort_scan(wall, ean(core, stray.sku))
    for _order, code in unit_scans(core, wave):
        sort_scan(wall, code)
    sort_scan(wall, "CMD:COMPLETE")
    scan(core, "BADGE:S-3001")
    return core, stray


@pytest.fixture
def screen(qtbot, closed_with_a_stray):
    made = supervisor_screen(closed_with_a_stray[0])
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.refreshed, timeout=10_000):
        made.show()
    yield made
    made.shutdown()


def _leftover_row(screen) -> int:
    table = screen.exceptions_table
    rows = [row for row in range(table.rowCount())
            if table.item(row, 0).text() == "BATCH-0001 (left over)"]
    assert len(rows) <= 1
    return rows[0] if rows else -1


def test_left_over_items_are_queued_and_resolved_with_a_reason(qtbot, closed_with_a_stray,
                                                                screen):
    core, stray = closed_with_a_stray
    screen.tabs.setCurrentIndex(3)
    row = _leftover_row(screen)
    assert row >= 0
    table = screen.exceptions_table
    assert table.item(row, 3).text() == f"Left over: 1 × {stray.name}"
    assert table.item(row, 5).text() == "Find their order or return them to stock."
    table.selectRow(row)
    actions = screen.exception_actions
    assert actions.selected_order() == "BATCH-0001"
    assert actions.resolve_button.isEnabled()
    assert not actions.release_button.isEnabled()
    assert "BATCH-0001" in actions.details.text()

    actions.resolve_button.click()  # no reason yet: nothing is journaled
    assert "Write the reason first." in actions.result.text()
    assert payloads(core.store.conn, LeftoverResolved) == []

    actions.reason.setText("Returned to stock, bin A-3")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        actions.resolve_button.click()
    assert _leftover_row(screen) == -1
    [resolved] = payloads(core.store.conn, LeftoverResolved, "BATCH-0001")
    assert (resolved.batch_id, resolved.reason) == ("BATCH-0001", "Returned to stock, bin A-3")


def test_what_was_left_reads_in_japanese(closed_with_a_stray):
    core, stray = closed_with_a_stray
    [left] = open_leftovers(core.store.conn)
    said = what_was_left(core.catalogue, left)
    assert said.render() == f"Left over: 1 × {stray.name}"
    assert catalogue("ja").render(said) == f"余り: {stray.name_ja or stray.name} ×1"
