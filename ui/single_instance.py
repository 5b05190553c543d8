"""Bringing the running station forward when it is started a second time.

The core's folder lock (station/instance_lock.py) is what keeps a second app off the database;
this is the courtesy on top. The running app listens on a local socket named after its data
folder; a second start on the same folder connects, sends `raise` and exits, and the first
window comes to the front (where the platform lets it) and says why."""

from __future__ import annotations

import hashlib
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"
RAISED = b"raised\n"


def server_name(data_dir: Path) -> str:
    """One name per data folder, short enough for a Unix socket path."""
    digest = hashlib.sha256(str(data_dir.expanduser().resolve()).encode()).hexdigest()
    return f"packstation-{digest[:20]}"


def ask_to_raise(data_dir: Path, timeout_ms: int = 2000) -> bool:
    """From the second start: ask the station running on `data_dir` to come forward. Whether
    it answered. It blocks (holding Python's GIL), so only a process with nothing else to do
    calls it: the second start, before any window exists."""
    _let_the_running_app_take_the_foreground()
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    try:
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        answer = bytes(socket.readAll().data())  # the answer may be here already
        while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
            answer += bytes(socket.readAll().data())
        return answer == RAISED
    finally:
        socket.abort()


def _let_the_running_app_take_the_foreground() -> None:
    """Windows lets only the foreground process hand the foreground on; the second start is
    that process (the person just launched it), so it allows any process to take it."""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)


class RaiseServer(QObject):
    """In the running app: listens for second starts and brings `window` forward."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_new_connection)
        self.name = server_name(data_dir)

    def listen(self) -> bool:
        # A socket left by a killed app would refuse the name; we hold the folder's lock, so
        # no living app owns it.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(partial(self._on_ready_read, socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():     # what came with the connection signals nothing
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == RAISE:
            self._bring_forward()
            socket.write(RAISED)
            socket.flush()
        socket.disconnectFromServer()

    def _bring_forward(self) -> None:
        window = self._window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized
                                  | Qt.WindowState.WindowMaximized)
        window.show()
        window.raise_()
        window.activateWindow()
        self.raise_requested.emit()
