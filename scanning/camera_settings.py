"""The `[camera]` settings section, apart from the camera worker so the settings check at
start does not load numpy and the decoders."""

from __future__ import annotations

from dataclasses import dataclass

from station.settings import Amount, Duration, Positive


@dataclass(frozen=True)
class CameraSettings:
    """The `[camera]` settings section. `device` is a camera index or a video URL/path."""

    enabled: bool = False
    device: str = "0"
    width: Positive = 1280
    height: Positive = 720
    repeat_window_s: Amount = 2.0
    black_level: Amount = 12.0
    failed_reads_before_disconnect: Positive = 15
    reconnect_s: Duration = 3.0
    pace: bool = True   # a video file plays at its own frame rate (False: as fast as decoded)
