"""The `[hub]` settings section: where the hub is and how the worker paces itself."""

from __future__ import annotations

from dataclasses import dataclass

from station.settings import Duration, Positive


@dataclass(frozen=True)
class HubSettings:
    url: str = ""               # empty: start the embedded hub in-process
    token: str = ""             # the station's bearer token (python -m sync.hub add-station)
    batch_size: Positive = 500       # events per push
    feed_page: Positive = 500        # feed records per pull request
    push_interval_s: Duration = 1.0
    pull_interval_s: Duration = 5.0
    backoff_base_s: Duration = 0.5
    backoff_max_s: Duration = 60.0
    timeout_s: Duration = 10.0
    file_batch: Positive = 10        # photos uploaded per round, between pushes and pulls
