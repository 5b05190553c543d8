"""A splash screen for a slow start (issue 13 item 6: "a splash if it ever takes over a
second"). The window cannot say anything while the start imports and builds on the UI thread,
so the decision is made from the last start: each start records its process-start-to-ready
time, and the next one shows the splash, before the heavy imports, when that was over a
second. The record is per user (the machine's speed), not per data folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSplashScreen, QWidget

from station.messages import catalogue, msg

SLOW_MS = 1000.0
STARTING = msg("Splash", "The packing station is starting…")


def record_path() -> Path:
    """Where the last start's time is kept (`PACKSTATION_START_RECORD` overrides it)."""
    override = os.environ.get("PACKSTATION_START_RECORD")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_cache_path("packstation") / "last-start-ms"


def last_start_ms(path: Path) -> float | None:
    try:
        return float(path.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def splash_if_slow(app: QApplication, path: Path,
                   platform: str | None = None) -> QSplashScreen | None:
    """A splash on screen at once when the last start took over a second; otherwise None.
    None too without a screen (Qt's `offscreen` platform, `platform` overrides it): there a
    splash shows nobody anything, and Qt waits a second for it to be exposed."""
    last = last_start_ms(path)
    if last is None or last <= SLOW_MS:
        return None
    if (platform or app.platformName()) == "offscreen":
        return None
    splash = QSplashScreen()
    # The language is in the settings, not read yet: both, English first.
    splash.showMessage(f"{STARTING.render()}\n{catalogue('ja').render(STARTING)}",
                       Qt.AlignmentFlag.AlignCenter)
    splash.show()
    app.processEvents()
    return splash


def finish(splash: QSplashScreen | None, window: QWidget, path: Path, ready_ms: float) -> None:
    """The window is ready: the splash goes, and this start's time is kept for the next."""
    if splash is not None:
        splash.finish(window)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{ready_ms:.0f}\n", encoding="utf-8")
    except OSError:
        pass  # a read-only home only costs the splash decision
