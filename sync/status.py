"""What the sync worker tells the status bar: whether the hub answered, and if not, which
problem it is, so the bar names the real one (a refused token is not a parked event, and
neither is an unreachable hub)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sync.client import HubAnswerError, HubRefusedError


class SyncProblem(enum.StrEnum):
    UNREACHABLE = "unreachable"         # no answer, 5xx, 408, 429: working locally
    TOKEN_REFUSED = "token_refused"     # 401: the token is unknown or revoked
    STATION_REFUSED = "station_refused" # 403: the station or its site is not this hub's
    REQUEST_REFUSED = "request_refused" # another 4xx for a whole request (a batch, a page)
    BAD_ANSWER = "bad_answer"           # a 200 that cannot be trusted (sync.answers)
    STATION_DATABASE = "station_database"  # this station's own database was busy or failed
    FAILED = "failed"                   # anything else (logged)


def problem_of(error: BaseException) -> SyncProblem:
    if isinstance(error, HubRefusedError):
        if error.status_code == 401:
            return SyncProblem.TOKEN_REFUSED
        if error.status_code == 403:
            return SyncProblem.STATION_REFUSED
        return SyncProblem.REQUEST_REFUSED
    if isinstance(error, HubAnswerError):
        return SyncProblem.BAD_ANSWER
    return SyncProblem.UNREACHABLE


@dataclass(frozen=True)
class SyncStatus:
    """What the status widget shows besides the backlog and the parked events (which it
    reads itself)."""

    online: bool | None = None          # None: not tried yet
    problem: SyncProblem | None = None  # the last round's, None after a good round
    last_error: str | None = None
    last_success_at: str | None = None
    pushed: int = 0
    rejected: int = 0                   # parked by this worker (rejected or conflict)
    photos_waiting: int = 0
    photo_problems: int = 0             # photos that cannot be sent (files.problems)

    @property
    def refused(self) -> bool:
        """The hub refuses this station itself (token or site): only a new configuration
        helps."""
        return self.problem in {SyncProblem.TOKEN_REFUSED, SyncProblem.STATION_REFUSED}
