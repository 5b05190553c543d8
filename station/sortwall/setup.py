"""The sort wall's settings section (`[sortwall]`) and its construction from the core."""

from __future__ import annotations

from dataclasses import dataclass

from station.core import StationCore
from station.sortwall.session import SortWall


@dataclass(frozen=True)
class SortWallSettings:
    # Units sorted by scan open at the pack bench as verified; true: the packer scans each
    # unit again (a site that wants two checks on every unit).
    reverify: bool = False


def open_sortwall(core: StationCore) -> SortWall:
    settings = core.settings.section("sortwall", SortWallSettings)
    return SortWall(core.store, core.catalogue, core.clock, core.signin, core.pack,
                    reverify=settings.reverify)
