"""Kill -9 a real station process while a hand-over is confirmed: on restart the hand-over
and the new packer's sign-in are both in the journal or neither is, who packs the order
follows, and the order then completes with each unit credited to the badge that scanned it."""

from __future__ import annotations

import json
import random

from station import journal
from station.core import open_core
from station.events.handover import PackingHandedOver
from station.events.pack import OrderPacked
from station.events.signin import SignedIn
from station.pack.outcomes import Kind
from station.settings import load
from tests.e2e.kill_harness import run_in_lockstep_and_kill
from tests.e2e.pack_fold import parse
from tests.integration.test_pack_handover import three_unit_order, units
from tests.support import ean, scan

CONFIRM = 4   # the step of the second scan of B's badge
TRIALS = 6


def script(data_dir) -> tuple[str, list[str]]:
    core = open_core(load(None, data_dir=data_dir, environ={}))
    try:
        order = three_unit_order(core)
        skus = [ean(core, sku) for sku in units(order)]
    finally:
        core.close()
    return order.id, ["BADGE:P-1001", order.id, skus[0], "BADGE:P-1002", "BADGE:P-1002",
                      *skus[1:]]


def test_a_kill_during_the_confirmation_keeps_the_hand_over_whole(tmp_path):
    rng = random.Random(13)
    committed = 0
    for trial in range(TRIALS):
        data_dir = tmp_path / f"trial{trial}"
        order_id, texts = script(data_dir)
        path = tmp_path / f"script{trial}.json"
        path.write_text(json.dumps(texts))
        kill = run_in_lockstep_and_kill(
            "tests.e2e.crash_child", [str(data_dir), str(path)], steps=len(texts),
            kill_after=CONFIRM - 1 + trial % 2, in_flight=True, rng=rng)
        acked = [parse(words) for words in kill.acked]
        assert acked[3][0] == Kind.HANDOVER_ASKED.value

        core = open_core(load(None, data_dir=data_dir, environ={}))
        try:
            events = journal.for_subject(core.store.conn, order_id)
            handovers = [e for e in events if e.type == PackingHandedOver.TYPE]
            signed_in_b = [e for e in journal.all_events(core.store.conn)
                           if e.type == SignedIn.TYPE and e.user == "P-1002"]
            assert len(handovers) == len(signed_in_b) <= 1, "hand-over and sign-in apart"
            if len(acked) > CONFIRM:
                assert handovers, "an acknowledged hand-over was lost"
            packer = "P-1002" if handovers else "P-1001"
            committed += bool(handovers)
            assert core.pack.state.packer == packer
            # Whoever packs now signs in and finishes: the units stay with their packers.
            if packer == "P-1002":
                assert scan(core, "BADGE:P-1002").kind is Kind.SIGNED_IN
            else:  # the restart signed P-1001 out: one scan takes the order over
                assert scan(core, "BADGE:P-1002").kind is Kind.HANDED_OVER
            order = core.pack.order
            for line in order.lines:   # the step after the confirmation may have landed too
                for _ in range(core.pack.remaining(line)):
                    outcome = scan(core, ean(core, line.product.sku))
            assert outcome.kind is Kind.ORDER_COMPLETE
            [packed] = [e.read(OrderPacked) for e in journal.for_subject(
                core.store.conn, order_id) if e.type == OrderPacked.TYPE]
            assert {p.badge: p.units for p in packed.packers} == {"P-1001": 1, "P-1002": 2}
        finally:
            core.close()
    assert committed > 0
