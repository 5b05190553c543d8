"""The action that opens the print folder (the embedded default printer) in the desktop's
file manager, a way out of the kiosk: it acts only while `allowed()` says so (a
supervisor is signed in)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices

from station.messages import msg
from ui.i18n import tr


class OpenFolderAction(QAction):
    """`OpenFolderAction(folder, parent=None, opener=QDesktopServices.openUrl,
    allowed=lambda: True)`: creates the folder if needed and opens it. `opener` is
    replaceable (also later, as `opener`) so tests need no desktop."""

    def __init__(self, folder: Path, parent: QObject | None = None,
                 opener: Callable[[QUrl], bool] = QDesktopServices.openUrl,
                 allowed: Callable[[], bool] = lambda: True) -> None:
        super().__init__(tr(msg("Printing UI", "Open the print folder")), parent)
        self.folder = folder
        self.opener = opener
        self._allowed = allowed
        self.triggered.connect(self._on_triggered)

    def _on_triggered(self) -> None:
        if not self._allowed():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        self.opener(QUrl.fromLocalFile(str(self.folder)))
