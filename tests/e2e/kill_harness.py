"""Run a scripted station process and kill it with SIGKILL at a random acknowledged step.

The child prints `ACK <step>` once each step is durable. Shared by the pack and returns crash
tests."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(module: str, args: list[str], kill_after: int, rng: random.Random) -> int:
    """Start `python -m module args...`, let it acknowledge `kill_after` steps, wait up to
    10 ms more (so some kills land mid-step), SIGKILL it. Returns the last acknowledged step."""
    child = subprocess.Popen([sys.executable, "-m", module, *args], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    acked = -1
    for line in child.stdout:
        acked = int(line.split()[1])
        if acked >= kill_after:
            time.sleep(rng.random() * 0.01)
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    return acked


def acknowledge_each(steps: Iterable[str], do: Callable[[str], object]) -> None:
    """The child's side: do each step, then say `ACK <step>` (the step is durable by then)."""
    for index, text in enumerate(steps):
        do(text)
        print(f"ACK {index}", flush=True)
