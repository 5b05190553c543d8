"""When a frame was seen, for the camera's repeat filter, and how fast a recording plays.

A live camera's or network stream's frame is stamped with the wall clock as it is grabbed
(they arrive in real time). A video file has its own timestamps (OpenCV's CAP_PROP_POS_MSEC
after `read()` is the time of the frame just read): they are used, so a code shown twice
three seconds apart in a recording is two reads however fast the file is decoded, and a code
held in view stays one. A file is also played no faster than its own frame rate (`pace`), as
a camera would show it, and none of its frames is dropped for a newer one."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

CAP_PROP_POS_MSEC = 0  # cv2.CAP_PROP_POS_MSEC and CAP_PROP_FPS, without importing OpenCV
CAP_PROP_FPS = 5
FALLBACK_FPS = 30.0
STREAM_SCHEMES = ("rtsp://", "rtmp://", "http://", "https://", "udp://", "tcp://")


class SourceKind(StrEnum):
    CAMERA = "camera"   # a device index: live, wall-clock time
    FILE = "file"       # a recording: its own timestamps, paced to its frame rate
    STREAM = "stream"   # a network stream: live, wall-clock time


def source_kind(device: str) -> SourceKind:
    """A camera index or device node (/dev/video0), a network stream, or a video file."""
    if device.isdigit() or device.startswith("/dev/"):
        return SourceKind.CAMERA
    if device.lower().startswith(STREAM_SCHEMES):
        return SourceKind.STREAM
    return SourceKind.FILE if Path(device).expanduser().exists() else SourceKind.STREAM


class FrameTiming:
    """Stamps each frame read from `source` with its time in seconds and, for a file with
    `pace`, waits until it is due. `wait(seconds) -> bool` sleeps and says whether to stop
    (the worker passes its stop event's wait, so stopping interrupts a pause)."""

    def __init__(self, kind: SourceKind, *, pace: bool = True,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None) -> None:
        self.kind = kind
        self.pace = pace and kind is SourceKind.FILE
        self._clock = clock
        self._wait = wait or _sleep
        self._started: tuple[float, float] | None = None   # (source time, wall time)
        self._last = float("-inf")

    @property
    def recorded(self) -> bool:
        """Every frame matters (a file): none is dropped for a newer one."""
        return self.kind is SourceKind.FILE

    def stamp(self, source: Any) -> float:
        """The time in seconds of the frame just read: a file's own (one frame interval
        after the last when its container gives none that moves forward), else the wall
        clock."""
        if self.kind is not SourceKind.FILE:
            return self._clock()
        own = _property(source, CAP_PROP_POS_MSEC)
        if own is not None and own / 1000.0 > self._last:
            at = own / 1000.0
        elif self._last == float("-inf"):
            at = 0.0
        else:
            at = self._last + 1.0 / (_property(source, CAP_PROP_FPS) or FALLBACK_FPS)
        self._last = at
        return at

    def until_due(self, at: float) -> bool:
        """For a paced file, wait until the frame stamped `at` is due; False to stop."""
        if not self.pace:
            return True
        now = self._clock()
        if self._started is None:
            self._started = (at, now)
            return True
        due = self._started[1] + (at - self._started[0])
        if due > now:
            return not self._wait(due - now)
        return True


def _property(source: Any, prop: int) -> float | None:
    """A VideoCapture property, None when the source has none (a scripted camera)."""
    get = getattr(source, "get", None)
    if get is None:
        return None
    try:
        value = float(get(prop))
    except (TypeError, ValueError):
        return None
    return value if value > 0 or (prop == CAP_PROP_POS_MSEC and value == 0) else None


def _sleep(seconds: float) -> bool:
    time.sleep(seconds)
    return False
