"""An LLRP reader (Impinj R700/Speedway and other fixed readers) through llrpkit (MIT), an
optional extra (`pip install packstation[rfid]`) imported only when a reader is configured.

Each `read()` connects, inventories the configured antennas for the window and disconnects:
a tote read is a short, rare event, and a reader that was power-cycled between two totes is
simply found again. Every device failure becomes a `ReaderStatus`, never an exception."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

from scanning.rfid.readers import RawRead, ReaderStatus, ReadWindow
from station.messages import Message, msg


@dataclass
class LlrpReader:
    host: str
    port: int = 5084
    antennas: Sequence[int] = (1,)
    connect_timeout: float = 3.0

    def read(self, seconds: float) -> ReadWindow:
        started = time.monotonic()
        reads: list[RawRead] = []
        try:
            import llrpkit
        except ImportError:
            return ReadWindow((), ReaderStatus.NOT_CONFIGURED, msg(
                "RFID", "RFID reading needs the optional 'rfid' extra (llrpkit)."))
        try:
            asyncio.run(self._inventory(llrpkit, seconds, reads))
        except (OSError, TimeoutError, llrpkit.LLRPConnectionError,
                llrpkit.LLRPTimeoutError) as error:
            status = ReaderStatus.DISCONNECTED if reads else ReaderStatus.UNREACHABLE
            return ReadWindow(tuple(reads), status, _problem(status, self.host, error),
                              time.monotonic() - started)
        except llrpkit.LLRPError as error:
            return ReadWindow(tuple(reads), ReaderStatus.DISCONNECTED,
                              _problem(ReaderStatus.DISCONNECTED, self.host, error),
                              time.monotonic() - started)
        return ReadWindow(tuple(reads), ReaderStatus.OK, None, time.monotonic() - started)

    async def _inventory(self, llrpkit: object, seconds: float, reads: list[RawRead]) -> None:
        reader = llrpkit.Reader(self.host, self.port,  # type: ignore[attr-defined]
                                connect_timeout=self.connect_timeout,
                                response_timeout=self.connect_timeout)
        await reader.connect()
        try:
            async for report in reader.inventory(antennas=tuple(self.antennas),
                                                 duration=seconds):
                reads.append(RawRead(report.epc.hex().upper(),
                                     float(report.rssi_dbm if report.rssi_dbm is not None
                                           else -99.0), int(report.antenna or 0)))
        finally:
            await reader.close()


def _problem(status: ReaderStatus, host: str, error: BaseException) -> Message:
    if status is ReaderStatus.UNREACHABLE:
        return msg("RFID", "The RFID reader at {host} cannot be reached ({reason}). Check its "
                   "power and network cable; scanning items by hand still works.",
                   host=host, reason=str(error) or type(error).__name__)
    return msg("RFID", "The RFID reader at {host} dropped its connection ({reason}). Read the "
               "tote again, or scan the items.", host=host,
               reason=str(error) or type(error).__name__)
