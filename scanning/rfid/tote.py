"""Tote verification in the pack flow: read the tote for a window and check it against the open
order (`station.pack.tote`, pure). Packing the matched units, and which outcome the packer
sees, is the core's (`station.pack.tote_packing`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from pydantic import Field

from scanning.rfid.readers import DecodeCache, ReaderStatus, ReadWindow, TagReader
from station.messages import Message, msg
from station.pack.session import PackSession
from station.pack.tote import ToteCheck, check_tote
from station.settings import Duration, Positive


@dataclass(frozen=True)
class RfidSettings:
    """The `[rfid]` settings section. `reader` is "none", "simulated" or "llrp"."""

    reader: str = "none"
    host: str = ""
    port: Annotated[int, Field(ge=1, le=65535)] = 5084
    antennas: tuple[Positive, ...] = (1,)
    read_seconds: Duration = 1.5
    min_rssi: float = -65.0
    sgtin_filter: Annotated[int, Field(ge=0, le=7)] = 1


@dataclass(frozen=True)
class ToteRead:
    """One tote read: what the reader said and how it compares to the open order."""

    window: ReadWindow
    check: ToteCheck | None
    problem: Message | None = None
    others: tuple[str, ...] = ()  # the schemes of tags that are not items (a tote's GRAI ...)


@dataclass
class ToteVerifier:
    reader: TagReader
    settings: RfidSettings = field(default_factory=RfidSettings)
    cache: DecodeCache = field(default_factory=DecodeCache)

    def read(self, session: PackSession) -> ToteRead:
        """Read the tote and check it against the session's open order (nothing is packed)."""
        if session.order is None or session.state is None:
            return ToteRead(ReadWindow(()), None, msg(
                "RFID", "Scan an order or tote first, then read the tote."))
        window = self.reader.read(self.settings.read_seconds)
        if window.status is not ReaderStatus.OK and not window.reads:
            return ToteRead(window, None, window.problem)
        packed = {line.line_no: session.state.packed(line.line_no)
                  for line in session.order.lines}
        reads = [self.cache.tag_read(raw) for raw in window.reads]
        check = check_tote(session.order, reads, self.settings.min_rssi, packed)
        others = tuple(self.cache.scheme(tag.epc) or "?" for tag in check.not_items)
        return ToteRead(window, check, window.problem, others)

