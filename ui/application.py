"""The QApplication and its names, apart from the composition root so `python -m ui` can
create it (and show a splash) before the heavy imports."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

APP_NAME = "Packing station"
APP_ID = "packing-station"


def new_application() -> QApplication:
    """The QApplication, named before it exists: the window system takes the window's class
    (WM_CLASS, the Wayland app id) from these, not from `__main__.py`."""
    QApplication.setApplicationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    return QApplication([APP_ID])
