"""Building the configured scanning devices from settings (the `[camera]` and `[rfid]`
sections). Nothing opens here: the camera opens when its worker starts, an LLRP reader
connects for each tote read."""

from __future__ import annotations

from collections.abc import Callable

from scanning.camera import FrameSource, open_opencv
from scanning.camera_settings import CameraSettings
from scanning.rfid.readers import TagReader
from scanning.rfid.tote import RfidSettings, ToteVerifier
from station.catalogue import Catalogue
from station.errors import ConfigError
from station.messages import msg
from station.pack.session import PackSession
from station.settings import Settings

READERS = ("none", "simulated", "llrp")


def camera_settings(settings: Settings) -> CameraSettings:
    return settings.section("camera", CameraSettings)


def camera_source(settings: Settings) -> Callable[[], FrameSource] | None:
    """How to open the configured camera, or None when the camera is off."""
    camera = camera_settings(settings)
    return (lambda: open_opencv(camera)) if camera.enabled else None


def rfid_settings(settings: Settings) -> RfidSettings:
    rfid = settings.section("rfid", RfidSettings)
    if rfid.reader not in READERS:
        raise ConfigError(
            msg("Settings", "[rfid] reader must be one of {known}, not '{value}'.",
                known=", ".join(READERS), value=rfid.reader),
            msg("Settings", "Fix the value, or remove it to use the default."))
    if rfid.reader == "llrp" and not rfid.host:
        raise ConfigError(msg("Settings", "[rfid] reader = \"llrp\" needs a host."),
                          msg("Settings", "Set host to the reader's address, e.g. 10.0.0.21."))
    return rfid


def tote_verifier(settings: Settings, session: PackSession,
                  catalogue: Catalogue) -> ToteVerifier | None:
    """The tote verifier for the configured reader, or None when there is no reader."""
    rfid = rfid_settings(settings)
    reader: TagReader
    if rfid.reader == "none":
        return None
    if rfid.reader == "simulated":
        from scanning.rfid.demo import DemoToteReader

        reader = DemoToteReader(session, catalogue)
    else:
        from scanning.rfid.llrp import LlrpReader

        reader = LlrpReader(rfid.host, rfid.port, rfid.antennas)
    return ToteVerifier(reader, rfid)
