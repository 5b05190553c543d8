"""Kill -9 a real station process mid-batch at the sort wall: on restart every unit it
acknowledged is in the slot it was shown, and the rest of the batch goes on to the same slots
as a station that was never killed (the scan under way counts wholly or not at all)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from station import journal
from station.clock import FixedClock
from station.core import open_core
from station.events.sortwall import ItemSorted, SlotEmptied
from station.settings import load
from station.sortwall.setup import open_sortwall
from tests.e2e.kill_harness import run_in_lockstep_and_kill
from tests.sortwall_support import PACKER, batch, step, unit_scans

TRIALS = 4


def script_and_reference(folder: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The scans of a whole batch (a slot label half way) and what an unkilled station
    answers to each."""
    core = open_core(load(None, data_dir=folder, environ={}), FixedClock())
    wall = open_sortwall(core)
    wave = batch(core)
    units = [code for _, code in unit_scans(core, wave)]
    half = len(units) // 2
    texts = [PACKER, wave.totes[0], *units[:half], "SLOT:01", *units[half:]]
    answers = [step(core, wall, text) for text in texts]
    core.close()
    return texts, answers


def sorted_slots(data_dir: Path) -> list[int]:
    core = open_core(load(None, data_dir=data_dir, environ={}), FixedClock())
    try:
        return [event.read(ItemSorted).slot for event in journal.all_events(core.store.conn)
                if event.type == ItemSorted.TYPE]
    finally:
        core.close()


def test_a_station_killed_mid_batch_resumes_at_the_same_slots(tmp_path):
    rng = random.Random(20261214)
    texts, answers = script_and_reference(tmp_path / "reference")
    path = tmp_path / "script.json"
    path.write_text(json.dumps(texts))
    for trial in range(TRIALS):
        data_dir = tmp_path / f"trial{trial}"
        kill = run_in_lockstep_and_kill(
            "tests.e2e.sortwall_child", [str(data_dir), str(path)], steps=len(texts),
            kill_after=rng.randrange(2, len(texts) - 2), in_flight=rng.random() < 0.5,
            rng=rng)
        acked = [tuple(words) for words in kill.acked]
        assert acked == answers[:len(acked)]
        shown = [int(slot) for kind, slot in acked if kind in ("sorted", "slot_complete")]
        recorded = sorted_slots(data_dir)
        # Every acknowledged unit is where the station said; the one under way at most once.
        assert recorded[:len(shown)] == shown
        assert len(recorded) - len(shown) in ((0, 1) if kill.in_flight else (0,))
        resume_at = len(acked) + (len(recorded) - len(shown))
        if kill.in_flight and resume_at == len(acked) and texts[len(acked)] == "SLOT:01":
            # A slot scan under way records no ItemSorted: ask the journal whether it landed.
            resume_at += _slot_emptied(data_dir)
        core = open_core(load(None, data_dir=data_dir, environ={}), FixedClock())
        wall = open_sortwall(core)
        assert step(core, wall, PACKER)[0] == "signed_in"  # a restart signs everyone out
        rest = [step(core, wall, text) for text in texts[resume_at:]]
        core.close()
        assert rest == answers[resume_at:], f"trial {trial} resumed elsewhere"


def _slot_emptied(data_dir: Path) -> int:
    core = open_core(load(None, data_dir=data_dir, environ={}), FixedClock())
    try:
        return sum(event.type == SlotEmptied.TYPE for event in journal.all_events(core.store.conn))
    finally:
        core.close()
