"""The sort wall: item scan -> slot shown (core and UI), and batch open time, for batches of
20, 100 and 500 orders. The slot must show within one frame (16 ms).

    ./dev bench bench_sortwall     (or, from the project root: python -m bench.bench_sortwall)
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import median, percentile, print_table
from scanning.interpret import interpret
from station.core import StationCore, open_core
from station.gtin import check_digit
from station.settings import load
from station.sortwall.batches import store_batch
from station.sortwall.outcomes import SortKind
from station.sortwall.session import SortWall
from station.sortwall.setup import open_sortwall

SIZES = (20, 100, 500)
SKUS = 60
FRAME_MS = 16.0


def add_batch(core: StationCore, orders: int) -> tuple[str, list[str]]:
    """A batch of `orders` one- and two-unit orders over a pool of SKUs; returns its tote and
    every unit's EAN in a shuffled (picked) order."""
    rng = random.Random(orders)
    batch_id = f"BENCH-{orders}"
    products = []
    for number in range(SKUS):
        body = f"46{orders:04d}{number:06d}"
        products.append({"sku": f"S{orders}-{number}", "gtin": (body + check_digit(body)).zfill(14),
                         "brand": "KAZE", "name": f"Sort item {number}", "weight_g": 100,
                         "length_mm": 10, "width_mm": 10, "height_mm": 10})
    units: list[str] = []
    members = []
    with core.store.write() as db:
        db.table("products").insert_all(products)
        for number in range(orders):
            order_id = f"{batch_id}-{number:04d}"
            chosen = rng.sample(products, rng.choice((1, 1, 2)))
            db.table("orders").insert({"id": order_id, "brand": "KAZE",
                                       "customer_name": "Bench",
                                       "created_at": "2026-12-01T00:00:00+00:00"})
            db.table("order_lines").insert_all(
                {"order_id": order_id, "line_no": line_no, "sku": p["sku"], "quantity": 1}
                for line_no, p in enumerate(chosen, start=1))
            units += [str(p["gtin"])[1:] for p in chosen]
            members.append({"order_id": order_id, "priority": rng.choice((1, 5)),
                            "cutoff": f"2026-12-01T{15 + number % 3}:00:00+09:00"})
        tote = f"BT-{batch_id}"
        store_batch(db.conn, {"id": batch_id, "slots": min(100, orders), "totes": [tote],
                              "orders": members}, "2026-12-01")
    rng.shuffle(units)
    return tote, units


def sort_all(wall: SortWall, core: StationCore, units: list[str],
             scan_item: Callable[[str], SortKind | None]) -> list[float]:
    """Milliseconds per item scan; a complete slot is packed (slot label, COMPLETE) when the
    wall is full, as the packer would, outside the timing."""
    timings: list[float] = []
    pending = list(units)
    while pending:
        text = pending.pop(0)
        started = time.perf_counter()
        kind = scan_item(text)
        elapsed = (time.perf_counter() - started) * 1000
        if kind is SortKind.WALL_FULL:
            _pack_a_complete_slot(wall, core)
            pending.insert(0, text)
            continue
        timings.append(elapsed)
    return timings


def _pack_a_complete_slot(wall: SortWall, core: StationCore) -> None:
    assert wall.state is not None
    slot = next(view.slot for view in wall.state.slots() if view.status.value == "complete")
    wall.scan(interpret(f"SLOT:{slot:02d}"))
    core.pack.scan(interpret("CMD:COMPLETE"))


def _core_scanner(wall: SortWall) -> Callable[[str], SortKind | None]:
    return lambda text: wall.scan(interpret(text)).kind


def core_rows(in_memory: bool) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for size in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            settings = load(None, data_dir=Path(folder), environ={})
            core = open_core(settings, in_memory=in_memory)
            tote, units = add_batch(core, size)
            wall = open_sortwall(core)
            core.pack.scan(interpret("BADGE:P-1001"))
            started = time.perf_counter()
            assert wall.scan(interpret(tote)).kind is SortKind.BATCH_OPENED
            opened = (time.perf_counter() - started) * 1000
            timings = sort_all(wall, core, units, _core_scanner(wall))
            core.close()
        rows.append(("memory" if in_memory else "file", size, len(timings), opened,
                     median(timings), percentile(timings, 99)))
    return rows


def ui_rows(in_memory: bool) -> list[tuple[object, ...]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.app import build, configure_application
    from ui.sortwall.screen import SortWallScreen

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    rows: list[tuple[object, ...]] = []
    for size in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            settings = load(None, data_dir=Path(folder), environ={})
            station = build(app, settings, sound=False, sync=False,  # type: ignore[arg-type]
                            in_memory=in_memory)
            window = station.window
            window.show()
            app.processEvents()
            tote, units = add_batch(station.core, size)
            window.handle_scan("BADGE:P-1001")
            app.processEvents()
            screen = window.screens["sortwall"].widget
            assert isinstance(screen, SortWallScreen)
            started = time.perf_counter()
            window.handle_scan(tote)
            screen.repaint()
            app.processEvents()
            opened = (time.perf_counter() - started) * 1000

            def scan_item(text: str, screen: SortWallScreen = screen) -> SortKind | None:
                outcome = screen.handle_scan(text)
                screen.slot_label.repaint()  # the slot on screen, painted
                return outcome.kind if outcome else None

            timings = sort_all(screen.wall, station.core, units, scan_item)
            station.close()
            app.removeEventFilter(station.wedge)
            station.window.deleteLater()
            app.processEvents()
        within = sum(t <= FRAME_MS for t in timings) / len(timings) * 100
        rows.append(("UI, memory" if in_memory else "UI, file", size, len(timings), opened,
                     median(timings), percentile(timings, 99), within))
    return rows


def main() -> None:
    header = ["path", "orders", "scans", "open ms", "p50 ms", "p99 ms"]
    print_table("Sort wall core: item scan -> placed and committed (ms)", header,
                core_rows(in_memory=False) + core_rows(in_memory=True))
    print_table("Sort wall UI: item scan -> slot painted (ms), offscreen",
                [*header, "% within 16 ms"], ui_rows(in_memory=False) + ui_rows(in_memory=True))


if __name__ == "__main__":
    main()
