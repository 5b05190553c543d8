"""Soak: SIGKILL a real pack station many times at random steps of random scripts (undos,
new boxes, wrong items, over-scans) and check each restart exactly against the fold of the
scans it acknowledged, plus at most the one scan under way, wholly or not at all.

    python -m bench.soak_crash [--kills 200] [--seed 0]

Prints a table per kind of kill and exits non-zero on any mismatch. The CI test
(tests/e2e/test_crash_resume.py) runs the same trial 12 times."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from bench.common import median, percentile, print_table
from tests.e2e.test_crash_resume import Trial, kill_and_check


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    trials: list[tuple[Trial, float]] = []
    failures: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(args.kills):
            begun = time.perf_counter()
            try:
                trials.append((kill_and_check(Path(tmp), number, rng),
                               time.perf_counter() - begun))
            except AssertionError as error:
                failures.append(f"kill {number}: {error}")
    elapsed = time.perf_counter() - started
    groups = {"after an ACK": [t for t in trials if not t[0].in_flight],
              "mid-scan, scan kept": [t for t in trials if t[0].in_flight and t[0].committed],
              "mid-scan, scan gone": [t for t in trials if t[0].in_flight
                                      and not t[0].committed]}
    rows = [(name, len(group), sum(t.acked for t, _ in group), sum(t.undos for t, _ in group),
             median([s for _, s in group]), percentile([s for _, s in group], 99))
            for name, group in groups.items()]
    rows.append(("all", len(trials), sum(t.acked for t, _ in trials),
                 sum(t.undos for t, _ in trials), median([s for _, s in trials]),
                 percentile([s for _, s in trials], 99)))
    print_table(f"Crash soak: {args.kills} SIGKILLs, exact state after each "
                f"({elapsed:.0f} s, mismatches: {len(failures)})",
                ["kill", "kills", "acked scans", "acked undos", "trial s p50", "trial s p99"],
                rows)
    for failure in failures[:20]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
