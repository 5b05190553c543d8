"""Capturing a box's weight: it is captured once its reading has been stable, within a small
band, for a set time, judged from the readings' own timestamps. One capture per box: the
next needs the scale emptied, or a new weight that settles elsewhere (an item added)."""

from __future__ import annotations

from dataclasses import dataclass

from scanning.scale.readings import Reading, ScaleStatus


@dataclass(frozen=True)
class Captured:
    grams: int
    ts: float      # the reading that completed the stable time
    since: float   # when the weight settled


class StabilityCapture:
    def __init__(self, stable_s: float = 0.8, band_g: int = 2, min_g: int = 10) -> None:
        self.stable_s = stable_s
        self.band_g = band_g
        self.min_g = min_g
        self._since: float | None = None
        self._settled_at = 0
        self._captured: int | None = None

    def feed(self, reading: Reading) -> Captured | None:
        """The captured weight if `reading` completes one, else None. Anything that is not a
        stable weight (moving, overload, below zero, silence, an error) restarts the wait."""
        grams = reading.grams
        if reading.status is not ScaleStatus.STABLE or grams is None:
            self._since = None
            if reading.status in {ScaleStatus.DISCONNECTED, ScaleStatus.NEGATIVE}:
                self._captured = None
            return None
        if grams < self.min_g:
            self._since = None
            self._captured = None  # emptied: the next box is a new capture
            return None
        if self._since is None or abs(grams - self._settled_at) > self.band_g:
            self._since, self._settled_at = reading.ts, grams
        if reading.ts - self._since < self.stable_s:
            return None
        if self._captured is not None and abs(grams - self._captured) <= self.band_g:
            return None
        self._captured = grams
        return Captured(grams, reading.ts, self._since)
