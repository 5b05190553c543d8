"""`python -m sync.hub serve`: in every hub process (one, or each of `--workers N`) the API
and a webhook worker side by side. The worker starts with the app (its lifespan) and stops
with it, so delivery scales with the processes, never runs in a request, and a process that
dies takes only its in-flight deliveries with it: their leases run out and another worker,
or the restarted process, sends them again (`sync.hub.webhooks`).

uvicorn starts each worker process from `app_from_environment`, so everything a worker needs
travels in environment variables, written by `environment()`."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from sync.hub.app import create_app
from sync.hub.webhooks import DeliveryPolicy, WebhookWorker, use_policy

DB_ENVIRONMENT = "PACKSTATION_HUB_DB"
_PREFIX = "PACKSTATION_HUB_WEBHOOK_"
PRIVATE_ENVIRONMENT = "PACKSTATION_HUB_ALLOW_PRIVATE_WEBHOOKS"
# Policy fields given in seconds, by the suffix of their variable.
_SECONDS = {"FIRST_RETRY_S": "first_retry", "LONGEST_WAIT_S": "longest_wait",
            "RETRY_WINDOW_S": "retry_window", "LEASE_S": "lease"}
_FLOATS = {"TIMEOUT_S": "timeout_s", "INTERVAL_S": "interval_s"}
_INTEGERS = {"PARALLEL": "parallel"}


def serving_app(engine: Engine, policy: DeliveryPolicy) -> FastAPI:
    """The hub's app with webhook delivery running for as long as it serves."""
    app = create_app(engine)
    use_policy(app, policy)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        worker = WebhookWorker(engine, policy).start()
        try:
            yield
        finally:
            await run_in_threadpool(worker.stop)

    app.router.lifespan_context = lifespan
    return app


def environment(db: str, policy: DeliveryPolicy) -> dict[str, str]:
    """The variables `app_from_environment` reads back."""
    values = {DB_ENVIRONMENT: db, PRIVATE_ENVIRONMENT: "1" if policy.private_urls else "0"}
    for suffix, name in _SECONDS.items():
        wait: timedelta = getattr(policy, name)
        values[_PREFIX + suffix] = repr(wait.total_seconds())
    for suffix, name in (_FLOATS | _INTEGERS).items():
        values[_PREFIX + suffix] = repr(getattr(policy, name))
    return values


def policy_from(environ: Mapping[str, str]) -> DeliveryPolicy:
    fields: dict[str, object] = {"private_urls": environ.get(PRIVATE_ENVIRONMENT) == "1"}
    for suffix, name in _SECONDS.items():
        if _PREFIX + suffix in environ:
            fields[name] = timedelta(seconds=float(environ[_PREFIX + suffix]))
    for suffix, name in _FLOATS.items():
        if _PREFIX + suffix in environ:
            fields[name] = float(environ[_PREFIX + suffix])
    for suffix, name in _INTEGERS.items():
        if _PREFIX + suffix in environ:
            fields[name] = int(environ[_PREFIX + suffix])
    return DeliveryPolicy(**fields)  # type: ignore[arg-type]


def app_from_environment() -> FastAPI:
    """The factory uvicorn calls in each worker process."""
    from sync.hub.db import open_hub_db

    return serving_app(open_hub_db(os.environ[DB_ENVIRONMENT], create=False),
                       policy_from(os.environ))


def serve(db: str, policy: DeliveryPolicy, host: str, port: int, workers: int) -> None:
    """Run until stopped: `workers` processes, each serving the API and delivering."""
    import uvicorn

    os.environ.update(environment(db, policy))
    uvicorn.run("sync.hub.serving:app_from_environment", factory=True, host=host, port=port,
                workers=workers, log_level="warning")
