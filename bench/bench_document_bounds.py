"""What the bounds on brand kits and long text cost, side by side in one run.

    python bench/bench_document_bounds.py [--runs N]

- a kit's ten templates rendered as before (Jinja's SandboxedEnvironment, `template.render`,
  no bounds, on the caller's thread) and as now (`kit_templates.render_many`: the bounded
  sandbox, on one thread with a deadline);
- a brand kit loaded with its logo's check remembered (the steady state) and with it cleared
  (the first insert after the logo changed: the logo is decoded once);
- documents with ordinary data and with a 600-character Japanese name (fitted text).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import percentile
from printing import brandkit, kit_templates
from printing.documents import insert, label_pdf, label_zpl, personal, shipping, slip
from printing.paper import Paper
from station.clock import FixedClock
from station.core import open_core
from station.models import Address
from station.settings import load

SHIP_FROM = Address(name="TYO1 Fulfilment Center", postcode="136-0082", region="東京都",
                    city="江東区", street="新木場1-2-3")
LONG_NAME = "山田花子" * 150


def measure(runs: int, work: Callable[[int], object]) -> list[float]:
    work(0)
    wall = []
    for index in range(runs):
        start = time.perf_counter()
        work(index)
        wall.append((time.perf_counter() - start) * 1000)
    return wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    kit = brandkit.load(brandkit.folder_for("KAZE"))
    assert kit.kit is not None
    many = {**{f"m.{key}": value for key, value in kit.kit.messages["ja"].items()},
            **{f"l.{key}": value for key, value in kit.kit.links.items()}}
    with (kit.kit.folder / brandkit.KIT_FILE).open("rb") as handle:
        raw = tomllib.load(handle)
    before = [SandboxedEnvironment(undefined=jinja2.StrictUndefined).from_string(source)
              for source in [*raw["messages"]["ja"].values(), *raw["links"].values()]]
    with tempfile.TemporaryDirectory() as scratch:
        core = open_core(load(None, data_dir=Path(scratch), environ={}), FixedClock(),
                         in_memory=True)
        orders = [order for order_id in core.catalogue.order_ids()
                  if (order := core.catalogue.order(order_id)) is not None][:50]
        contexts = [personal.context_for(order, core.catalogue) for order in orders]
        long_orders = [dataclasses.replace(
            order, customer_name=LONG_NAME,
            ship_to=dataclasses.replace(order.ship_to, name=LONG_NAME)) for order in orders]
        short_labels, long_labels = (
            [shipping.labels_for(order, {}, core.catalogue, SHIP_FROM, "4589123")[0]
             for order in source] for source in (orders, long_orders))
        core.close()
    fields = contexts[0].template_fields()

    pairs = [
        ("kit's 10 templates, before", lambda i: [t.render(**fields) for t in before],
         "kit's 10 templates, bounded (now)",
         lambda i: kit_templates.render_many(many, fields)),
        ("kit load, logo check remembered", lambda i: brandkit.load(kit.kit.folder),
         "kit load, logo decoded again",
         lambda i: (brandkit._logo_problem.cache_clear(), brandkit.load(kit.kit.folder))),
        ("branded insert A6, ordinary name",
         lambda i: insert.render(contexts[i % len(contexts)], kit),
         "branded insert A6, 600-char name",
         lambda i: insert.render(dataclasses.replace(contexts[i % len(contexts)],
                                                     customer=LONG_NAME), kit)),
        ("packing slip A4, ordinary name",
         lambda i: slip.render(orders[i % len(orders)], "KAZE", Paper.A4),
         "packing slip A4, 600-char name",
         lambda i: slip.render(long_orders[i % len(orders)], "KAZE", Paper.A4)),
    ]
    pairs += [
        ("PDF label, ordinary name", lambda i: label_pdf.render(short_labels[i % 50]),
         "PDF label, 600-char name", lambda i: label_pdf.render(long_labels[i % 50])),
        ("ZPL label 203 dpi, ordinary name", lambda i: label_zpl.render(short_labels[i % 50]),
         "ZPL label 203 dpi, 600-char name", lambda i: label_zpl.render(long_labels[i % 50])),
    ]
    print(f"document bounds benchmark: {runs} runs each, Python {sys.version.split()[0]}")
    header = (f"{'before / ordinary':34} {'median':>8} {'p99':>8}   "
              f"{'now / long data':34} {'median':>8} {'p99':>8}")
    print(header)
    print("-" * len(header))
    for name_a, work_a, name_b, work_b in pairs:
        a, b = measure(runs, work_a), measure(runs, work_b)
        print(f"{name_a:34} {statistics.median(a):8.2f} {percentile(a, 99):8.2f}   "
              f"{name_b:34} {statistics.median(b):8.2f} {percentile(b, 99):8.2f}")
    print("(milliseconds)")


if __name__ == "__main__":
    main()
