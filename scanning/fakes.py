"""A scripted camera implementing OpenCV's VideoCapture surface, for the demo and the tests:
it plays a list of frames, then either keeps showing the last one or disappears."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Any

from scanning.decoders import Frame


class ScriptedCamera:
    def __init__(self, frames: Sequence[Frame], *, opened: bool = True, loop: bool = False,
                 disappear_after: int | None = None, fps: float = 60.0) -> None:
        self._frames = list(frames)
        self._opened = opened
        self._loop = loop
        self._disappear_after = disappear_after
        self._interval = 1.0 / fps
        self._lock = threading.Lock()
        self.reads = 0
        self.released = False

    def isOpened(self) -> bool:
        return self._opened

    def read(self) -> tuple[bool, Any]:
        time.sleep(self._interval)
        with self._lock:
            index = self.reads
            self.reads += 1
        if self._disappear_after is not None and index >= self._disappear_after:
            return False, None
        if not self._frames:
            return False, None
        if index >= len(self._frames):
            if not self._loop and self._disappear_after is None:
                return True, self._frames[-1]
            index %= len(self._frames)
        return True, self._frames[index]

    def release(self) -> None:
        self.released = True

    def get(self, prop: int) -> float:
        """A live camera has no timestamps of its own (OpenCV answers 0)."""
        return 0.0
