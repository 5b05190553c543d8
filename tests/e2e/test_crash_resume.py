"""Kill -9 a real station process mid-order; on restart its state is exactly the fold of the
scans it acknowledged (UNDO included), plus at most the one scan under way, wholly or not."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.kill_harness import run_in_lockstep_and_kill
from tests.e2e.pack_fold import check_restart, parse, random_script

ORDER_ID = "ORD-100058"   # a line of 6 (quantity prompts), three short lines
TRIALS = 12


@dataclass(frozen=True)
class Trial:
    acked: int
    in_flight: bool
    committed: bool
    undos: int


def kill_and_check(folder: Path, trial: int, rng: random.Random) -> Trial:
    """One random script, one SIGKILL at a random step (at rest or mid-scan), one exact
    check of the restarted station."""
    script = random_script(ORDER_ID, rng, folder / f"reference{trial}")
    path = folder / f"script{trial}.json"
    path.write_text(json.dumps(script.texts))
    data_dir = folder / f"trial{trial}"
    kill = run_in_lockstep_and_kill(
        "tests.e2e.crash_child", [str(data_dir), str(path)], steps=len(script.texts),
        kill_after=rng.randrange(len(script.texts) - 1), in_flight=rng.random() < 0.5, rng=rng)
    acked = [parse(words) for words in kill.acked]
    assert acked == script.outcomes[:len(acked)], "the station answered other than the reference"
    in_flight = script.outcomes[len(acked)] if kill.in_flight else None
    committed = check_restart(data_dir, ORDER_ID, acked, in_flight)
    undos = sum(kind == "undone" for kind, _ in acked)
    return Trial(len(acked), kill.in_flight, committed, undos)


def test_a_station_killed_at_random_points_is_exactly_the_fold_of_its_acked_scans(tmp_path):
    rng = random.Random(20261201)
    trials = [kill_and_check(tmp_path, trial, rng) for trial in range(TRIALS)]
    # Whether a mid-scan kill lands before or after the scan's ACK is up to the machine; the
    # soak (bench/soak_crash.py) reports how many of each it saw.
    assert sum(trial.undos for trial in trials) > 0
