"""Reading the hub's answer to a push, failing closed: an event counts as delivered only when
the answer names ITS id with `applied` or `duplicate`. Anything else in a 200 answer (another
status, a result missing or extra, a repeated id, a body of the wrong shape) means the answer
cannot be trusted, so nothing of it is recorded and the worker backs off."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sync.client import HubAnswerError


class Outcome(enum.StrEnum):
    """What the hub did with one event (`status` on the wire)."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"           # the hub will never apply it: parked with the reason
    CONFLICT = "conflict"           # it contradicts what the hub holds: parked with the reason

    @property
    def delivered(self) -> bool:
        return self in {Outcome.APPLIED, Outcome.DUPLICATE}


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    reason: str


def read_push_answer(sent: Sequence[str], answer: Any) -> dict[str, Verdict]:
    """One verdict for every id sent, or HubAnswerError saying what was wrong."""
    results = answer.get("results") if isinstance(answer, Mapping) else None
    if not isinstance(results, list):
        raise HubAnswerError("the hub's answer has no list of results")
    expected = set(sent)
    verdicts: dict[str, Verdict] = {}
    for result in results:
        event_id, verdict = _read_result(result)
        if event_id not in expected:
            raise HubAnswerError(f"the hub answered for an event not sent: {event_id[:80]!r}")
        if event_id in verdicts:
            raise HubAnswerError(f"the hub answered twice for event {event_id}")
        verdicts[event_id] = verdict
    if len(verdicts) < len(expected):
        raise HubAnswerError(
            f"the hub did not answer for {len(expected) - len(verdicts)} of {len(expected)}"
            " events")
    return verdicts


def _read_result(result: Any) -> tuple[str, Verdict]:
    if not isinstance(result, Mapping):
        raise HubAnswerError("a result in the hub's answer is not an object")
    event_id, status, reason = result.get("id"), result.get("status"), result.get("reason")
    if not isinstance(event_id, str):
        raise HubAnswerError("a result in the hub's answer has no event id")
    try:
        outcome = Outcome(str(status))
    except ValueError:
        raise HubAnswerError(
            f"the hub answered {str(status)[:40]!r} for event {event_id[:80]}") from None
    if reason is not None and not isinstance(reason, str):
        raise HubAnswerError(f"the reason for event {event_id[:80]} is not text")
    return event_id, Verdict(outcome, reason or "")
