"""Scale protocols as pure functions: one line (or HID report) in, one `Reading` out.

- A&D standard format, a continuous stream: `ST,+0000.634 kg` (stable), `US,` (unstable),
  `OL,` (overload); `QT,` (counting mode) is not a weight.
- Mettler Toledo MT-SICS, polled with `SI` (or `S`): `S S     0.634 kg` (stable), `S D`
  (dynamic), `S +` / `S -` (over / under range), `S I` (not executable now), and the general
  errors `ES` (syntax), `ET` (transmission), `EL` (logical). `T` and `Z` answer `T S ...` /
  `Z A` when done.
- CAS-style stream: `ST,GS,+  0.634kg` (state, gross/net, weight with its unit).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from scanning.scale.readings import (
    Reading,
    ScaleStatus,
    error,
    negative,
    overload,
    unreadable,
    weight,
)
from station.messages import Message, msg
from station.scans import ScaleCommand

# Sign, digits with a decimal point (padded with spaces or zeros), unit: "+0000.634 kg".
_WEIGHT = re.compile(r"^(?P<sign>[+-]?)\s*(?P<number>\d[\d.]*|\.\d+)\s*(?P<unit>[A-Za-z]+)$")
_ACK = "\x06"  # A&D answers a command with ACK when its AK setting is on


def _weight_field(status: ScaleStatus, data: str, ts: float, raw: str) -> Reading:
    found = _WEIGHT.match(data.strip())
    if found is None:
        return unreadable(ts, raw)
    return weight(status, ts, found["sign"] + found["number"], found["unit"], raw)


def parse_ad(line: str, ts: float) -> Reading:
    """One line of A&D's standard format."""
    text = line.replace(_ACK, "").strip()
    head, _, data = text.partition(",")
    if head == "OL":
        return overload(ts, line)
    if head == "QT":
        return error(ts, line, msg("Scale", "The scale is counting pieces: switch it to weight."))
    status = {"ST": ScaleStatus.STABLE, "US": ScaleStatus.UNSTABLE}.get(head)
    if status is None:
        return unreadable(ts, line)
    return _weight_field(status, data, ts, line)


def parse_cas(line: str, ts: float) -> Reading:
    """One line of a CAS-style stream: `ST|US|OL`, then `GS|NT` (gross/net), then the weight."""
    parts = line.strip().split(",")
    head = parts[0].strip()
    if head == "OL":
        return overload(ts, line)
    status = {"ST": ScaleStatus.STABLE, "US": ScaleStatus.UNSTABLE}.get(head)
    if status is None or len(parts) < 2:
        return unreadable(ts, line)
    return _weight_field(status, parts[-1], ts, line)


_MT_ERRORS: dict[str, Message] = {
    "ES": msg("Scale", "The scale did not understand the command (MT-SICS ES)."),
    "ET": msg("Scale", "The scale received a garbled command (MT-SICS ET): check the cable "
                       "and the port settings."),
    "EL": msg("Scale", "The scale cannot do that now (MT-SICS EL)."),
}


def parse_mt_sics(line: str, ts: float) -> Reading:
    """One answer to MT-SICS `S` or `SI`."""
    tokens = line.split()
    if not tokens:
        return unreadable(ts, line)
    if tokens[0] in _MT_ERRORS:
        return error(ts, line, _MT_ERRORS[tokens[0]])
    if tokens[0] != "S" or len(tokens) < 2:
        return unreadable(ts, line)
    state = tokens[1]
    if state == "+":
        return overload(ts, line)
    if state == "-":
        return negative(ts, line)
    if state == "I":
        return error(ts, line, msg("Scale", "The scale is busy and gave no weight (MT-SICS S I)."))
    status = {"S": ScaleStatus.STABLE, "D": ScaleStatus.UNSTABLE}.get(state)
    if status is None or len(tokens) < 3:
        return unreadable(ts, line)
    return _weight_field(status, " ".join(tokens[2:]), ts, line)


@dataclass(frozen=True)
class Reply:
    """A scale's answer to a command: `problem` is None when it was done."""

    problem: Message | None = None


def mt_sics_reply(line: str) -> Reply | None:
    """What an answer to MT-SICS `T` or `Z` says, or None when the line is not such an
    answer (a weight that was already on its way)."""
    tokens = line.split()
    if not tokens or tokens[0] not in {"T", "Z", *_MT_ERRORS}:
        return None
    if tokens[0] in _MT_ERRORS:
        return Reply(_MT_ERRORS[tokens[0]])
    state = tokens[1] if len(tokens) > 1 else ""
    if state in {"S", "A"}:
        return Reply()
    if state == "I":
        return Reply(msg("Scale", "The scale could not do it now: wait until it is steady and "
                                  "try again."))
    return Reply(msg("Scale", "The scale refused: the weight is out of its range."))


@dataclass(frozen=True)
class LineProtocol:
    """How to talk to one kind of serial scale: the parser, what to send for each reading
    (None for a scale that streams), the bytes of each command, and how it answers them
    (None when it does not)."""

    name: str
    parse: Callable[[str, float], Reading]
    poll: bytes | None = None
    commands: Mapping[ScaleCommand, bytes] = field(default_factory=dict)
    reply: Callable[[str], Reply | None] | None = None


_TARE_ZERO = {ScaleCommand.TARE: b"T\r\n", ScaleCommand.ZERO: b"Z\r\n"}
PROTOCOLS: dict[str, LineProtocol] = {
    "ad": LineProtocol("ad", parse_ad, commands=_TARE_ZERO),
    "mt-sics": LineProtocol("mt-sics", parse_mt_sics, poll=b"SI\r\n", commands=_TARE_ZERO,
                            reply=mt_sics_reply),
    "cas": LineProtocol("cas", parse_cas, commands=_TARE_ZERO),
}
