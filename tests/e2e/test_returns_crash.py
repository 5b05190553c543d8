"""Kill -9 a real returns station mid-inspection; on restart it resumes exactly where it was
and no acknowledged answer, undo, note or photo is missing from the journal."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station import journal
from station.clock import FixedClock
from station.core import StationCore, open_core
from station.returns import rmas
from station.returns.session import ReturnsSession
from station.returns.setup import open_returns
from station.returns.state import rebuild
from station.settings import load
from tests.e2e.kill_harness import run_and_kill
from tests.e2e.returns_crash_child import script_for, step

RMAS = ("RMA-5002", "RMA-6002")
TRIALS = 12
Written = list[tuple[str, str | None, dict[str, Any]]]


def _picture(core: StationCore, session: ReturnsSession) -> object:
    """What the inspector comes back to: the open parcel and item, and what is graded. (Who
    was signed in is not part of it: a restart signs everyone out.)"""
    parcel = session.parcel.snapshot() if session.parcel else None
    graded = {rma_id: rmas.graded_units(core.store.conn, rma_id) for rma_id in RMAS}
    return parcel, graded


def _written(core: StationCore) -> Written:
    """The returns events of the script's parcels, in journal order, without ids and times."""
    return [(event.type, event.subject, dict(event.payload))
            for rma_id in RMAS for event in journal.for_subject(core.store.conn, rma_id)]


@dataclass(frozen=True)
class Replay:
    pictures: list[object]   # after each step of the script
    written: list[int]       # how many of `events` are in the journal after each step
    events: Written


def replay(data_dir: Path) -> Replay:
    """The script run in-process, with nothing killed."""
    core = open_core(load(None, data_dir=data_dir, environ={}), FixedClock(), in_memory=True)
    session = open_returns(core)
    pictures: list[object] = []
    written: list[int] = []
    for text in script_for(core):
        step(session, text)
        pictures.append(_picture(core, session))
        written.append(len(_written(core)))
    events = _written(core)
    core.close()
    return Replay(pictures, written, events)


def test_a_returns_station_killed_at_random_points_loses_no_acknowledged_answer(
        tmp_path: Path) -> None:
    expected = replay(tmp_path / "replay")
    pictures = expected.pictures
    assert len(pictures) > 40
    rng = random.Random(20261123)
    for trial in range(TRIALS):
        data_dir = tmp_path / f"trial{trial}"
        kill_after = rng.randrange(2, len(pictures) - 1)
        acked = run_and_kill("tests.e2e.returns_crash_child", [str(data_dir)], kill_after, rng)
        assert acked >= kill_after, f"trial {trial}: the station stopped at step {acked} by itself"

        core = open_core(load(None, data_dir=data_dir, environ={}))
        try:
            session = open_returns(core)
            seen = _picture(core, session)
            assert seen in pictures[acked:], f"trial {trial}: state after ACK {acked} was lost"
            written = _written(core)
            acknowledged = expected.written[acked]
            assert written[:acknowledged] == expected.events[:acknowledged], (
                f"trial {trial}: an event acknowledged by step {acked} is missing")
            assert written == expected.events[:len(written)]
            if session.parcel is not None:
                events = journal.for_subject(core.store.conn, session.parcel.rma.id)
                folded = rebuild(session.parcel.rma, session.parcel.policy, session.product,
                                 events)
                assert folded.snapshot() == session.parcel.snapshot()
        finally:
            core.close()
