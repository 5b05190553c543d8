"""A station process packing a gift order with steps to confirm, one scan per `GO` from the
harness, each answered `ACK <step> <outcome kind>` once the scan is durable.

Run by test_steps_kill.py, which kills it with SIGKILL."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from station.core import open_core
from station.settings import load
from tests.e2e.kill_harness import acknowledge_in_lockstep
from tests.support import scan


def main() -> None:
    data_dir, script, kits = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text()), \
        sys.argv[3]
    core = open_core(load(None, data_dir=data_dir,
                          environ={"PACKSTATION_PACK__INSERTS_FOLDER": kits}))
    acknowledge_in_lockstep(script, lambda text: [scan(core, text).kind.value])


if __name__ == "__main__":
    main()
