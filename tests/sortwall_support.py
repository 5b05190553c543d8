"""Driving the sort wall in tests: a batch's units as scanner reads, a wall on a core."""

from __future__ import annotations

from scanning.interpret import interpret
from station.core import StationCore
from station.sortwall.batches import Batch, load_batch
from station.sortwall.outcomes import SortOutcome
from station.sortwall.session import SortWall
from station.sortwall.wall import load
from tests.support import ean

PACKER = "BADGE:P-1001"


def batch(core: StationCore, batch_id: str = "BATCH-0001") -> Batch:
    found = load_batch(core.store.conn, batch_id)
    assert found is not None
    return found


def unit_scans(core: StationCore, wave: Batch) -> list[tuple[str, str]]:
    """(order, EAN as a scanner reads it) for every unit of the batch, order by order."""
    needs = load(core.store.conn, wave).needs
    return [(order.order_id, ean(core, sku)) for order in wave.orders
            for sku, count in sorted(needs[order.order_id].items()) for _ in range(count)]


def sort_scan(wall: SortWall, text: str) -> SortOutcome:
    return wall.scan(interpret(text))


def step(core: StationCore, wall: SortWall, text: str) -> tuple[str, str]:
    """One scan at the sort wall bench (a badge signs in at the pack session, as the window
    routes it): the outcome's kind and slot, as words."""
    if text.startswith("BADGE:"):
        return core.pack.scan(interpret(text)).kind.value, "-"
    outcome = sort_scan(wall, text)
    return outcome.kind.value, str(outcome.slot) if outcome.slot is not None else "-"
