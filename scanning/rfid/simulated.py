"""A simulated tag reader for the demo and the tests: the tags of a tote read several times
each with a realistic RSSI spread, plus stray tags from a neighbouring station read weakly.
Deterministic for a given seed. It can also be told to drop its connection mid-read."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from scanning.rfid.readers import RawRead, ReaderStatus, ReadWindow
from station.messages import msg


@dataclass
class SimulatedReader:
    """`tote` and `neighbours` are EPC hex strings. Tote tags read at about -45 dBm, the
    neighbours' at about -75 dBm; each tag is seen `repeats` times (give or take)."""

    tote: Sequence[str] = ()
    neighbours: Sequence[str] = ()
    repeats: int = 4
    seed: int = 7
    drop_after: int | None = None
    reads_per_second: float = 0.0
    history: list[ReadWindow] = field(default_factory=list)

    def read(self, seconds: float) -> ReadWindow:
        rng = random.Random(self.seed + len(self.history))
        reads: list[RawRead] = []
        for epc_hex in self.tote:
            for _ in range(max(1, self.repeats + rng.randint(-1, 2))):
                reads.append(RawRead(epc_hex, round(rng.gauss(-45.0, 4.0), 1),
                                     rng.choice((1, 2))))
        for epc_hex in self.neighbours:
            for _ in range(rng.randint(1, 3)):
                reads.append(RawRead(epc_hex, round(rng.gauss(-76.0, 3.0), 1), rng.choice((1, 2))))
        rng.shuffle(reads)
        if self.drop_after is not None and self.drop_after < len(reads):
            window = ReadWindow(tuple(reads[:self.drop_after]), ReaderStatus.DISCONNECTED, msg(
                "RFID", "The RFID reader dropped its connection during the read. Read the tote "
                "again, or scan the items."), seconds)
        else:
            window = ReadWindow(tuple(reads), ReaderStatus.OK, None, seconds)
        self.history.append(window)
        return window
