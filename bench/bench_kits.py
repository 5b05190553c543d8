"""Kits and packing materials at the bench: a kit's part scan (which folds the order's loose
parts from its journal) beside a plain item scan, a material scan, and the seal with its
materials bill; on a file with synchronous=FULL, as a station runs.

    ./dev bench bench_kits        (or, from the project root: python -m bench.bench_kits)
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench.common import median, percentile, print_table
from scanning.interpret import interpret
from station.clock import SystemClock
from station.core import StationCore, open_core
from station.demo import APPAREL
from station.settings import load

SETS = (1, 10, 50)   # sock sets (three parts each) in the bench order
KIT = f"{APPAREL}-SET-SOX3"
PARTS = [f"{APPAREL}-SOX-{colour}-F" for colour in ("BLK", "NVY", "GRY")]


def add_order(core: StationCore, sets: int) -> str:
    order_id = f"BENCH-KIT-{sets}"
    with core.store.write() as db:
        db.table("orders").insert({"id": order_id, "brand": APPAREL, "customer_name": "Bench",
                                   "created_at": "2026-11-23T00:00:00+00:00"})
        db.table("order_lines").insert({"order_id": order_id, "line_no": 1, "sku": KIT,
                                        "quantity": sets})
    return order_id


def timed(samples: dict[str, list[float]], kind: str, do: Callable[[], object]) -> None:
    started = time.perf_counter()
    do()
    samples.setdefault(kind, []).append((time.perf_counter() - started) * 1000)


def run(sets: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        core = open_core(load(None, data_dir=Path(folder), environ={}), SystemClock())
        try:
            gtin = {sku: core.catalogue.product(sku).gtin[1:]  # type: ignore[arg-type, union-attr]
                    for sku in [KIT, *PARTS]}
            order_id = add_order(core, sets)
            core.pack.scan(interpret("BADGE:P-1001"))
            core.pack.scan(interpret(order_id))
            for number in range(sets):
                timed(samples, "material scan", lambda: core.pack.scan(interpret("MAT:AIR")))
                if number % 2:
                    last = number == sets - 1
                    core.pack.scan(interpret("QTY:1"))  # a long line asks for a quantity
                    timed(samples, "kit barcode" + (" + seal" if last else ""),
                          lambda: core.pack.scan(interpret(gtin[KIT])))
                    continue
                for index, sku in enumerate(PARTS):
                    kind = ("part completing a kit" if index == len(PARTS) - 1
                            else "part scan")
                    if number == sets - 1 and index == len(PARTS) - 1:
                        kind = "part completing the order + seal"
                    timed(samples, kind, partial(core.pack.scan, interpret(gtin[sku])))
            assert core.pack.order is None, "the bench order did not seal"
        finally:
            core.close()
    return samples


def main() -> None:
    rows = []
    for sets in SETS:
        for kind, values in run(sets).items():
            rows.append((sets, kind, len(values), median(values), percentile(values, 99)))
    print_table("Kit and material scans -> outcome (ms), on a file, synchronous=FULL "
                "(each scan one transaction; a part scan folds the order's journal)",
                ["sets in the order", "scan", "scans", "p50 ms", "p99 ms"], rows)


if __name__ == "__main__":
    main()
