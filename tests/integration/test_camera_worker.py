"""The camera worker's threads with a scripted camera: a slow decoder skips stale frames and
always works on the newest one; stopping ends both threads and releases the camera."""

from __future__ import annotations

import threading
import time

import numpy as np

from scanning.camera import CameraSettings, CameraStatus, CameraWorker
from scanning.fakes import ScriptedCamera


class SlowDecoder:
    """Records which frame (its first pixel holds the frame number) it was given."""

    name = "slow"

    def __init__(self) -> None:
        self.seen: list[int] = []

    def decode(self, gray):
        self.seen.append(int(gray[0, 0]))
        time.sleep(0.05)
        return []


def numbered_frames(count: int):
    frames = []
    for number in range(count):
        frame = np.full((48, 64), 128, np.uint8)
        frame[0, 0] = number
        frames.append(frame)
    return frames


def test_a_slow_decoder_skips_stale_frames_and_decodes_the_newest():
    camera = ScriptedCamera(numbered_frames(200), fps=400)
    decoder = SlowDecoder()
    statuses = []
    worker = CameraWorker(lambda: camera, decoder, CameraSettings(enabled=True),
                          on_read=lambda read: None, on_status=statuses.append)
    worker.start()
    deadline = time.monotonic() + 10
    while camera.reads < 200 and time.monotonic() < deadline:
        time.sleep(0.02)
    worker.stop()
    assert decoder.seen == sorted(decoder.seen)
    assert 2 <= len(decoder.seen) < worker.frames_grabbed / 2
    assert CameraStatus.LIVE in statuses
    assert camera.released
    assert not worker.running
    assert not any(t.name.startswith("camera-") for t in threading.enumerate())
