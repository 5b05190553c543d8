"""A station process that packs an order and asks for a reprint, printing `ACK i` once scan
i is durable, with no print worker running: whatever it is killed after, the documents it
asked for exist only as journal events. Run by tests/e2e/test_printing_kill.py."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from station.core import StationCore, open_core
from station.settings import load
from tests.e2e.kill_harness import acknowledge_each
from tests.support import scan


def script_for(core: StationCore, order_id: str) -> list[str]:
    """Sign in, open the order, scan every unit (the last completes it), then REPRINT."""
    order = core.catalogue.order(order_id)  # type: ignore[arg-type]
    assert order is not None
    texts = ["BADGE:P-1001", order_id]
    for line in order.lines:
        texts += [line.product.gtin[1:]] * line.quantity
    return [*texts, "CMD:REPRINT"]


def main() -> None:
    data_dir, order_id = Path(sys.argv[1]), sys.argv[2]
    core = open_core(load(None, data_dir=data_dir, environ={}))
    acknowledge_each(script_for(core, order_id), lambda text: scan(core, text))
    time.sleep(60)  # killed long before: the test never waits for this


if __name__ == "__main__":
    main()
