"""Parsing throughput: EPC decodes per second (target 100,000/s) and GS1 parses per second,
on one thread, median of five runs, in process CPU time (the machine is shared).

    /work/venv/bin/python bench/bench_gs1_epc.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scanning import gs1
from scanning.interpret import interpret
from scanning.rfid import epc
from scanning.rfid.readers import DecodeCache, RawRead

EPCS = [epc.encode_sgtin96("4589123000013", serial) for serial in range(1000)]
MIXED = ["3074257BF7194E4000001A85", "3174257BF4499602D2000000", "3274257BF46072000000162E",
         "3374257BF40C0E400000162E", "3474257BF40000000000162E",
         "3674257BF6B7A659B2C2BF1000000000000000000000000000"] * 100
GS1 = ["]C10104589123000013" + "17271231" + f"10L{n}~21S{n}" for n in range(500)]
LINKS = [f"https://id.gs1.org/01/04589123000013/10/L{n}?17=271231" for n in range(500)]


def rate(work: Callable[[], int]) -> tuple[float, float]:
    runs = []
    for _ in range(5):
        start = time.process_time()
        count = work()
        runs.append(count / (time.process_time() - start))
    return statistics.median(runs), min(runs)


def main() -> None:
    rows = [
        ("EPC decode, SGTIN-96", lambda: sum(1 for text in EPCS * 20 if epc.decode(text).ok)),
        ("EPC decode, all six schemes", lambda: sum(1 for t in MIXED * 20 if epc.decode(t).ok)),
        ("EPC tote read (cached, 4 repeats/tag)", _cached_reads),
        ("SGTIN-96 encode", lambda: sum(
            1 for n in range(20_000) if isinstance(epc.encode_sgtin96("4589123000013", n, 1,
                                                                      9), str))),
        ("GS1 element string parse", lambda: sum(1 for t in GS1 * 4 if gs1.parse(t).ok)),
        ("GS1 Digital Link parse", lambda: sum(1 for t in LINKS * 2 if gs1.parse(t).ok)),
        ("wedge scan -> Scan (interpret)", lambda: sum(1 for t in GS1 * 4 if interpret(t).gtin)),
    ]
    print("\n## Parses per second (one thread, CPU time, median of 5 runs; worst run beside it)")
    print("| work | per second (median) | per second (worst) | EPC target 100,000/s |")
    print("|---|---|---|---|")
    for label, work in rows:
        median, worst = rate(work)
        versus = f"{median / 100_000:.2f}x" if label.startswith("EPC") else "-"
        print(f"| {label} | {median:,.0f} | {worst:,.0f} | {versus} |")


def _cached_reads() -> int:
    cache = DecodeCache()
    reads = [RawRead(text, -45.0) for text in EPCS for _ in range(4)] * 5
    return sum(1 for raw in reads if cache.tag_read(raw).gtin)


if __name__ == "__main__":
    main()
