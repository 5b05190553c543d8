"""`python -m scanning scale read`: the first stable weight from a scale, in grams."""

from __future__ import annotations

import time
from collections.abc import Callable

from scanning.scale.reader import ScaleReader, ScaleUnavailableError, open_scale
from scanning.scale.readings import Reading, ScaleStatus
from scanning.scale.settings import ScaleSettings
from station.messages import Message, catalogue, msg


def first_stable(reader: ScaleReader, timeout_s: float,
                 clock: Callable[[], float] = time.monotonic) -> Reading | Message:
    """The first stable weight within `timeout_s`, or why there was none."""
    deadline = clock() + timeout_s
    last: Reading | None = None
    while clock() < deadline:
        last = reader.read()
        if last.status is ScaleStatus.STABLE and last.grams is not None:
            return last
        if last.status is ScaleStatus.DISCONNECTED:
            break
    if last is None:
        return msg("Scale", "No reading within {seconds} s.", seconds=f"{timeout_s:g}")
    if last.status is ScaleStatus.UNSTABLE:
        return msg("Scale", "The weight did not settle within {seconds} s (last {grams} g, "
                            "moving).", seconds=f"{timeout_s:g}", grams=last.grams)
    return last.problem or msg("Scale", "No stable weight within {seconds} s.",
                               seconds=f"{timeout_s:g}")


def read_command(port: str, protocol: str, timeout_s: float, baudrate: int,
                 language: str = "en") -> tuple[int, str]:
    """Exit code and the line to print."""
    words = catalogue(language)
    settings = ScaleSettings(protocol=protocol, port=port, baudrate=baudrate,
                             silence_s=min(3.0, timeout_s))
    try:
        reader = open_scale(settings)
    except ScaleUnavailableError as problem:
        return 1, words.render(problem.message)
    try:
        result = first_stable(reader, timeout_s)
    finally:
        reader.close()
    if isinstance(result, Message):
        return 1, words.render(result)
    return 0, f"{result.grams} g"
