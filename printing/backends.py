"""Printers: a folder of PDF/ZPL files, a raw TCP port (9100) and a CUPS queue. All of them
take finished bytes; `send` raises `PrinterUnavailable` with a reason the packer can read,
and the worker retries later."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from printing import zpl_status
from printing.errors import PrintingError
from printing.media import cups_options
from printing.zpl_status import HostStatus
from station import file_names
from station.messages import Message, msg


class PrinterUnavailable(Exception):  # noqa: N818 - an expected state of a printer, retried
    def __init__(self, reason: Message) -> None:
        super().__init__(reason.render())
        self.reason = reason


@dataclass(frozen=True)
class PrinterState:
    ready: bool
    detail: Message


class Printer(Protocol):
    name: str

    def send(self, title: str, fmt: str, document: bytes) -> None: ...

    def check(self) -> PrinterState: ...


class FolderPrinter:
    """Writes each job as a file (written to a temporary name, then renamed, so a reader of the
    folder never sees half a document). The embedded default: the UI opens the folder. The
    file name is `file_names.safe_name(title)`, never the title itself: a title holds an
    order id, and `../../x` must not write outside the folder."""

    def __init__(self, folder: Path, name: str = "folder") -> None:
        self.folder = folder
        self.name = name

    def send(self, title: str, fmt: str, document: bytes) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / file_names.safe_name(title, fmt)
            partial = target.with_name(f".{target.name}.part")
            with partial.open("wb") as handle:
                handle.write(document)
                handle.flush()
                os.fsync(handle.fileno())
            partial.replace(target)
        except OSError as error:
            raise PrinterUnavailable(msg("Printing", "The folder {folder} cannot be written: "
                                         "{reason}", folder=str(self.folder),
                                         reason=error.strerror or str(error))) from error

    def check(self) -> PrinterState:
        writable = (self.folder.is_dir() and os.access(self.folder, os.W_OK)) or (
            not self.folder.exists() and os.access(_existing_parent(self.folder), os.W_OK))
        if writable:
            return PrinterState(True, msg("Printing", "Saving to {folder}",
                                          folder=str(self.folder)))
        return PrinterState(False, msg("Printing", "The folder {folder} cannot be written.",
                                       folder=str(self.folder)))


def _existing_parent(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


class TcpPrinter:
    """Raw TCP (port 9100). A ZPL printer prints a label only when its ^XA...^XZ arrived
    whole, so a connection that drops halfway prints nothing and the whole job is sent again:
    no duplicate. After sending we half-close and wait for the printer to close its side, so a
    reset during the transfer is seen as a failure and not as success. Its state (head open,
    paper out, paused ...) is read from the printer's answer to ~HS. Many 9100 printers take
    one connection at a time, so a status query and a job never overlap."""

    def __init__(self, host: str, port: int = 9100, timeout: float = 5.0,
                 name: str | None = None) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self.name = name or f"tcp:{host}:{port}"
        self._connection = threading.Lock()

    def send(self, title: str, fmt: str, document: bytes) -> None:
        try:
            with self._connection, socket.create_connection((self.host, self.port),
                                                            timeout=self.timeout) as conn:
                if fmt == "zpl":
                    self._refuse_when_not_ready(conn)
                conn.sendall(document)
                conn.shutdown(socket.SHUT_WR)
                _wait_for_close(conn)
        except PrinterUnavailable:
            raise
        except TimeoutError as error:
            raise PrinterUnavailable(msg("Printing", "Printer {printer} does not answer.",
                                         printer=self.name)) from error
        except OSError as error:
            raise PrinterUnavailable(msg("Printing", "Printer {printer} is off or unreachable: "
                                         "{reason}", printer=self.name,
                                         reason=error.strerror or str(error))) from error

    def _refuse_when_not_ready(self, conn: socket.socket) -> None:
        """Ask the printer for its host status (~HS) and refuse to send while it cannot print
        (head open, out of paper or ribbon, paused): the job waits instead of being lost."""
        conn.sendall(b"~HS\r\n")
        status = _read_host_status(conn)
        problems = status.problems(self.name) if status else []
        if problems:
            raise PrinterUnavailable(problems[0])

    def host_status(self) -> HostStatus | None:
        """The printer's ~HS answer (None when it does not answer ~HS); OSError when it
        cannot be reached."""
        with self._connection, socket.create_connection((self.host, self.port),
                                                        timeout=self.timeout) as conn:
            conn.sendall(b"~HS\r\n")
            return _read_host_status(conn)

    def check(self) -> PrinterState:
        try:
            status = self.host_status()
        except OSError as error:
            return PrinterState(False, msg("Printing", "Printer {printer} is off or "
                                           "unreachable: {reason}", printer=self.name,
                                           reason=error.strerror or str(error)))
        problems = status.problems(self.name) if status else []
        if problems:
            return PrinterState(False, problems[0])
        return PrinterState(True, msg("Printing", "Printer {printer} is ready.",
                                      printer=self.name))


def _wait_for_close(conn: socket.socket) -> None:
    """Every byte is handed over; a printer that closes (or keeps quiet) has taken it. Only a
    reset while it reads means the job did not arrive whole."""
    with contextlib.suppress(TimeoutError):
        while conn.recv(4096):
            pass


def _read_host_status(conn: socket.socket, wait: float = 0.5) -> HostStatus | None:
    """The ~HS answer's three strings, read until all have arrived, the printer stops
    sending for `wait` seconds, or 1 KB came (not every 9100 device is a Zebra)."""
    previous = conn.gettimeout()
    conn.settimeout(wait)
    data = b""
    try:
        while not zpl_status.complete(data) and len(data) < 1024:
            chunk = conn.recv(512)
            if not chunk:
                break
            data += chunk
    except TimeoutError:
        pass
    finally:
        conn.settimeout(previous)
    return zpl_status.parse_host_status(data)


class CupsPrinter:
    """A CUPS queue through `lp`: ZPL raw; a PDF on media of its own size and orientation,
    unscaled (a 4x6 label prints as 4x6, not centred on the queue's A4, see printing.media).
    `lp` finds the scheduler as usual (CUPS_SERVER, ~/.cups/client.conf, the local one)."""

    def __init__(self, queue: str, name: str | None = None) -> None:
        self.queue = queue
        self.name = name or f"cups:{queue}"

    def send(self, title: str, fmt: str, document: bytes) -> None:
        lp = shutil.which("lp")
        if lp is None:
            raise PrinterUnavailable(msg("Printing", "CUPS is not installed on this station "
                                         "(no lp command)."))
        command = [lp, "-d", self.queue, "-t", title, *cups_options(fmt, document)]
        try:
            result = subprocess.run([*command, "-"], input=document, capture_output=True,
                                    timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PrinterUnavailable(msg("Printing", "CUPS did not take the job: {reason}",
                                         reason=str(error))) from error
        if result.returncode != 0:
            raise PrinterUnavailable(msg("Printing", "CUPS did not take the job: {reason}",
                                         reason=result.stderr.decode(errors="replace").strip()))

    def check(self) -> PrinterState:
        """Stopped (`cupsdisable`, or CUPS stopped it after an error: the reason is CUPS's
        message), not accepting jobs, or ready."""
        stopped = _stopped_reason(_lpstat("-p", self.queue), self.queue)
        if stopped is not None:
            return PrinterState(False, msg("Printing", "CUPS queue {queue} is stopped: "
                                           "{reason}", queue=self.queue, reason=stopped))
        if self.queue in list_queues():
            return PrinterState(True, msg("Printing", "CUPS queue {queue} accepts jobs.",
                                          queue=self.queue))
        return PrinterState(False, msg("Printing", "CUPS queue {queue} is not available.",
                                       queue=self.queue))


def _lpstat(*args: str) -> str:
    """lpstat's answer in the C locale (its words are translated otherwise); empty when
    CUPS is not installed or not running."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return ""
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        return subprocess.run([lpstat, *args], capture_output=True, text=True, timeout=10,
                              check=False, env={**os.environ, "LC_ALL": "C"}).stdout
    return ""


def _stopped_reason(answer: str, queue: str) -> str | None:
    """From `lpstat -p QUEUE`: None unless the queue is disabled; then the indented line
    that follows (CUPS's reason), or "" when there is none."""
    lines = answer.splitlines()
    for index, line in enumerate(lines):
        if line.startswith(f"printer {queue} ") and " disabled" in line:
            following = lines[index + 1] if index + 1 < len(lines) else ""
            return following.strip() if following[:1].isspace() else ""
    return None


def list_queues() -> list[str]:
    """CUPS queues accepting jobs (empty when CUPS is not installed or not running). A
    queue that rejects jobs is followed by its reason on an indented line: neither counts."""
    return [line.split()[0] for line in _lpstat("-a").splitlines()
            if line.strip() and not line[:1].isspace() and " not accepting" not in line]


def printer_for(spec: str, default_folder: Path, tcp_timeout: float = 5.0) -> Printer:
    """Build a printer from its settings text (see printing.settings)."""
    scheme, _, rest = spec.partition(":")
    if scheme == "folder":
        return FolderPrinter(Path(rest).expanduser() if rest else default_folder, name=spec)
    if scheme == "tcp":
        host, _, port = rest.rpartition(":")
        if not host or not port.isdigit():
            host, port = rest, "9100"
        return TcpPrinter(host, int(port), tcp_timeout, name=spec)
    if scheme == "cups" and rest:
        return CupsPrinter(rest, name=spec)
    raise PrintingError(
        msg("Printing", "The printer '{spec}' is not understood.", spec=spec),
        msg("Printing", "Write folder, folder:PATH, tcp:HOST:PORT or cups:QUEUE."),
    )
