"""A station process packing a scripted order, one scan per `GO` from the harness, each
answered `ACK <step> <outcome kind> <line>` once the scan is durable.

Run by test_crash_resume.py and bench/soak_crash.py, which kill it with SIGKILL."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from station.core import open_core
from station.settings import load
from tests.e2e.kill_harness import acknowledge_in_lockstep
from tests.e2e.pack_fold import words
from tests.support import scan


def main() -> None:
    data_dir, script = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text())
    core = open_core(load(None, data_dir=data_dir, environ={}))
    acknowledge_in_lockstep(script, lambda text: words(scan(core, text)))


if __name__ == "__main__":
    main()
