"""What the station loads before its window is ready for a scan (issue 13 item 6): the
start path is Qt, the core and the pack screen; document rendering, GS1 parsing, the hub,
the camera's numpy, Pillow, the charts of the supervisor screen, the local socket for second
starts and sqlite-utils (on a start that writes nothing) come once the window is up.
Checked in a fresh process, where `sys.modules` shows what the start imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

HEAVY = ("reportlab", "biip", "fastapi", "numpy", "PIL", "cv2", "httpx",
         "PySide6.QtCharts", "PySide6.QtNetwork", "sqlite_utils")

START = """
import sys
from pathlib import Path
import ui.app as station_app
from ui.settings_sections import load_settings
app = station_app.new_application()
station_app.configure_application(app)
station = station_app.build(app, load_settings(None, Path(sys.argv[1])), sound=False,
                            defer_start=True)
station.window.show()
app.processEvents()
heavy = sys.argv[2].split(",")
print("ready:", *sorted(name for name in heavy if name in sys.modules))
station.start_deferred()
print("screens:", *sorted(station.window.screens))
station.close()
"""


def _start(data_dir: Path) -> dict[str, list[str]]:
    result = subprocess.run([sys.executable, "-c", START, str(data_dir), ",".join(HEAVY)],
                            cwd=ROOT, capture_output=True, text=True, check=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                 "PYTHONPATH": str(ROOT)})
    lines = (line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    return {key: value.split() for key, value in lines}


@pytest.fixture(scope="module")
def started(tmp_path_factory) -> dict[str, list[str]]:
    """A station's everyday start: its first one (which writes the demo data) is behind it."""
    data_dir = tmp_path_factory.mktemp("start") / "data"
    _start(data_dir)
    return _start(data_dir)


def test_the_window_is_ready_for_a_scan_before_heavy_modules_load(started):
    assert started["ready"] == []


def test_the_other_screens_are_added_once_the_window_is_up(started):
    assert started["screens"] == ["pack", "returns", "sortwall", "supervisor"]


def test_help_needs_no_window_system():
    """`python -m ui --help` on a machine without a display (a server, an SSH session)."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "ui", "--help"], check=False, cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={**env, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout
    assert "--data-dir" in result.stdout
