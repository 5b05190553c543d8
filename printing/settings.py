"""The `[printers]` settings section: which printer each document kind goes to, and the
formats, sizes and numbers printed. A printer is written as

    "folder"                  the station's print folder (default: <data dir>/printed)
    "folder:/srv/labels"      another folder
    "tcp:192.168.1.50:9100"   a raw TCP (JetDirect/9100) printer, ZPL or PDF as it accepts
    "cups:Zebra_GK420"        a CUPS queue (lp)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from printing.paper import LabelSize, Paper
from station.errors import ConfigError
from station.messages import msg
from station.settings import Duration, Settings

SECTION = "printers"
PRINTER_SCHEMES = ("folder", "tcp", "cups")


@dataclass(frozen=True)
class PrintersSettings:
    label: str = "folder"
    slip: str = "folder"
    insert: str = "folder"
    recommerce: str = "folder"
    folder: str = ""
    label_format: str = "zpl"
    label_size: str = "4x6"
    label_dpi: int = 203
    slip_paper: str = "A4"
    insert_paper: str = "A6"
    brandkits: str = ""
    gs1_company_prefix: str = "4589123"
    ship_from_name: str = "TYO1 Fulfilment Center"
    ship_from_postcode: str = "136-0082"
    ship_from_region: str = "東京都"
    ship_from_city: str = "江東区"
    ship_from_street: str = "新木場1-2-3"
    ship_from_phone: str = "03-5555-0100"
    returns_url: str = "https://returns.example/start?order={order}&brand={brand}"
    retry_seconds: Duration = 5.0
    max_retry_seconds: Duration = 60.0
    tcp_timeout_seconds: Duration = 5.0
    status_seconds: Duration = 5.0   # how often the printers are asked for their state

    def printer_for(self, kind: str) -> str:
        return str(getattr(self, kind, self.label))


def load(settings: Settings) -> PrintersSettings:
    """Read and check the section: a wrong value names the key and what it may be."""
    section = settings.section(SECTION, PrintersSettings)
    where = str(settings.source or "environment")
    choices = {
        "label_format": ("zpl", "pdf"), "label_size": tuple(size.value for size in LabelSize),
        "slip_paper": ("A4", "A5", "Letter"), "insert_paper": ("A6", "A5"),
    }
    for key, allowed in choices.items():
        if getattr(section, key) not in allowed:
            raise _error(where, key, " | ".join(allowed))
    if section.label_dpi not in (203, 300):
        raise _error(where, "label_dpi", "203 | 300")
    for kind in ("label", "slip", "insert", "recommerce"):
        scheme = section.printer_for(kind).split(":", 1)[0]
        if scheme not in PRINTER_SCHEMES:
            raise _error(where, kind, "folder | folder:PATH | tcp:HOST:PORT | cups:QUEUE")
    if section.status_seconds <= 0:
        raise _error(where, "status_seconds", "> 0")
    prefix = section.gs1_company_prefix
    if not (prefix.isdigit() and 6 <= len(prefix) <= 12):
        raise _error(where, "gs1_company_prefix", "6 to 12 digits")
    return section


def print_folder(settings: Settings, section: PrintersSettings) -> Path:
    return Path(section.folder).expanduser() if section.folder else settings.data_dir / "printed"


def label_size(section: PrintersSettings) -> LabelSize:
    return LabelSize(section.label_size)


def paper(name: str) -> Paper:
    return Paper(name)


def _error(where: str, key: str, allowed: str) -> ConfigError:
    return ConfigError(
        msg("Printing", "{path}: [printers] {key} must be one of: {allowed}.",
            path=where, key=key, allowed=allowed),
        msg("Printing", "Fix the value, or remove it to use the default."),
    )
