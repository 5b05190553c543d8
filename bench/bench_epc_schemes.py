"""EPC decodes per second for every scheme of the Tag Data Standard (one thread, process CPU
time, median of five runs), beside the decoder this package replaced for the six schemes it
knew (loaded from git history when the repository is there).

    ./dev bench bench_epc_schemes
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import print_table
from scanning.rfid import epc
from tests.unit.test_epc_schemes import TDS_EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
BEFORE_COMMIT = "2732ab1"  # the last commit with the single-module, six-scheme decoder
DECODES = 20_000


def _before() -> Callable[[str], object] | None:
    try:
        source = subprocess.run(["git", "show", f"{BEFORE_COMMIT}:scanning/rfid/epc.py"],
                                cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("epc_before")
    sys.modules["epc_before"] = module  # dataclasses look their module up
    exec(compile(source, "epc_before.py", "exec"), module.__dict__)
    decode: Callable[[str], object] = module.decode
    return decode


def rate(decode: Callable[[str], object], hex_text: str) -> float:
    runs = []
    for _ in range(5):
        start = time.process_time()
        for _ in range(DECODES):
            decode(hex_text)
        runs.append(DECODES / (time.process_time() - start))
    return statistics.median(runs)


def main() -> None:
    before = _before()
    rows = []
    for hex_text, _pure, tag, _element in TDS_EXAMPLES:
        scheme = tag.split(":")[3]
        decoded = epc.decode(hex_text)
        assert decoded.ok, scheme
        now = rate(epc.decode, hex_text)
        old = before(hex_text) if before else None
        was = rate(before, hex_text) if before and getattr(old, "ok", False) else None
        rows.append((scheme, f"{now:,.0f}", f"{was:,.0f}" if was else "-",
                     f"{now / 100_000:.2f}x"))
    print_table("EPC decodes per second per scheme (TDS example tags; CPU time, median of 5)",
                ["scheme", "now /s", f"before ({BEFORE_COMMIT}) /s", "vs 100,000/s target"],
                rows)


if __name__ == "__main__":
    main()
