"""Run a scripted station process and kill it with SIGKILL at a chosen moment.

Two protocols, shared by the crash tests and their children:
- free running (`run_and_kill` / `acknowledge_each`): the child prints `ACK <step>` once each
  step is durable and goes straight on; the harness kills it some time after a given ACK;
- lock step (`run_in_lockstep_and_kill` / `acknowledge_in_lockstep`): the child does one step
  per `GO` line it reads and answers `ACK <step> <outcome...>`. The harness knows exactly
  which steps were acknowledged and whether one more was under way when the kill landed, so
  the state after a restart can be checked exactly, not as "some later state"."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GO = "GO"


def _start(module: str, args: list[str], *, stdin: bool) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", module, *args], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdin=subprocess.PIPE if stdin else None,
                            stdout=subprocess.PIPE, text=True)


def run_and_kill(module: str, args: list[str], kill_after: int, rng: random.Random) -> int:
    """Start `python -m module args...`, let it acknowledge `kill_after` steps, wait up to
    10 ms more (so some kills land mid-step), SIGKILL it. Returns the last acknowledged step."""
    child = _start(module, args, stdin=False)
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


@dataclass(frozen=True)
class Kill:
    """What the harness knows after a lock-step kill: the words each acknowledged step
    answered (in order), and whether the next step had been sent and not acknowledged."""

    acked: list[list[str]]
    in_flight: bool


def run_in_lockstep_and_kill(module: str, args: list[str], *, steps: int, kill_after: int,
                             in_flight: bool, rng: random.Random) -> Kill:
    """Let the child do and acknowledge steps 0..`kill_after`, then SIGKILL it: at rest, or
    (`in_flight`) up to 10 ms after sending it the next step, so that the kill lands before,
    during or after that step's commit. An ACK the child printed before it died counts."""
    child = _start(module, args, stdin=True)
    assert child.stdin is not None
    assert child.stdout is not None
    acked: list[list[str]] = []
    try:
        for index in range(kill_after + 1):
            child.stdin.write(GO + "\n")
            child.stdin.flush()
            acked.append(_ack(child.stdout.readline(), index))
        sent_next = in_flight and kill_after + 1 < steps
        if sent_next:
            child.stdin.write(GO + "\n")
            child.stdin.flush()
            time.sleep(rng.random() * 0.01)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    late = child.stdout.readline()
    if late:
        acked.append(_ack(late, len(acked)))
    child.stdin.close()
    child.stdout.close()
    return Kill(acked, in_flight=sent_next and not late)


def _ack(line: str, index: int) -> list[str]:
    words = line.split()
    assert words[:2] == ["ACK", str(index)], f"expected ACK {index}, the child said {line!r}"
    return words[2:]


def acknowledge_in_lockstep(steps: Iterable[str], do: Callable[[str], Iterable[object]]) -> None:
    """The child's side: for each `GO` read, do one step, then say `ACK <step> <words>`
    (`do` returns the words, e.g. the outcome; the step is durable by then)."""
    for index, text in enumerate(steps):
        if sys.stdin.readline().strip() != GO:
            return
        words = " ".join(str(word) for word in do(text))
        print(f"ACK {index} {words}", flush=True)
