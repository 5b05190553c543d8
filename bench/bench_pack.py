"""Pack station core and UI: scan-to-outcome, scan-to-repaint, cold start, journal appends.

    ./dev bench bench_pack        (or, from the project root: python -m bench.bench_pack)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import median, percentile, print_table
from scanning.interpret import interpret
from station import journal
from station.clock import SystemClock
from station.core import StationCore, open_core
from station.gtin import check_digit
from station.metrics.synthetic import packed_item
from station.settings import load
from station.store import open_store

ROOT = Path(__file__).resolve().parents[1]

SIZES = (1, 10, 100, 1000)
SCANS_PER_ORDER = 400
UI_SCANS = 200


def add_order(core: StationCore, lines: int) -> str:
    """An order of `lines` lines of one unit each, with products made for it."""
    order_id = f"BENCH-{lines}"
    products, order_lines = [], []
    for number in range(lines):
        body = f"45{lines:04d}{number:06d}"
        products.append({"sku": f"B{lines}-{number}", "gtin": (body + check_digit(body)).zfill(14),
                         "brand": "KAZE", "name": f"Bench item {number}", "weight_g": 100,
                         "length_mm": 10, "width_mm": 10, "height_mm": 10})
        order_lines.append({"order_id": order_id, "line_no": number + 1,
                            "sku": f"B{lines}-{number}", "quantity": 1})
    with core.store.write() as db:
        db.table("products").insert_all(products)
        db.table("orders").insert({"id": order_id, "brand": "KAZE", "customer_name": "Bench",
                                   "created_at": "2026-11-23T00:00:00+00:00"})
        db.table("order_lines").insert_all(order_lines)
    return order_id


def scan_latencies(core: StationCore, lines: int) -> list[float]:
    """Milliseconds per item scan, wedge text in to outcome out, durable commit included."""
    order_id = add_order(core, lines)
    core.pack.scan(interpret("BADGE:P-1001"))
    core.pack.scan(interpret(order_id))
    order = core.catalogue.order(order_id)  # type: ignore[arg-type]
    assert order is not None
    texts = [line.product.gtin[1:] for line in order.lines]
    timings = []
    done = 0
    while done < SCANS_PER_ORDER:
        for text in texts:
            started = time.perf_counter()
            core.pack.scan(interpret(text))
            timings.append((time.perf_counter() - started) * 1000)
            done += 1
            if done >= SCANS_PER_ORDER or core.pack.order is None:
                break
        if core.pack.order is None:
            with core.store.write() as db:
                db.conn.execute("DELETE FROM order_status WHERE order_id = ?", (order_id,))
            core.pack.scan(interpret(order_id))
    return timings


def core_table() -> None:
    rows = []
    for in_memory in (False, True):
        for lines in SIZES:
            with tempfile.TemporaryDirectory() as folder:
                settings = load(None, data_dir=Path(folder), environ={})
                core = open_core(settings, SystemClock(), in_memory=in_memory)
                timings = scan_latencies(core, lines)
                core.close()
            rows.append(("memory" if in_memory else "file, synchronous=FULL", lines,
                         len(timings), median(timings), percentile(timings, 99)))
    print_table("Core scan -> outcome (ms), item scans, each one transaction (on a file: "
                "fsynced before the outcome returns)",
                ["database", "order lines", "scans", "p50 ms", "p99 ms"], rows)


def journal_table() -> None:
    rows = []
    for batch in (1, 100):
        with tempfile.TemporaryDirectory() as folder:
            store = open_store(Path(folder) / "bench.sqlite3")
            count = 2000 if batch == 1 else 50_000
            now = datetime.now(UTC)
            started = time.perf_counter()
            for _ in range(0, count, batch):
                with store.write() as db:
                    for _event in range(batch):
                        journal.append(db.conn, journal.event_of(
                            packed_item("ORD-1"), station="S", user="U", at=now,
                            subject="ORD-1"))
            elapsed = time.perf_counter() - started
            store.close()
            rows.append((batch, count, count / elapsed))
    print_table("Journal appends with WAL + synchronous=FULL",
                ["events per transaction", "events", "events/s"], rows)


def ui_table() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.app import build, configure_application

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    rows = []
    for lines in (10, 100, 1000):
        with tempfile.TemporaryDirectory() as folder:
            settings = load(None, data_dir=Path(folder), environ={})
            station = build(app, settings, sound=False)  # type: ignore[arg-type]
            window = station.window
            window.show()
            while station.sync is not None and station.sync.status is None:
                app.processEvents()  # steady state: sync running, as through a shift
                time.sleep(0.01)
            order_id = add_order(station.core, lines)
            window.handle_scan("BADGE:P-1001")
            window.handle_scan(order_id)
            app.processEvents()
            order = station.core.catalogue.order(order_id)  # type: ignore[arg-type]
            assert order is not None
            timings: list[float] = []
            while len(timings) < UI_SCANS:
                for line in order.lines:
                    started = time.perf_counter()
                    window.handle_scan(line.product.gtin[1:])
                    window.pack_screen.banner.repaint()
                    app.processEvents()
                    timings.append((time.perf_counter() - started) * 1000)
                    if len(timings) >= UI_SCANS:
                        break
                if station.core.pack.order is None:  # packed (and printing): pack it again
                    time.sleep(0.2)  # the packer takes the parcel away
                    with station.core.store.write() as db:
                        db.conn.execute("DELETE FROM order_status WHERE order_id = ?",
                                        (order_id,))
                    window.handle_scan(order_id)
                    app.processEvents()
            station.close()
            app.removeEventFilter(station.wedge)
            station.window.deleteLater()
        rows.append((lines, len(timings), median(timings), percentile(timings, 99)))
    print_table("UI scan -> repainted outcome (ms), offscreen",
                ["order lines", "scans", "p50 ms", "p99 ms"], rows)


def start_table() -> None:
    """From launching `python -m ui` to the window ready for the first scan (the child prints
    the wall-clock moment it is ready), and the part of that spent in `main()`."""
    rows = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for label, fresh in (("first start (creates and seeds the database)", True),
                         ("later start", False)):
        walls, readies = [], []
        with tempfile.TemporaryDirectory() as folder:
            for run in range(6):
                data_dir = Path(folder) / (f"fresh{run}" if fresh else "same")
                launched = time.time()
                result = subprocess.run(
                    [sys.executable, "-m", "ui", "--data-dir", str(data_dir), "--no-sound",
                     "--exit-when-ready"], cwd=ROOT, env=env, capture_output=True, text=True,
                    check=True)
                fields = dict(part.split("=") for part in result.stdout.split())
                walls.append((float(fields["ready_at"]) - launched) * 1000)
                readies.append(float(fields["ready_ms"]))
        if not fresh:
            walls, readies = walls[1:], readies[1:]
        rows.append((label, len(walls), median(readies), median(walls), max(walls)))
    print_table("Cold start to ready-for-scan (ms)",
                ["", "runs", "in main() median", "launch to ready median", "max"], rows)


def main() -> None:
    print(json.dumps({"python": sys.version.split()[0], "cpus": os.cpu_count()}))
    core_table()
    journal_table()
    ui_table()
    start_table()


if __name__ == "__main__":
    main()
