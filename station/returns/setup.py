"""Builds the returns session from the station core and the `[returns]` settings section."""

from __future__ import annotations

from station.core import StationCore
from station.returns import rmas
from station.returns.codes import SheetCode, sheet_codes
from station.returns.models import Rma
from station.returns.policy import load_policies
from station.returns.session import Camera, ReturnsSession
from station.returns.settings import ReturnsSettings


def open_returns(core: StationCore, camera: Camera | None = None) -> ReturnsSession:
    settings = core.settings.section("returns", ReturnsSettings)
    return ReturnsSession(
        core.store, core.catalogue, core.clock, core.signin,
        load_policies(settings.policies_dir), site=core.settings.station.site,
        photos_dir=core.settings.data_dir / "photos", language=core.settings.station.language,
        camera=camera)


def sheet_entries(core: StationCore) -> tuple[list[Rma], list[SheetCode]]:
    """What the barcode sheet carries for the returns bench: the RMAs this site expects and
    every answer, grade, reason and command code of the brands' policies, each once."""
    settings = core.settings.section("returns", ReturnsSettings)
    codes: dict[str, SheetCode] = {}
    for policy in load_policies(settings.policies_dir).values():
        for entry in sheet_codes(policy):
            codes.setdefault(entry.code, entry)
    return rmas.expected(core.store.conn, core.settings.station.site), list(codes.values())
