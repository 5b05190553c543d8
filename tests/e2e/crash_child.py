"""A station process packing a scripted order, printing `ACK i` once scan i is durable.

Run by test_crash_resume.py, which kills it with SIGKILL at random moments."""

from __future__ import annotations

import sys
from pathlib import Path

from station.core import StationCore, open_core
from station.settings import load
from tests.e2e.kill_harness import acknowledge_each
from tests.support import scan


def script_for(core: StationCore, order_id: str) -> list[str]:
    """Sign in, open the order, scan every unit, with an undo and a re-scan on the way."""
    order = core.catalogue.order(order_id)  # type: ignore[arg-type]
    assert order is not None
    texts = ["BADGE:P-1001", order_id]
    for line in order.lines:
        for _ in range(line.quantity):
            texts.append(line.product.gtin[1:])
        if line.line_no == 1:
            texts += ["CMD:UNDO", line.product.gtin[1:]]
        if line.line_no == 2:
            texts.append("CMD:NEWBOX")
    return texts


def main() -> None:
    data_dir, order_id = Path(sys.argv[1]), sys.argv[2]
    core = open_core(load(None, data_dir=data_dir, environ={}))
    acknowledge_each(script_for(core, order_id), lambda text: scan(core, text))


if __name__ == "__main__":
    main()
