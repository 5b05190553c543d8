"""Camera capture and decoding in a worker thread, reporting through callbacks.

One plain Python thread grabs frames; from a live camera only the newest frame is decoded (a
frame that arrived while the decoder was busy is stale and dropped); from a video file every
frame is, at the file's own frame rate. Each code is reported once: the same text read again
within `repeat_window_s` of the frame's time (the wall clock for a camera, the file's own
timestamps for a recording, see scanning.video) is merged with the first read. No camera, a
camera that disappears mid-shift and black frames are statuses, so the keyboard-wedge
scanner goes on."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

import numpy as np

from scanning.camera_settings import CameraSettings
from scanning.decoders import Decoded, Decoder, Frame
from scanning.pipeline import to_gray
from scanning.stills import to_scan
from scanning.video import FrameTiming, SourceKind, source_kind
from station.messages import Message, msg
from station.scans import Scan


class CameraStatus(StrEnum):
    STARTING = "starting"
    LIVE = "live"
    NO_CAMERA = "no_camera"
    DISCONNECTED = "disconnected"
    BLACK_FRAME = "black_frame"
    STOPPED = "stopped"


STATUS_TEXT: dict[CameraStatus, Message] = {
    CameraStatus.STARTING: msg("Camera", "Starting the camera..."),
    CameraStatus.LIVE: msg("Camera", "Camera on: hold the barcode in view."),
    CameraStatus.NO_CAMERA: msg("Camera", "No camera found. Scanning with the hand scanner "
                                "still works."),
    CameraStatus.DISCONNECTED: msg("Camera", "The camera was disconnected. Scanning with the "
                                   "hand scanner still works; reconnect it to use it again."),
    CameraStatus.BLACK_FRAME: msg("Camera", "The camera shows only black: remove the lens cover "
                                  "or check the light."),
    CameraStatus.STOPPED: msg("Camera", "Camera off."),
}


class FrameSource(Protocol):
    """What OpenCV's VideoCapture offers and tests fake: frames, or (False, None)."""

    def isOpened(self) -> bool: ...

    def read(self) -> tuple[bool, Any]: ...

    def release(self) -> None: ...

    def get(self, prop: int) -> float: ...


def open_opencv(settings: CameraSettings) -> FrameSource:
    import cv2

    device: int | str = int(settings.device) if settings.device.isdigit() else settings.device
    capture = cv2.VideoCapture(device)
    capture.set(cv2.CAP_PROP_FRAME_WIDTH, settings.width)
    capture.set(cv2.CAP_PROP_FRAME_HEIGHT, settings.height)
    capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
    return capture


@dataclass(frozen=True)
class CameraRead:
    """A new code; `at` is the time of its frame in seconds (a file's own timestamp)."""

    scan: Scan
    code: Decoded
    at: float = 0.0


