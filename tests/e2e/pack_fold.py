"""The expected state of a pack station after a crash, folded from the outcomes the killed
station acknowledged: the harness's own model of packing (units per line, boxes, the undo
stack, a wrong item waiting for OK, the order complete), independent of `PackState`.

A random script for one order is made by driving a reference station in memory, which also
gives each step's outcome: the outcome of a step that was under way when the kill landed."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from station import journal
from station.clock import FixedClock
from station.core import StationCore, open_core
from station.pack.outcomes import Kind, ScanOutcome
from station.pack.state import rebuild
from station.settings import load
from tests.support import scan

Outcome = tuple[str, int | None]   # (kind, line_no) as the child acknowledges it

_PACKED = {Kind.MATCHED, Kind.LINE_COMPLETE, Kind.ALL_ITEMS_PACKED}


def words(outcome: ScanOutcome) -> list[object]:
    """What the child says about a scan's outcome after `ACK <step>`."""
    return [outcome.kind.value, outcome.line_no if outcome.line_no is not None else "-"]


def parse(acked: list[str]) -> Outcome:
    kind, line = acked
    return kind, None if line == "-" else int(line)


@dataclass
class Expected:
    """The durable state of the station, as a packer who saw every outcome knows it."""

    signed_in: bool = False
    open: bool = False
    complete: bool = False
    packed: Counter[int] = field(default_factory=Counter)
    boxes: int = 1
    undo: list[tuple[str, int | None]] = field(default_factory=list)
    awaiting_ok: bool = False

    def apply(self, outcome: Outcome) -> None:
        kind, line_no = Kind(outcome[0]), outcome[1]
        if kind is Kind.SIGNED_IN:
            self.signed_in = True
        elif kind is Kind.ORDER_OPENED:
            self.open, self.packed, self.boxes, self.undo = True, Counter(), 1, []
            self.awaiting_ok = False
        elif kind in _PACKED:
            assert line_no is not None
            self.packed[line_no] += 1
            self.undo.append(("item", line_no))
        elif kind is Kind.ORDER_COMPLETE:  # the last unit packed and the order sealed
            self.open, self.complete = False, True
        elif kind is Kind.BOX_STARTED:
            self.boxes += 1
            self.undo.append(("box", None))
        elif kind is Kind.UNDONE:
            what, line = self.undo.pop()
            if what == "item":
                assert line == line_no, f"undid line {line_no}, expected line {line}"
                self.packed[line] -= 1
            else:
                self.boxes -= 1
        elif kind in (Kind.WRONG_ITEM, Kind.OVER_SCAN):
            self.awaiting_ok = True
        elif kind is Kind.ACKNOWLEDGED:
            self.awaiting_ok = False


def fold(outcomes: list[Outcome]) -> Expected:
    expected = Expected()
    for outcome in outcomes:
        expected.apply(outcome)
    return expected


def seen(core: StationCore, order_id: str) -> Expected:
    """The same picture, read from a station reopened on its data directory."""
    state = core.pack.state
    picture = Expected(signed_in=core.signin.badge is not None)
    if state is None:
        picture.complete = core.pack.last_packed_order() == order_id
        return picture
    picture.open = True
    picture.packed = +state.packed_by_line
    picture.boxes = len(state.boxes)
    picture.awaiting_ok = state.awaiting_acknowledgement
    picture.undo = [("item", state.items[event_id].line_no) if event_id in state.items
                    else ("box", None) for event_id, _type in state.undo_stack]
    return picture


def _comparable(expected: Expected) -> tuple[object, ...]:
    """Who was signed in is left out: a restart signs everyone out (checked apart)."""
    if not expected.open:  # a closed order: only whether it was packed
        return (expected.open, expected.complete)
    return (expected.open, expected.complete, dict(+expected.packed),
            expected.boxes, expected.undo, expected.awaiting_ok)


def check_restart(data_dir: Path, order_id: str, acked: list[Outcome],
                  in_flight: Outcome | None) -> bool:
    """Reopen the station and compare it with the fold of the acknowledged outcomes; a step
    under way at the kill is either wholly there or not at all. Returns whether it was."""
    core = open_core(load(None, data_dir=data_dir, environ={}))
    try:
        reopened = seen(core, order_id)
        assert not reopened.signed_in, "a restarted station kept someone signed in"
        picture = _comparable(reopened)
        if core.pack.state is not None:  # what the screen shows is what the journal folds to
            events = journal.for_subject(core.store.conn, order_id)
            assert rebuild(order_id, events).snapshot() == core.pack.state.snapshot()
    finally:
        core.close()
    without = _comparable(fold(acked))
    if picture == without:
        return False
    assert in_flight is not None, f"after {len(acked)} acked scans: {picture} != {without}"
    with_it = _comparable(fold([*acked, in_flight]))
    assert picture == with_it, (f"after {len(acked)} acked scans and one under way: "
                                f"{picture} is neither {without} nor {with_it}")
    return True


@dataclass(frozen=True)
class Script:
    texts: list[str]
    outcomes: list[Outcome]


def random_script(order_id: str, rng: random.Random, folder: Path,
                  max_steps: int = 80) -> Script:
    """Sign in, open the order, pack it unit by unit with undos, new boxes, wrong items
    (then OK) and over-scans on the way, until it completes; run on a reference station."""
    core = open_core(load(None, data_dir=folder, environ={}), FixedClock(), in_memory=True)
    try:
        order = core.catalogue.order(order_id)  # type: ignore[arg-type]
        assert order is not None
        stranger = next(gtin for other in core.catalogue.order_ids()
                        if other != order_id
                        for gtin in _gtins(core, other)
                        if order.line_for(core.catalogue.product_by_gtin(gtin).sku) is None)
        texts, outcomes = ["BADGE:P-1001", order_id], []
        for text in texts:
            outcomes.append(scan(core, text))
        while outcomes[-1].kind is not Kind.ORDER_COMPLETE and len(texts) < max_steps:
            text = _next_scan(core, order, stranger, rng)
            texts.append(text)
            outcomes.append(scan(core, text))
        return Script(texts, [parse([str(w) for w in words(o)]) for o in outcomes])
    finally:
        core.close()


def _gtins(core: StationCore, order_id: str) -> list[str]:
    order = core.catalogue.order(order_id)  # type: ignore[arg-type]
    return [line.product.gtin for line in order.lines] if order else []


def _next_scan(core: StationCore, order: object, stranger: str, rng: random.Random) -> str:
    state = core.pack.state
    assert state is not None
    lines = order.lines  # type: ignore[attr-defined]
    if state.awaiting_acknowledgement:
        return "CMD:OK" if rng.random() < 0.8 else lines[0].product.gtin[1:]
    roll = rng.random()
    full = [line for line in lines if state.packed(line.line_no) >= line.quantity]
    if roll < 0.15 and state.undo_stack:
        return "CMD:UNDO"
    if roll < 0.22:
        return "CMD:NEWBOX"
    if roll < 0.26:
        return stranger[1:]
    if roll < 0.29 and full:
        return rng.choice(full).product.gtin[1:]
    open_lines = [line for line in lines if state.packed(line.line_no) < line.quantity]
    return rng.choice(open_lines).product.gtin[1:]
