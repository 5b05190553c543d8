"""A fake ZPL printer on a loopback TCP port: it answers ~HS host status queries, keeps the
bytes of every connection, counts the labels it would print (whole ^XA...^XZ formats only,
as a real printer does) and can be told to drop the next connection halfway, to run out of
paper or ribbon, to be paused or to have its print head open (its ~HS answer says so)."""

from __future__ import annotations

import re
import socket
import struct
import threading
from dataclasses import dataclass, field

from printing.backends import PrinterState
from station.messages import msg


@dataclass
class FakeZplPrinter:
    drop_next_after: int | None = None   # close with a reset after this many bytes, once
    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False
    thermal_transfer: bool = False
    connections: list[bytes] = field(default_factory=list)
    labels: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._lock = threading.Lock()

    @property
    def spec(self) -> str:
        return f"tcp:127.0.0.1:{self.port}"

    def __enter__(self) -> FakeZplPrinter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            with conn:
                self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        received = b""
        drop_at = self.drop_next_after
        while True:
            try:
                chunk = conn.recv(1024)
            except (TimeoutError, OSError):
                break
            if not chunk:
                break
            if chunk.startswith(b"~HS"):
                conn.sendall(self.host_status())
                chunk = chunk[5:] if chunk.startswith(b"~HS\r\n") else chunk[3:]
            received += chunk
            if drop_at is not None and len(received) >= drop_at:
                self.drop_next_after = None
                # SO_LINGER 0: close with RST, as a printer that is switched off mid-job.
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                with self._lock:
                    self.connections.append(received[:drop_at])
                    self.labels += _whole_labels(received[:drop_at])
                return
        with self._lock:
            self.connections.append(received)
            self.labels += _whole_labels(received)


    def host_status(self) -> bytes:
        """The three ~HS strings as the ZPL II manual lays them out."""
        def flag(value: bool) -> str:
            return "1" if value else "0"
        first = f"030,{flag(self.paper_out)},{flag(self.paused)},1245,000,0,0,0,000,0,0,0"
        second = (f"000,0,{flag(self.head_open)},{flag(self.ribbon_out)},"
                  f"{flag(self.thermal_transfer)},2,6,0,00000000,1,000")
        return "".join(f"\x02{string}\x03\r\n" for string in (first, second, "1234,0")).encode()


def _whole_labels(data: bytes) -> list[bytes]:
    return re.findall(rb"\^XA.*?\^XZ", data, flags=re.DOTALL)


@dataclass
class RecordingPrinter:
    """Implements printing.backends.Printer: keeps what it is sent; `fail_with` makes every
    send raise that exception (to see the worker survive what it did not expect)."""

    name: str = "recording"
    sent: list[tuple[str, str, bytes]] = field(default_factory=list)
    fail_with: Exception | None = None

    def send(self, title: str, fmt: str, document: bytes) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.sent.append((title, fmt, document))

    def check(self) -> PrinterState:
        return PrinterState(True, msg("Printing", "Printer {printer} is ready.",
                                      printer=self.name))
