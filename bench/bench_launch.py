"""Launch to ready-for-scan, and closing, measured from process start, side by side with a
bare PySide6 window on the same machine (issue 13 item 6: the station within 5x the bare
window, closing in under 0.5 s).

Each child prints `ready_at=<wall clock>` once its window is shown and events are processed,
then closes and exits; the parent stamps the wall clock just before it starts the process and
just after the process has ended. Children may write bytecode (into a temporary
`PYTHONPYCACHEPREFIX`, even where `PYTHONDONTWRITEBYTECODE` is set), as an installed station
does: the uncounted first start compiles. Run: `python -m bench.bench_launch [runs]`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import median, percentile, print_table

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.show()
app.processEvents()
print(f"ready_at={time.time():.4f}", flush=True)
window.close()
"""


CLOSE_WITH_SYNC = """
import sys, time
from pathlib import Path
import ui.app as station_app
from ui.settings_sections import load_settings
app = station_app.new_application()
station_app.configure_application(app)
station = station_app.build(app, load_settings(None, Path(sys.argv[1])), sound=False,
                            defer_start=True)
station.window.show()
app.processEvents()
deferred_from = time.perf_counter()
station.start_deferred()
deferred_ms = (time.perf_counter() - deferred_from) * 1000
while station.sync is not None and station.sync.status is None:
    app.processEvents()
    time.sleep(0.01)
started = time.perf_counter()
station.close()
print(f"close_ms={(time.perf_counter() - started) * 1000:.1f} deferred_ms={deferred_ms:.1f}",
      flush=True)
"""


def _close_with_sync(data_dir: Path, env: dict[str, str]) -> tuple[float, float]:
    """(`StationApp.start_deferred()`, `StationApp.close()` once sync is running), in ms. The
    deferred start runs after ready, before the event loop: a scan that arrives in it waits."""
    result = subprocess.run([sys.executable, "-c", CLOSE_WITH_SYNC, str(data_dir)], cwd=ROOT,
                            env=env, capture_output=True, text=True, check=True)
    fields = dict(part.split("=", 1) for part in result.stdout.split() if "=" in part)
    return float(fields["deferred_ms"]), float(fields["close_ms"])


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(launch to ready, ready to process end), in milliseconds."""
    launched = time.time()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            check=True)
    ended = time.time()
    fields = dict(part.split("=", 1) for part in result.stdout.split() if "=" in part)
    ready = float(fields["ready_at"])
    return (ready - launched) * 1000, (ended - ready) * 1000


def main(runs: int = 7) -> None:
    print(json.dumps({"python": sys.version.split()[0], "cpus": os.cpu_count(),
                      "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen")}))
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache"),
               "PACKSTATION_START_RECORD": str(Path(folder) / "last-start-ms")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        station = [sys.executable, "-m", "ui", "--data-dir", str(Path(folder) / "data"),
                   "--no-sound", "--exit-when-ready"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        _run(station, env)  # the first start creates and seeds the database: not counted
        _run(bare, env)
        results: dict[str, list[tuple[float, float]]] = {"bare PySide6 window": [],
                                                          "packing station": []}
        for _ in range(runs):  # interleaved, so a busy moment hits both alike
            results["bare PySide6 window"].append(_run(bare, env))
            results["packing station"].append(_run(station, env))
        with_sync = [_close_with_sync(Path(folder) / "data", env)
                     for _ in range(max(3, runs // 2))]
    bare_ready = median([ready for ready, _ in results["bare PySide6 window"]])
    rows = []
    for label, samples in results.items():
        readies = [ready for ready, _ in samples]
        closes = [close for _, close in samples]
        rows.append((label, len(samples), median(readies), percentile(readies, 99),
                     median(readies) / bare_ready, median(closes), percentile(closes, 99)))
    print_table("Process start to ready-for-scan, and ready to process end (ms)",
                ["", "runs", "ready median", "ready p99", "x bare", "close median",
                 "close p99"], rows)
    deferred = [first for first, _ in with_sync]
    closes = [second for _, second in with_sync]
    print_table("After ready: wiring devices and printing, starting sync; closing with sync "
                "(worker and embedded hub) running (ms)", ["", "runs", "median", "p99"],
                [("StationApp.start_deferred()", len(deferred), median(deferred),
                  percentile(deferred, 99)),
                 ("StationApp.close()", len(closes), median(closes), percentile(closes, 99))])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
