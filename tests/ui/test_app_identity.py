"""The window says what it is: the class the window system shows and the title are
"Packing station", not `__main__.py` (checked in a fresh process: the names must be set before
the QApplication exists)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
from ui.app import new_application
app = new_application()
print(app.applicationName(), "|", app.desktopFileName(), "|", app.arguments()[0])
"""


def test_the_application_is_named_before_it_exists():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                            text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                 "PYTHONPATH": str(ROOT)})
    name, desktop, program = (part.strip() for part in result.stdout.split("|"))
    assert name == "Packing station"
    assert desktop == "packing-station"
    assert program == "packing-station"


def test_the_window_title_is_packing_station(station_app):
    assert station_app.window.windowTitle() == "Packing station"


START_PATH_PROBE = """
import sys
import ui.app
heavy = ("fastapi", "starlette", "uvicorn", "sqlalchemy", "httpx", "reportlab.platypus", "cv2",
         "printing.service", "scanning.devices")
print(" ".join(sorted(name for name in heavy if name in sys.modules)))
"""


def test_the_hub_documents_and_devices_are_off_the_start_path():
    """Sync (the hub client, the embedded FastAPI hub), document rendering (reportlab) and
    the camera (OpenCV) are imported once the window is up."""
    result = subprocess.run([sys.executable, "-c", START_PATH_PROBE], cwd=ROOT,
                            capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.split() == []
