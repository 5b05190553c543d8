"""What every tag reader gives back: one window of reads and a status a person can act on.

A reader never raises for a device problem: an unreachable reader, a dropped connection or a
read that times out is a `ReaderStatus` with a message, and the packer goes on by scanning."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from scanning.rfid import epc
from station.ids import Gtin
from station.messages import Message
from station.pack.tote import TagRead


class ReaderStatus(StrEnum):
    OK = "ok"
    NOT_CONFIGURED = "not_configured"
    UNREACHABLE = "unreachable"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True)
class RawRead:
    """A tag report as the air interface gives it: EPC bank hex, RSSI (dBm), antenna."""

    epc_hex: str
    rssi: float
    antenna: int = 1


@dataclass(frozen=True)
class ReadWindow:
    reads: tuple[RawRead, ...]
    status: ReaderStatus = ReaderStatus.OK
    problem: Message | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status is ReaderStatus.OK


class TagReader(Protocol):
    """Reads every tag in the field for `seconds` (or until the reader stops)."""

    def read(self, seconds: float) -> ReadWindow: ...


@dataclass
class DecodeCache:
    """EPC hex -> decoded `TagRead` fields. A tote read repeats the same tags many times."""

    entries: dict[str, tuple[Gtin | None, str | None]] = field(default_factory=dict)
    schemes: dict[str, str] = field(default_factory=dict)
    limit: int = 100_000

    def tag_read(self, raw: RawRead) -> TagRead:
        known = self.entries.get(raw.epc_hex)
        if known is None:
            if len(self.entries) >= self.limit:
                self.entries.clear()
                self.schemes.clear()
            tag = epc.decode(raw.epc_hex)
            self.schemes[raw.epc_hex] = tag.scheme.upper()
            is_item = tag.ok and tag.scheme.startswith("sgtin") and tag.gtin is not None
            known = (Gtin(tag.gtin), tag.serial) if is_item and tag.gtin else (None, None)
            self.entries[raw.epc_hex] = known
        return TagRead(raw.epc_hex, raw.rssi, known[0], known[1], raw.antenna)

    def scheme(self, epc_hex: str) -> str:
        """The EPC scheme of a tag read before ("GRAI-96"), or "" if it has none."""
        return self.schemes.get(epc_hex, "")
