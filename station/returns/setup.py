"""Builds the returns session from the station core and the `[returns]` settings section."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.core import StationCore
from station.returns.policy import load_policies
from station.returns.session import Camera, ReturnsSession


@dataclass(frozen=True)
class ReturnsSettings:
    # A folder of brand policy files (`BRAND.toml`); empty: the built-in demo policies.
    policies_dir: Path | None = None


def open_returns(core: StationCore, camera: Camera | None = None) -> ReturnsSession:
    settings = core.settings.section("returns", ReturnsSettings)
    return ReturnsSession(
        core.store, core.catalogue, core.clock, core.signin,
        load_policies(settings.policies_dir), site=core.settings.station.site,
        photos_dir=core.settings.data_dir / "photos", language=core.settings.station.language,
        camera=camera)
