"""Time as a collaborator, so rules about idle sign-out, expiry and throughput are testable.

Two clocks: `now()` is the wall clock, for what is recorded (event times, "today");
`monotonic()` only ever moves forward, for how long something has waited (print retries, idle
sign-out). The wall clock can be stepped back (NTP, a wrong time set by hand, a daylight
saving mistake); a wait measured on it would then last hours too long."""

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes back. Only differences mean anything."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock tests move by hand: `advance()` lets time pass on both clocks; `set()` and
    `step_wall()` change only the wall clock, as a clock change does."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, **delta: float) -> None:
        step = timedelta(**delta)
        self._now += step
        self._monotonic += step.total_seconds()

    def set(self, when: datetime) -> None:
        self._now = when

    def step_wall(self, **delta: float) -> None:
        self._now += timedelta(**delta)



def iso(ts: datetime) -> str:
    """Timestamps are stored as UTC ISO-8601 with milliseconds: sortable as text."""
    return ts.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)

