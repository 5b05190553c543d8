"""The camera worker's threads with a scripted camera: a slow decoder skips stale frames and
always works on the newest one; stopping ends both threads and releases the camera."""

from __future__ import annotations

import threading
import time

import numpy as np

from scanning.camera import CameraStatus, CameraWorker
from scanning.camera_settings import CameraSettings
from scanning.fakes import ScriptedCamera
from tests.support import wait_until


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
    wait_until(lambda: camera.reads >= 200, timeout=10, interval=0.02)
    worker.stop()
    assert decoder.seen == sorted(decoder.seen)
    assert 2 <= len(decoder.seen) < worker.frames_grabbed / 2
    assert CameraStatus.LIVE in statuses
    assert camera.released
    assert not worker.running
    assert not any(t.name.startswith("camera-") for t in threading.enumerate())


class Cameras:
    """Opens the next scripted camera each time the worker asks for one."""

    def __init__(self, *cameras: ScriptedCamera) -> None:
        self.cameras = list(cameras)
        self.opened = 0

    def __call__(self) -> ScriptedCamera:
        camera = self.cameras[min(self.opened, len(self.cameras) - 1)]
        self.opened += 1
        return camera


def run_until(worker: CameraWorker, statuses: list, wanted: list, seconds: float = 10) -> None:
    worker.start()
    wait_until(lambda: statuses[-len(wanted):] == wanted, timeout=seconds, interval=0.02)
    worker.stop()


def test_a_camera_plugged_in_after_start_is_picked_up():
    frames = numbered_frames(3)
    cameras = Cameras(ScriptedCamera([], opened=False), ScriptedCamera(frames, fps=100))
    statuses = []
    worker = CameraWorker(cameras, SlowDecoder(),
                          CameraSettings(enabled=True, reconnect_s=0.05),
                          on_read=lambda read: None, on_status=statuses.append)
    run_until(worker, statuses, [CameraStatus.NO_CAMERA, CameraStatus.LIVE])
    assert statuses == [CameraStatus.STARTING, CameraStatus.NO_CAMERA, CameraStatus.LIVE]


def test_a_camera_that_went_away_and_came_back_is_live_again():
    frames = numbered_frames(5)
    cameras = Cameras(ScriptedCamera(frames, fps=100, disappear_after=5),
                      ScriptedCamera([], opened=False), ScriptedCamera(frames, fps=100))
    statuses = []
    worker = CameraWorker(cameras, SlowDecoder(),
                          CameraSettings(enabled=True, reconnect_s=0.05,
                                         failed_reads_before_disconnect=3),
                          on_read=lambda read: None, on_status=statuses.append)
    run_until(worker, statuses, [CameraStatus.DISCONNECTED, CameraStatus.LIVE])
    assert statuses[-2:] == [CameraStatus.DISCONNECTED, CameraStatus.LIVE]
    assert CameraStatus.NO_CAMERA not in statuses
    assert cameras.opened == 3
