"""SIGKILL a station while it issues tracking numbers, again and again: every acknowledged
number survives, none is issued twice, no serial is skipped, and each number has exactly one
NumberIssued event."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

from station.carriers.numbering import Actor, receive_block
from station.carriers.tracking import tracking_problem
from station.store import open_store
from tests.carrier_numbers_child import KIND
from tests.e2e.kill_harness import run_and_kill

FIRST = 99000000000


def test_numbers_survive_kills_and_are_never_issued_twice(tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite3"
    store = open_store(db)
    receive_block(store, KIND, FIRST, FIRST + 9_999, Actor("PACK-01", None, datetime.now(UTC)))
    store.close()
    rng = random.Random(11)
    next_order = 0
    acked: list[int] = []
    for _ in range(6):
        last = run_and_kill("tests.carrier_numbers_child", [str(db), str(next_order)],
                            kill_after=next_order + rng.randint(0, 25), rng=rng)
        acked.extend(range(next_order, last + 1))
        # Start again at the first order not acknowledged: it may already have its number
        # (killed after the commit, before the ACK), and then it gets the same one.
        next_order = last + 1
    store = open_store(db)
    try:
        rows = store.conn.execute("SELECT serial, number, order_id FROM issued_numbers"
                                  " ORDER BY serial").fetchall()
        events = [json.loads(p) for (p,) in store.conn.execute(
            "SELECT payload FROM journal WHERE type = 'NumberIssued' ORDER BY seq")]
    finally:
        store.close()
    serials = [serial for serial, _, _ in rows]
    assert serials == list(range(FIRST, FIRST + len(rows)))
    numbers = [number for _, number, _ in rows]
    assert len(set(numbers)) == len(numbers)
    assert all(tracking_problem("yamato", number) is None for number in numbers)
    orders = {order_id for _, _, order_id in rows}
    assert {f"ORD-{n}" for n in acked} <= orders
    assert len(orders) == len(rows)
    assert sorted(e["number"] for e in events) == sorted(numbers)
