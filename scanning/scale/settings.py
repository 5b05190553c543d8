"""The `[scale]` settings section, checked when it is read."""

from __future__ import annotations

from dataclasses import dataclass

from station.errors import ConfigError
from station.messages import msg
from station.settings import Count, Duration, Positive, Settings

PROTOCOL_NAMES = ("none", "ad", "mt-sics", "cas", "hid")


@dataclass(frozen=True)
class ScaleSettings:
    """`protocol` is "none" (no scale: weights are scanned as WEIGHT:<g>), "ad", "mt-sics",
    "cas" (serial) or "hid" (USB HID POS, `port` is the hidraw device, e.g. /dev/hidraw0).
    A box is captured once its weight has stayed within `band_g` for `stable_s` seconds and
    is at least `min_g` (less is an empty scale)."""

    protocol: str = "none"
    port: str = ""
    baudrate: Positive = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: int = 1
    stable_s: Duration = 0.8
    band_g: Count = 2
    min_g: Count = 10
    silence_s: Duration = 3.0
    poll_s: Duration = 0.1
    reconnect_s: Duration = 3.0


def scale_settings(settings: Settings) -> ScaleSettings:
    scale = settings.section("scale", ScaleSettings)
    if scale.protocol not in PROTOCOL_NAMES:
        raise ConfigError(
            msg("Settings", "[scale] protocol must be one of {known}, not '{value}'.",
                known=", ".join(PROTOCOL_NAMES), value=scale.protocol),
            msg("Settings", "Fix the value, or remove it to use the default."))
    if scale.protocol != "none" and not scale.port:
        raise ConfigError(msg("Settings", "[scale] protocol = \"{protocol}\" needs a port.",
                              protocol=scale.protocol),
                          msg("Settings", "Set port, e.g. /dev/ttyUSB0, COM3 or /dev/hidraw0."))
    if scale.parity not in {"N", "E", "O"} or scale.bytesize not in {7, 8} or (
            scale.stopbits not in {1, 2}):
        raise ConfigError(msg("Settings", "[scale] parity must be N, E or O, bytesize 7 or 8 "
                                          "and stopbits 1 or 2."),
                          msg("Settings", "Use the values set on the scale itself."))
    return scale
