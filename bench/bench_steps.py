"""Steps to confirm by scan (熨斗, wrapping, inserts): what they add to opening an order and
what a step scan costs beside an item scan, with 0 to 500 insert rules for the brand.

    ./dev bench bench_steps        (or, from the project root: python -m bench.bench_steps)
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import median, percentile, print_table
from scanning.interpret import interpret
from station.core import open_core
from station.settings import load

RULE_COUNTS = (0, 10, 100, 500)
ROUNDS = 150
PLAIN = ("ORD-100001", "ORD-100003")    # no gift, no inserts
GIFTS = ("ORD-100301", "ORD-100303")    # 外のし gifts of KAZE, a vip first order and another


def _rules(count: int) -> str:
    """`count` rules, the last matching the first gift order (first order, vip)."""
    rules = [f'[[insert]]\nid = "R{n}"\nkind = "flyer"\nname = "Flyer {n}"\n'
             f'code = "FLY-{n}"\n[insert.when]\nsegments = ["nobody"]\n'
             f'skus = ["KAZE-DEN-*", "KAZE-TEE-BLK-S"]\n' for n in range(count - 1)]
    if count:
        rules.append('[[insert]]\nid = "WELCOME"\nkind = "flyer"\nname = "Welcome"\n'
                     'code = "FLY-WELCOME"\n[insert.when]\nfirst_order = true\n'
                     'segments = ["vip"]\n')
    return "version = 1\n" + "\n".join(rules)


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(count: int, folder: Path) -> list[object]:
    kits = folder / f"kits{count}"
    (kits / "KAZE").mkdir(parents=True)
    (kits / "KAZE" / "inserts.toml").write_text(_rules(count), encoding="utf-8")
    settings = load(None, data_dir=folder / f"data{count}",
                    environ={"PACKSTATION_PACK__INSERTS_FOLDER": str(kits)})
    core = open_core(settings)
    try:
        scan = core.pack.scan
        scan(interpret("BADGE:P-1001"))
        plain = [_ms(lambda i=i: scan(interpret(PLAIN[i % 2]))) for i in range(ROUNDS)]
        gift = [_ms(lambda i=i: scan(interpret(GIFTS[i % 2]))) for i in range(ROUNDS)]
        steps = []
        for _ in range(ROUNDS // 2):
            scan(interpret(GIFTS[0]))
            steps.append(_ms(lambda: scan(interpret("GIFT:WRAP"))))
            steps.append(_ms(lambda: scan(interpret("GIFT:NOSHI"))))
            scan(interpret(GIFTS[1]))
    finally:
        core.close()
    return [count, f"{median(plain):.2f}", f"{percentile(plain, 99):.2f}",
            f"{median(gift):.2f}", f"{percentile(gift, 99):.2f}",
            f"{median(steps):.2f}", f"{percentile(steps, 99):.2f}"]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        rows = [measure(count, Path(folder)) for count in RULE_COUNTS]
    print_table(f"Steps to confirm: ms per scan on a station file ({ROUNDS} each)",
                ["insert rules", "open plain p50", "p99", "open gift p50", "p99",
                 "step scan p50", "p99"], rows)


if __name__ == "__main__":
    main()
