"""Kill -9 a real station process mid-order; on restart it resumes exactly where it was."""

from __future__ import annotations

import random
from pathlib import Path

from station import journal
from station.clock import FixedClock
from station.core import open_core
from station.pack.state import rebuild
from station.settings import load
from tests.e2e.crash_child import script_for
from tests.e2e.kill_harness import run_and_kill
from tests.support import scan

ORDER_ID = "ORD-100058"
TRIALS = 12


def expected_states(tmp_path: Path) -> list[object]:
    """The order's packed quantities after each scan of the script, replayed in-process."""
    core = open_core(load(None, data_dir=tmp_path, environ={}), FixedClock(), in_memory=True)
    states: list[object] = []
    for text in script_for(core, ORDER_ID):
        scan(core, text)
        states.append(_picture(core))
    core.close()
    return states


def _picture(core) -> object:
    state = core.pack.state
    if state is None:
        return "closed"
    return (dict(+state.packed_by_line), len(state.boxes))


def test_a_station_killed_at_random_points_loses_no_acknowledged_scan(tmp_path):
    states = expected_states(tmp_path / "replay")
    rng = random.Random(20261123)
    for trial in range(TRIALS):
        data_dir = tmp_path / f"trial{trial}"
        acked = run_and_kill("tests.e2e.crash_child", [str(data_dir), ORDER_ID],
                             rng.randrange(1, len(states) - 1), rng)

        core = open_core(load(None, data_dir=data_dir, environ={}))
        try:
            seen = _picture(core)
            candidates = states[acked:]
            assert seen in candidates, f"trial {trial}: state after ACK {acked} was lost"
            if core.pack.state is not None:
                events = journal.for_subject(core.store.conn, ORDER_ID)
                assert rebuild(ORDER_ID, events).snapshot() == core.pack.state.snapshot()
                assert core.signin.badge is not None
        finally:
            core.close()
