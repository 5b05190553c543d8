"""A station process sorting a scripted batch at the sort wall, one scan per `GO` from the
harness, each answered `ACK <step> <outcome kind> <slot>` once the scan is durable.

Run by test_sortwall_kill.py, which kills it with SIGKILL."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from station.core import open_core
from station.settings import load
from station.sortwall.setup import open_sortwall
from tests.e2e.kill_harness import acknowledge_in_lockstep
from tests.sortwall_support import step


def main() -> None:
    data_dir, script = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text())
    core = open_core(load(None, data_dir=data_dir, environ={}))
    wall = open_sortwall(core)
    acknowledge_in_lockstep(script, lambda text: step(core, wall, text))


if __name__ == "__main__":
    main()
