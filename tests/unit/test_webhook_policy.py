"""The webhook delivery policy: its checks, its backoff, and the way it reaches every
`serve --workers N` process (environment variables written by the parent)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sync.hub import serving
from sync.hub.webhooks import DeliveryPolicy, backoff


def test_a_lease_must_outlast_the_http_timeout():
    with pytest.raises(ValueError, match="longer than the HTTP timeout"):
        DeliveryPolicy(lease=timedelta(seconds=10), timeout_s=10)


def test_the_backoff_doubles_from_the_first_retry_to_the_longest_wait():
    fast = DeliveryPolicy(first_retry=timedelta(seconds=0.05),
                          longest_wait=timedelta(seconds=0.2))
    assert [fast.backoff(n).total_seconds() for n in (1, 2, 3, 4, 9)] == [
        0.05, 0.1, 0.2, 0.2, 0.2]
    assert backoff(3) == DeliveryPolicy().backoff(3) == timedelta(minutes=2)


def test_every_worker_process_gets_the_policy_the_parent_was_given():
    policy = DeliveryPolicy(first_retry=timedelta(seconds=0.05),
                            longest_wait=timedelta(seconds=0.2),
                            retry_window=timedelta(hours=1), lease=timedelta(seconds=3),
                            timeout_s=2, interval_s=0.02, parallel=3, private_urls=True)
    environ = serving.environment("postgresql://hub@db/hub", policy)
    assert environ[serving.DB_ENVIRONMENT] == "postgresql://hub@db/hub"
    assert serving.policy_from(environ) == policy
    assert serving.policy_from({}) == DeliveryPolicy()
