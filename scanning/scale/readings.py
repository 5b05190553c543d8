"""What a scale says, as values: a status a person can act on and, only when it is a real
weight, that weight in grams. Nothing here talks to a device."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from station.messages import Message, msg


class ScaleStatus(StrEnum):
    STABLE = "stable"
    UNSTABLE = "unstable"          # moving: shown, never captured
    OVERLOAD = "overload"
    NEGATIVE = "negative"          # below zero: zero or tare the scale
    ERROR = "error"                # the scale answered with an error or an unreadable line
    NO_DATA = "no_data"            # connected, but nothing arrived in time
    DISCONNECTED = "disconnected"  # the port could not be opened or went away


# Weight units a scale may report, in grams (exact; the pound and ounce are defined ones).
GRAMS_PER_UNIT: dict[str, Decimal] = {
    "mg": Decimal("0.001"), "g": Decimal(1), "kg": Decimal(1000), "t": Decimal(1_000_000),
    "ct": Decimal("0.2"), "oz": Decimal("28.349523125"), "lb": Decimal("453.59237"),
}
_UNIT_ALIASES = {"lbs": "lb", "gr": "g", "kgs": "kg"}


@dataclass(frozen=True)
class Reading:
    """One report from a scale. `grams` is set for STABLE and UNSTABLE readings only, so a
    status that is not a weight can never be taken for one. `ts` is when it arrived
    (monotonic seconds); stability is judged from these, not from sleeping."""

    status: ScaleStatus
    ts: float
    grams: int | None = None
    raw: str = ""
    problem: Message | None = None

    @property
    def is_weight(self) -> bool:
        return self.grams is not None


def weight(status: ScaleStatus, ts: float, value: str, unit: str, raw: str) -> Reading:
    """A weight reading from the text of a number and a unit; a negative weight becomes
    NEGATIVE (no grams) and an unknown unit or number an ERROR."""
    grams = to_grams(value, unit)
    if grams is None:
        return Reading(ScaleStatus.ERROR, ts, raw=raw, problem=msg(
            "Scale", "The scale sent a weight that cannot be read: {raw}", raw=raw.strip()))
    if grams < 0:
        return negative(ts, raw)
    return Reading(status, ts, grams, raw)


def to_grams(value: str, unit: str) -> int | None:
    """`value` in `unit` as whole grams (half up), or None if either is not understood."""
    factor = GRAMS_PER_UNIT.get(_UNIT_ALIASES.get(unit.lower(), unit.lower()))
    try:
        number = Decimal(value.replace(" ", ""))
    except InvalidOperation:
        return None
    if factor is None or not number.is_finite():
        return None
    grams = (number * factor).to_integral_value(ROUND_HALF_UP)
    return int(grams) if abs(grams) < 10**9 else None


def negative(ts: float, raw: str = "") -> Reading:
    return Reading(ScaleStatus.NEGATIVE, ts, raw=raw, problem=msg(
        "Scale", "The scale reads below zero: empty it and scan ZERO."))


def overload(ts: float, raw: str = "") -> Reading:
    return Reading(ScaleStatus.OVERLOAD, ts, raw=raw, problem=msg(
        "Scale", "The scale is overloaded: take the weight off."))


def error(ts: float, raw: str, problem: Message) -> Reading:
    return Reading(ScaleStatus.ERROR, ts, raw=raw, problem=problem)


def unreadable(ts: float, raw: str) -> Reading:
    return error(ts, raw, msg("Scale", "The scale sent a line that cannot be read: {raw}",
                              raw=raw.strip()[:40]))
