"""A recording through OpenCV's own source (`cv2.VideoCapture` on a video written with
`cv2.VideoWriter`): the camera worker reads every frame, stamps each with the file's own
timestamps, and merges repeats by those timestamps, not by how fast the file was decoded.
A file is also played at its own frame rate (checked on a fake clock, not the wall)."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest

from scanning.camera import CameraRead, CameraStatus, CameraWorker
from scanning.camera_settings import CameraSettings
from scanning.pipeline import camera_decoder
from scanning.synth import Sample, frame_with
from scanning.video import FrameTiming, SourceKind, source_kind
from tests.support import wait_until

FPS = 10.0
ITEM = Sample("EAN-13", "4589123000013")
TOTE = Sample("Code 128", "TOTE-0042")
# (what is in view, for how many frames) at 10 frames/s
SCRIPT = [
    (ITEM, 8),    # 0.0-0.7 s: held in view: one read
    (None, 5),    # 0.8-1.2 s: taken away for 0.6 s, under the 1 s window
    (ITEM, 3),    # 1.3-1.5 s: the same item still: merged
    (None, 12),   # 1.6-2.7 s: away for 1.2 s, more than the window
    (ITEM, 4),    # 2.8-3.1 s: shown again: a new read
    (None, 2),
    (TOTE, 4),    # 3.4-3.7 s: another code
    (None, 2),
]
FRAMES = sum(count for _, count in SCRIPT)


@pytest.fixture(scope="module")
def video(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("video") / "bench.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), FPS, (640, 480))
    assert writer.isOpened()
    try:
        for sample, count in SCRIPT:
            frame = frame_with([sample] if sample else [], 640, 480, seed=1)
            for _ in range(count):
                writer.write(cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR))
    finally:
        writer.release()
    return path


def play(video: Path, **settings: object) -> tuple[list[CameraRead], CameraWorker,
                                                    list[CameraStatus]]:
    reads: list[CameraRead] = []
    statuses: list[CameraStatus] = []
    worker = CameraWorker(lambda: cv2.VideoCapture(str(video)), camera_decoder(),
                          CameraSettings(enabled=True, device=str(video), reconnect_s=0,
                                         **settings),  # type: ignore[arg-type]
                          on_read=reads.append, on_status=statuses.append)
    worker.start()
    try:
        assert wait_until(lambda: not worker.running, timeout=60)
    finally:
        worker.stop()
    return reads, worker, statuses


def test_a_video_file_is_a_recording():
    assert source_kind(__file__) is SourceKind.FILE
    assert source_kind("0") is SourceKind.CAMERA
    assert source_kind("/dev/video0") is SourceKind.CAMERA
    assert source_kind("/dev/null") is SourceKind.CAMERA   # a device node is never a file
    assert source_kind("rtsp://10.0.0.5/stream") is SourceKind.STREAM


def test_repeats_in_a_recording_are_merged_by_its_own_timestamps(video):
    reads, worker, statuses = play(video, repeat_window_s=1.0, pace=False)
    assert [(read.code.text, round(read.at, 2)) for read in reads] == [
        ("4589123000013", 0.0), ("4589123000013", 2.8), ("TOTE-0042", 3.4)]
    assert worker.frames_grabbed == FRAMES
    assert worker.frames_decoded == FRAMES   # a recording: no frame dropped for a newer one
    assert statuses[-1] is CameraStatus.STOPPED   # played to its end, not "disconnected"


def test_a_longer_window_merges_the_item_shown_again(video):
    reads, _, _ = play(video, repeat_window_s=1.5, pace=False)
    assert [read.code.text for read in reads] == ["4589123000013", "TOTE-0042"]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> bool:
        self.waits.append(seconds)
        self.now += seconds
        return False


def test_a_recording_is_released_at_its_own_frame_rate(video):
    clock = FakeClock()
    timing = FrameTiming(SourceKind.FILE, clock=clock, wait=clock.wait)
    capture = cv2.VideoCapture(str(video))
    stamps = []
    try:
        while True:
            ok, _ = capture.read()
            if not ok:
                break
            at = timing.stamp(capture)
            assert timing.until_due(at)
            stamps.append(at)
            clock.now += 0.01   # decoding takes 10 ms of the frame's 100 ms
    finally:
        capture.release()
    assert stamps == pytest.approx([index / FPS for index in range(FRAMES)])
    assert len(clock.waits) == FRAMES - 1
    assert clock.waits == pytest.approx([0.09] * (FRAMES - 1))
    assert clock.now == pytest.approx(1000.0 + (FRAMES - 1) / FPS + 0.01)


def test_a_paced_recording_through_the_worker_gives_the_same_reads_by_its_timestamps(
        tmp_path):
    path = tmp_path / "short.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 20.0, (640, 480))
    try:
        for sample, count in ((ITEM, 6), (None, 16), (ITEM, 6)):   # 1.4 s at 20 frames/s
            frame = frame_with([sample] if sample else [], 640, 480, seed=2)
            for _ in range(count):
                writer.write(cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR))
    finally:
        writer.release()
    reads, worker, _ = play(path, repeat_window_s=0.5, pace=True)
    assert [(read.code.text, round(read.at, 2)) for read in reads] == [
        ("4589123000013", 0.0), ("4589123000013", 1.1)]
    assert worker.frames_decoded == 28
