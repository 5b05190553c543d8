"""Carrier label benchmark: milliseconds per label, per carrier, ZPL and PDF, beside the
generic label for the same orders.

    python bench/bench_carrier_labels.py [--runs N]

Every run renders the next demo order of the station (addresses, names and items vary),
mapped to the carrier's label as the command line does. "cold" clears the cache of ZPL text
graphics before each run; "warm" keeps it, as a station does: captions, carrier, sender and
dates come from the cache, each order's recipient and items are drawn anew.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_printing import SHIP_FROM, Timings, measure
from bench.common import percentile, print_table
from printing import zpl_text
from printing.documents import (
    carrier_demo,
    carrier_label_pdf,
    carrier_label_zpl,
    label_pdf,
    label_zpl,
    shipping,
)
from printing.documents.carrier_label import CarrierLabelData
from printing.documents.carrier_layouts import CARRIERS
from printing.paper import LabelSize
from station.clock import FixedClock
from station.core import open_core
from station.settings import load


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    runs = parser.parse_args().runs
    rows: list[list[object]] = []
    with tempfile.TemporaryDirectory() as scratch:
        core = open_core(load(None, data_dir=Path(scratch), environ={}), FixedClock())
        orders = [order for order_id in core.catalogue.order_ids(limit=runs)
                  if (order := core.catalogue.order(order_id)) is not None]
        for carrier in CARRIERS:
            labels = [carrier_demo.order_labels(order, {}, carrier, core.catalogue,
                                                SHIP_FROM)[0] for order in orders]
            rows += [_row(carrier, name, timings) for name, timings in _cases(labels, runs)]
        generic = [shipping.labels_for(order, {}, core.catalogue, SHIP_FROM, "4589123")[0]
                   for order in orders]
        rows.append(_row("generic", "ZPL 4x6 203 dpi, warm", measure(
            runs, lambda i: label_zpl.render(generic[i % len(generic)]))))
        rows.append(_row("generic", "PDF 4x6", measure(
            runs, lambda i: label_pdf.render(generic[i % len(generic)]))))
        core.close()
    print_table(f"Carrier labels: {runs} runs each, {len(orders)} orders, Python "
                f"{sys.version.split()[0]}",
                ("carrier", "output", "median ms", "p99 ms", "CPU median ms"), rows)


def _cases(labels: list[CarrierLabelData], runs: int) -> list[tuple[str, Timings]]:
    def one(i: int) -> list[CarrierLabelData]:
        return [labels[i % len(labels)]]

    def cold(i: int) -> bytes:
        zpl_text.graphic.cache_clear()
        return carrier_label_zpl.render(one(i))

    def warm(i: int) -> bytes:
        return carrier_label_zpl.render(one(i))

    def warm_300(i: int) -> bytes:
        return carrier_label_zpl.render(one(i), LabelSize.MM_100X150, 300)

    def pdf(i: int) -> bytes:
        return carrier_label_pdf.render(one(i))

    return [("ZPL 4x6 203 dpi, cold", measure(runs, cold)),
            ("ZPL 4x6 203 dpi, warm", measure(runs, warm)),
            ("ZPL 100x150 300 dpi, warm", measure(runs, warm_300)),
            ("PDF 4x6", measure(runs, pdf))]


def _row(carrier: str, name: str, timings: Timings) -> list[object]:
    wall, cpu = timings
    return [carrier, name, statistics.median(wall), percentile(wall, 99),
            statistics.median(cpu)]


if __name__ == "__main__":
    main()
