"""Kill -9 a station while a gift order's steps (外のし, wrapping, two flyers) are confirmed
by scan; on restart the steps confirmed are exactly those it acknowledged, plus at most the
one scan under way, and the rest still refuse completion until scanned."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from station.core import open_core
from station.pack.outcomes import Kind
from station.settings import load
from tests.e2e.kill_harness import run_in_lockstep_and_kill
from tests.support import ean, scan

ORDER_ID = "ORD-100301"   # KAZE, 外のし 御歳暮 with wrapping, a vip customer's first order
RULES = """
[[insert]]
id = "WELCOME"
kind = "flyer"
name = "Welcome leaflet"
code = "FLY-KAZE-WELCOME"
[insert.when]
first_order = true
[[insert]]
id = "WINTER"
kind = "flyer"
name = "Winter catalogue"
code = "FLY-KAZE-WINTER"
[insert.when]
gift = true
"""
STEP_OF = {"GIFT:WRAP": "wrapping", "GIFT:NOSHI": "noshi",
           "FLY-KAZE-WELCOME": "insert:WELCOME", "FLY-KAZE-WINTER": "insert:WINTER"}
TRIALS = 8


def _settings(data_dir: Path, kits: Path):
    return load(None, data_dir=data_dir,
                environ={"PACKSTATION_PACK__INSERTS_FOLDER": str(kits)})


def _script(folder: Path, kits: Path) -> tuple[list[str], list[str]]:
    """The scans and the outcome each gets, from a reference station: the items, a noshi
    scanned before its wrapping, a flyer twice, then every step until the order completes."""
    core = open_core(_settings(folder, kits), in_memory=True)
    try:
        order = core.catalogue.order(ORDER_ID)
        items = [ean(core, line.product.sku) for line in order.lines
                 for _ in range(line.quantity)]
        texts = ["BADGE:P-1001", ORDER_ID, *items, "GIFT:NOSHI", "GIFT:WRAP",
                 "FLY-KAZE-WELCOME", "FLY-KAZE-WELCOME", "CMD:COMPLETE", "GIFT:NOSHI",
                 "FLY-KAZE-WINTER"]
        kinds = [scan(core, text).kind.value for text in texts]
    finally:
        core.close()
    assert kinds[-1] == Kind.ORDER_COMPLETE.value
    return texts, kinds


def _confirmed(texts: list[str], kinds: list[str]) -> tuple[Counter[str], bool]:
    """The steps confirmed by the scans acknowledged; once sealed, only that it was."""
    if Kind.ORDER_COMPLETE.value in kinds:
        return Counter(), True
    return Counter(STEP_OF[text] for text, kind in zip(texts, kinds, strict=True)
                   if kind == Kind.STEP_CONFIRMED.value), False


def _reopened(data_dir: Path, kits: Path) -> tuple[Counter[str], bool]:
    core = open_core(_settings(data_dir, kits))
    try:
        if core.pack.order is None:
            return Counter(), core.pack.last_packed_order() == ORDER_ID
        return +core.pack.steps.done, False
    finally:
        core.close()


def test_steps_confirmed_survive_kills_exactly(tmp_path):
    kits = tmp_path / "kits"
    (kits / "KAZE").mkdir(parents=True)
    (kits / "KAZE" / "inserts.toml").write_text(RULES, encoding="utf-8")
    texts, kinds = _script(tmp_path / "reference", kits)
    script = tmp_path / "script.json"
    script.write_text(json.dumps(texts))
    rng = random.Random(20261201)
    first_step = texts.index("GIFT:NOSHI")
    for trial in range(TRIALS):
        data_dir = tmp_path / f"trial{trial}"
        kill = run_in_lockstep_and_kill(
            "tests.e2e.steps_crash_child", [str(data_dir), str(script), str(kits)],
            steps=len(texts), kill_after=rng.randrange(first_step - 1, len(texts) - 1),
            in_flight=rng.random() < 0.5, rng=rng)
        acked = [words[0] for words in kill.acked]
        assert acked == kinds[:len(acked)]
        seen = _reopened(data_dir, kits)
        without = _confirmed(texts[:len(acked)], acked)
        if seen != without:
            assert kill.in_flight, f"trial {trial}: {seen} != {without}"
            assert seen == _confirmed(texts[:len(acked) + 1], kinds[:len(acked) + 1])
        if not seen[1]:
            core = open_core(_settings(data_dir, kits))
            try:
                scan(core, "BADGE:P-1001")
                outcome = scan(core, "CMD:COMPLETE")
                assert outcome.kind in {Kind.STEPS_PENDING, Kind.NOT_COMPLETE}
            finally:
                core.close()
