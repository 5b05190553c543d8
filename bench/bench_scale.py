"""Scale: from the stable reading that completes a box's capture to its weight on screen.

Two measurements on the real station (offscreen window, SQLite file, fsynced journal):
- in the GUI thread: a reading handed to the scale wiring -> captured -> the pack session's
  weight check -> the banner repainted;
- end to end: the scale's line written into a pseudo-terminal -> pyserial on the scale
  worker thread -> parsed -> queued to the GUI thread -> the same path -> banner text.
`stable_s` is 0 here so the measured reading is the one that completes the capture (a real
station waits `stable_s`, 0.8 s by default, on purpose before it).

    ./dev bench bench_scale
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import median, percentile, print_table
from scanning.scale.readings import Reading, ScaleStatus
from station.settings import load
from tests.scale_support import PtyScale

WEIGHINGS = 200


def _station(folder: str, port: str):  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.app import build, configure_application

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    settings = load(None, data_dir=Path(folder), environ={
        "PACKSTATION_SCALE__PROTOCOL": "ad", "PACKSTATION_SCALE__PORT": port,
        "PACKSTATION_SCALE__STABLE_S": "0", "PACKSTATION_PACK__WEIGHT_CHECK": "true",
        "PACKSTATION_PACK__AUTO_COMPLETE": "false", "PACKSTATION_STATION__LANGUAGE": "en"})
    station = build(app, settings, sound=False, sync=False)  # type: ignore[arg-type]
    station.window.show()
    core = station.core
    station.window.handle_scan("BADGE:P-1001")
    order = next(o for i in core.catalogue.order_ids()
                 if (o := core.catalogue.order(i)) and len(o.lines) == 1
                 and o.lines[0].quantity == 1 and not o.lines[0].product.serial_controlled
                 and not o.lines[0].product.lot_controlled)
    station.window.handle_scan(order.id)
    station.window.handle_scan(order.lines[0].product.gtin[1:])
    app.processEvents()
    return app, station


def _wait_for(app, banner, grams: int) -> float:  # type: ignore[no-untyped-def]
    wanted = f"Weight {grams} g"
    while wanted not in banner.text():
        app.processEvents()
    return time.perf_counter()


def in_gui_thread(app, station) -> list[float]:  # type: ignore[no-untyped-def]
    scale, banner = station.scale, station.window.pack_screen.banner
    timings = []
    for n in range(WEIGHINGS):
        grams = 500 + 10 * (n % 50) + (n // 50)
        scale._on_reading(Reading(ScaleStatus.UNSTABLE, time.monotonic(), grams - 100))
        started = time.perf_counter()
        scale._on_reading(Reading(ScaleStatus.STABLE, time.monotonic(), grams))
        banner.repaint()
        timings.append((time.perf_counter() - started) * 1000)
        assert f"{grams} g" in banner.text()
    return timings


def end_to_end(app, station, scale: PtyScale) -> list[float]:  # type: ignore[no-untyped-def]
    banner = station.window.pack_screen.banner
    timings = []
    for n in range(WEIGHINGS):
        grams = 1500 + 10 * (n % 50) + (n // 50)
        scale.send(f"US,+{(grams - 100) / 1000:09.3f} kg")
        started = time.perf_counter()
        scale.send(f"ST,+{grams / 1000:09.3f} kg")
        timings.append((_wait_for(app, banner, grams) - started) * 1000)
    return timings


def main() -> None:
    scale = PtyScale()
    with tempfile.TemporaryDirectory() as folder:
        app, station = _station(folder, scale.port)
        while station.scale.widget.text() != "Scale 0 g":  # the port is open and read
            scale.send("ST,+0000.000 kg")
            app.processEvents()
            time.sleep(0.05)
        rows = []
        for label, run in (("reading in the GUI thread -> banner", lambda: in_gui_thread(
                app, station)), ("scale line on the serial port -> banner",
                                 lambda: end_to_end(app, station, scale))):
            timings = run()
            rows.append((label, len(timings), median(timings), percentile(timings, 99)))
        station.close()
    scale.close()
    print_table("Scale: stable reading -> weight check on screen (ms, offscreen, SQLite file)",
                ["path", "weighings", "p50 ms", "p99 ms"], rows)


if __name__ == "__main__":
    main()