class RepeatFilter:
    """Merges repeat reads of the same text: a code is new again only after it has been out of
    view for `window_s` seconds."""

    def __init__(self, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._window = window_s
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    def is_new(self, text: str, now: float | None = None) -> bool:
        """Whether `text` seen at `now` (the frame's time; the clock when not given) is a
        new read."""
        if now is None:
            now = self._clock()
        last = self._last_seen.get(text)
        self._last_seen[text] = now
        for key, seen in list(self._last_seen.items()):
            if now - seen > self._window:
                del self._last_seen[key]
        return last is None or now - last > self._window


class CameraWorker:
    """Runs capture and decoding until `stop()`. Callbacks are called from the worker threads:
    `on_read(CameraRead)` once per new code, `on_status(CameraStatus)` on every change and
    `on_frame(frame, codes)` for the preview (BGR frame, codes found in it)."""

    def __init__(self, open_source: Callable[[], FrameSource], decoder: Decoder,
                 settings: CameraSettings, *,
                 on_read: Callable[[CameraRead], None],
                 on_status: Callable[[CameraStatus], None],
                 on_frame: Callable[[Frame, list[Decoded]], None] | None = None) -> None:
        self._open_source = open_source
        self._decoder = decoder
        self._settings = settings
        self._on_read = on_read
        self._on_status = on_status
        self._on_frame = on_frame
        self._repeats = RepeatFilter(settings.repeat_window_s)
        self._stop = threading.Event()
        self._latest: tuple[Frame, float] | None = None
        self._ended = False
        self._frame_ready = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._capture_thread: threading.Thread | None = None
        self.status = CameraStatus.STOPPED
        self._last_frame: Frame | None = None
        self.frames_grabbed = 0
        self.frames_decoded = 0

    def start(self) -> None:
        self._stop.clear()
        self._ended = False
        self._capture_thread = threading.Thread(target=self._capture, name="camera-capture",
                                                daemon=True)
        self._threads = [self._capture_thread,
                         threading.Thread(target=self._decode, name="camera-decode",
                                          daemon=True)]
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        with self._frame_ready:
            self._frame_ready.notify_all()
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []

    def snapshot(self) -> Frame | None:
        """The newest frame grabbed (for the box-contents photo), or None."""
        frame = self._last_frame
        return None if frame is None else frame.copy()

    @property
    def running(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def _set_status(self, status: CameraStatus) -> None:
        if status is not self.status:
            self.status = status
            self._on_status(status)

    def _capture(self) -> None:
        """Open the camera and grab until stopped; when it cannot be opened or goes away,
        try again every `reconnect_s` seconds, so a re-plugged camera comes back by itself.
        A video file that has played to its end is not opened again: the camera stops."""
        self._set_status(CameraStatus.STARTING)
        try:
            while not self._stop.is_set():
                if self._capture_once():
                    self._ended = True   # the decoder says STOPPED after the last frame
                    break
                if self._settings.reconnect_s <= 0:
                    break
                self._stop.wait(self._settings.reconnect_s)
        finally:
            with self._frame_ready:
                self._frame_ready.notify_all()

    def _capture_once(self) -> bool:
        """Grab from one opening of the source; True when a video file played to its end."""
        lost = (CameraStatus.DISCONNECTED if self.status is CameraStatus.DISCONNECTED
                else CameraStatus.NO_CAMERA)
        try:
            source = self._open_source()
        except Exception:  # any driver failure means: no camera
            self._set_status(lost)
            return False
        try:
            if not source.isOpened():
                self._set_status(lost)
                return False
            timing = FrameTiming(source_kind(self._settings.device), pace=self._settings.pace,
                                 wait=self._stop.wait)
            return self._grab_until_stopped(source, timing)
        finally:
            source.release()

    def _grab_until_stopped(self, source: FrameSource, timing: FrameTiming) -> bool:
        failures = 0
        frames = 0
        while not self._stop.is_set():
            ok, frame = source.read()
            if not ok or frame is None:
                if timing.kind is SourceKind.FILE and frames:
                    return True   # the end of the recording
                failures += 1
                if failures >= self._settings.failed_reads_before_disconnect:
                    self._set_status(CameraStatus.DISCONNECTED)
                    return False
                time.sleep(0.01)
                continue
            failures = 0
            frames += 1
            at = timing.stamp(source)
            if not timing.until_due(at):
                return False
            self.frames_grabbed += 1
            self._last_frame = frame
            with self._frame_ready:
                while timing.recorded and self._latest is not None and not self._stop.is_set():
                    self._frame_ready.wait(0.1)   # a recording: every frame is decoded
                self._latest = (frame, at)
                self._frame_ready.notify_all()
        return False

    def _decode(self) -> None:
        while not self._stop.is_set():
            with self._frame_ready:
                while self._latest is None and not self._stop.is_set():
                    capture = self._capture_thread
                    if capture is None or not capture.is_alive():
                        if self._ended:
                            self._set_status(CameraStatus.STOPPED)
                        return
                    self._frame_ready.wait(0.1)
                latest, self._latest = self._latest, None
                self._frame_ready.notify_all()
            if latest is None:
                return
            self._decode_one(*latest)

    def _decode_one(self, frame: Frame, at: float) -> None:
        gray = to_gray(frame)
        if float(np.mean(gray)) < self._settings.black_level:
            self._set_status(CameraStatus.BLACK_FRAME)
            if self._on_frame:
                self._on_frame(frame, [])
            return
        self._set_status(CameraStatus.LIVE)
        codes = self._decoder.decode(gray)
        self.frames_decoded += 1
        if self._on_frame:
            self._on_frame(frame, codes)
        for code in codes:
            if self._repeats.is_new(code.text, at):
                self._on_read(CameraRead(to_scan(code), code, at))
