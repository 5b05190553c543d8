"""The site's throughput: the supervisor figures over every station's synced events, with
the same metric definitions a station uses for its own journal (station.metrics).

The figures come from the hourly aggregate ingest keeps (sync/hub/site_figures.py). A hub
counts the raw events instead (the reference, 40-90 times slower on a busy site, measured by
bench/bench_site_view_aggregate.py) when `app.state.site_view` is "raw" (benchmarks,
comparisons) or when asked for another idle threshold than the aggregate counted with."""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any

import anyio
import anyio.to_thread
from fastapi import APIRouter, Path, Query, Request
from pydantic import BeforeValidator
from sqlalchemy import Engine

from station.limits import Site
from station.messages import Message
from station.metrics.dashboard import Dashboard, DashboardQuery, build
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.site_view import site_dashboard
from station.metrics.source import POSTGRES, SQLITE
from sync.hub.db import is_postgres
from sync.hub.deps import HubEngine, Station, same_site
from sync.hub.errors import encodable
from sync.hub.site_figures import AggregateFigures
from sync.hub.site_metrics import IDLE_MS

router = APIRouter(prefix="/v1/sites/{site}", tags=["supervisor"])
MAX_DAYS = 31
# Days a supervisor can ask for: far enough apart for any real journal, and far enough from
# the calendar's ends that a site's midnight still converts to UTC (9999-12-31 in a zone
# behind UTC does not).
EARLIEST = date(1970, 1, 1)
LATEST = date(9998, 12, 31)
# The same bound as a pattern in the OpenAPI description, so clients (and schemathesis) know.
_DAY = re.compile(r"^(19[7-9][0-9]|[2-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])"
                  r"-[0-9]{2}-[0-9]{2}$")


def _written_as_a_day(value: object) -> object:
    """Only YYYY-MM-DD (pydantic alone also reads `0` as a Unix time, 1970-01-01)."""
    if isinstance(value, str) and not _DAY.match(value):
        raise ValueError(f"a day is written YYYY-MM-DD, from {EARLIEST} to {LATEST}")
    return value


Day = Annotated[date | None, BeforeValidator(_written_as_a_day),
                Query(ge=EARLIEST, le=LATEST, description=f"A day from {EARLIEST} to {LATEST}.",
                      json_schema_extra={"pattern": _DAY.pattern})]
_PRINTABLE = r"^[^\x00-\x1f]*$"           # PostgreSQL refuses NUL in text


@router.get("/throughput")
async def throughput(site: Annotated[Site, Path()], who: Station, engine: HubEngine,
                     request: Request, *,
                     first: Day = None, last: Day = None,
                     brand: Annotated[str | None,
                                      Query(max_length=40, pattern=_PRINTABLE)] = None,
                     ) -> dict[str, Any]:
    """Tiles, per-station and per-packer tables and the hourly trend for the days from
    `first` to `last` (default today), counted from every station of the site. At most 31
    days are counted: a longer range answers for the 31 days from the earlier of the two,
    and `query` in the answer says which days were counted."""
    same_site(site, who)
    now = datetime.now(UTC)
    settings = MetricsSettings()
    today = now.astimezone(settings.zone).date()
    first, last = counted_days(first, last, today)

    query = DashboardQuery(first, last, brand)
    from_aggregate = (getattr(request.app.state, "site_view", "aggregate") != "raw"
                      and round(settings.idle_gap.total_seconds() * 1000) == IDLE_MS)

    def compute() -> dict[str, Any]:
        if from_aggregate:
            with engine.connect() as conn:
                dashboard = build(AggregateFigures(conn, site, settings.zone), query, now=now,
                                  settings=settings, targets=Targets())
        else:
            dashboard = _from_raw_events(engine, site, query, now, settings)
        figures: dict[str, Any] = encodable(to_json(dashboard))
        return figures

    # One site view at a time per hub process: it reads many events, and must not take the
    # threads that stations' pushes and pulls need.
    return await anyio.to_thread.run_sync(compute, limiter=_site_view_limiter())


def _from_raw_events(engine: Engine, site: str, query: DashboardQuery, now: datetime,
                     settings: MetricsSettings) -> Dashboard:
    raw = engine.raw_connection()
    try:
        return site_dashboard(raw, "events", query, now=now, settings=settings,
                              targets=Targets(), site=site,
                              dialect=POSTGRES if is_postgres(engine) else SQLITE)
    finally:
        raw.close()


def counted_days(first: date | None, last: date | None, today: date) -> tuple[date, date]:
    """The days the answer counts: in order, at most MAX_DAYS of them."""
    first = first or last or today
    last = last or first
    first, last = min(first, last), max(first, last)
    return first, min(last, first + timedelta(days=MAX_DAYS - 1))


_LIMITER: list[anyio.CapacityLimiter] = []


def _site_view_limiter() -> anyio.CapacityLimiter:
    if not _LIMITER:
        _LIMITER.append(anyio.CapacityLimiter(1))
    return _LIMITER[0]


def to_json(value: Any) -> Any:
    """Plain JSON from the dashboard's frozen dataclasses (messages in English)."""
    if isinstance(value, Message):
        return value.render()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json(item) for item in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    return value
