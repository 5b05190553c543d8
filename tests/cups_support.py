"""A real CUPS scheduler for tests: its own `cupsd` on a private socket with a temporary
configuration, and a `cups-pdf` queue whose PDFs land in a folder the test reads. Needs
root (cupsd runs its backends as root) and the packages cups, cups-client and
printer-driver-cups-pdf (./dev installs them); `skip_reason()` says what is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from tests.support import wait_until

CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
# cups-pdf reads its configuration from here only (compiled in): one file per instance.
CUPS_PDF_CONFIG = Path("/etc/cups")

CUPSD_CONF = """Listen {socket}
LogLevel info
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""
CUPS_FILES_CONF = """ServerRoot {root}/conf
RequestRoot {root}/spool
TempDir {root}/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
Printcap {root}/state/printcap
"""


def skip_reason() -> str | None:
    missing = [name for name in ("cupsd", "lpadmin", "lp", "lpstat") if not shutil.which(name)]
    if missing or not CUPS_PDF_BACKEND.exists() or not CUPS_PDF_PPD.exists():
        return ("a real CUPS needs the packages cups, cups-client and printer-driver-cups-pdf "
                f"(missing: {', '.join(missing) or 'cups-pdf'}); ./dev installs them")
    if os.geteuid() != 0:
        return "the test's own cupsd must run as root (it runs the cups-pdf backend as root)"
    return None


@dataclass(frozen=True)
class Cups:
    socket: str
    queue: str
    out: Path
    root: Path

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": self.socket}

    def pending(self) -> list[str]:
        result = subprocess.run(["lpstat", "-o", self.queue], capture_output=True, text=True,
                                env=self.env, timeout=10, check=False)
        return [line for line in result.stdout.splitlines() if line.strip()]

    def printed(self, title: str, timeout: float = 60) -> Path:
        """The PDF cups-pdf wrote for the job titled `title`, once the queue is idle."""
        def arrived() -> Path | None:
            if self.pending():
                return None
            return next((path for path in self.out.glob("*.pdf")
                         if path.name.startswith(title)), None)
        wait_until(arrived, timeout=timeout, interval=0.1)
        found = arrived()
        assert found is not None, f"no PDF for {title}: {self.log()}"
        return found

    def log(self) -> str:
        error_log = self.root / "log" / "error_log"
        return error_log.read_text(errors="replace")[-2000:] if error_log.exists() else ""


@contextmanager
def running_cups() -> Iterator[Cups]:
    """Start a private cupsd with one cups-pdf queue; stop it and remove every file after."""
    root = Path(tempfile.mkdtemp(prefix="cups-"))  # short: a socket path has 108 bytes
    root.chmod(0o755)              # filters run as the lp user and read their files here
    instance = f"pkst{uuid.uuid4().hex[:8]}"
    instance_conf = CUPS_PDF_CONFIG / f"cups-pdf-{instance}.conf"
    out = root / "out"
    for folder in ("conf", "spool", "cache", "state", "log", "tmp", "out"):
        (root / folder).mkdir()
    (root / "tmp").chmod(0o1777)   # filters run as the lp user
    out.chmod(0o777)               # cups-pdf writes as the job's user
    socket = str(root / "cups.sock")
    (root / "conf" / "cupsd.conf").write_text(CUPSD_CONF.format(socket=socket))
    (root / "conf" / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    instance_conf.write_text(f"Out {out}\nAnonDirName {out}\nUserUMask 0000\n")
    cupsd = subprocess.Popen(
        ["cupsd", "-f", "-c", str(root / "conf" / "cupsd.conf"),
         "-s", str(root / "conf" / "cups-files.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cups = Cups(socket, "PackstationPDF", out, root)
    try:
        wait_until(lambda: Path(socket).exists() or cupsd.poll() is not None, timeout=20)
        if cupsd.poll() is not None or not Path(socket).exists():
            raise RuntimeError(f"cupsd did not start: {cups.log()}")
        subprocess.run(["lpadmin", "-p", cups.queue, "-v", f"cups-pdf:/{instance}",
                        "-P", str(CUPS_PDF_PPD), "-E"], env=cups.env, capture_output=True,
                       timeout=30, check=True)
        yield cups
    finally:
        cupsd.terminate()
        try:
            cupsd.wait(15)
        except subprocess.TimeoutExpired:
            cupsd.kill()
            cupsd.wait(5)
        with suppress(OSError):
            instance_conf.unlink()
        shutil.rmtree(root, ignore_errors=True)
