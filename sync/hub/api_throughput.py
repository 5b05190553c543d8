"""The site's throughput: the supervisor figures over every station's synced events, with
the same metric definitions a station uses for its own journal (station.metrics)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any

import anyio
import anyio.to_thread
from fastapi import APIRouter, HTTPException, Path, Query, status

from station.messages import Message
from station.metrics.dashboard import DashboardQuery
from station.metrics.settings import MetricsSettings, Targets
from station.metrics.site_view import site_dashboard
from station.metrics.source import POSTGRES, SQLITE
from sync.hub.db import is_postgres
from sync.hub.deps import HubEngine, Station, same_site
from sync.hub.errors import encodable
from sync.hub.models import Site

router = APIRouter(prefix="/v1/sites/{site}", tags=["supervisor"])
MAX_DAYS = 31
# Days a supervisor can ask for: far enough apart for any real journal, and far enough from
# the calendar's ends that a site's midnight still converts to UTC (9999-12-31 in a zone
# behind UTC does not).
EARLIEST = date(1970, 1, 1)
LATEST = date(9998, 12, 31)
_PRINTABLE = r"^[^\x00-\x1f]*$"           # PostgreSQL refuses NUL in text


@router.get("/throughput")
async def throughput(site: Annotated[Site, Path()], who: Station, engine: HubEngine, *,
                     first: Annotated[date | None, Query(ge=EARLIEST, le=LATEST)] = None,
                     last: Annotated[date | None, Query(ge=EARLIEST, le=LATEST)] = None,
                     brand: Annotated[str | None,
                                      Query(max_length=40, pattern=_PRINTABLE)] = None,
                     ) -> dict[str, Any]:
    """Tiles, per-station and per-packer tables and the hourly trend for `first`..`last`
    (default today, at most 31 days), counted from every station of the site."""
    same_site(site, who)
    now = datetime.now(UTC)
    settings = MetricsSettings()
    today = now.astimezone(settings.zone).date()
    first = first or last or today
    last = last or first
    if last < first or last - first > timedelta(days=MAX_DAYS - 1):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            f"the range must be 1 to {MAX_DAYS} days, first <= last")

    def compute() -> dict[str, Any]:
        raw = engine.raw_connection()
        try:
            dashboard = site_dashboard(
                raw, "events", DashboardQuery(first, last, brand), now=now, settings=settings,
                targets=Targets(), site=site, dialect=POSTGRES if is_postgres(engine) else SQLITE)
        finally:
            raw.close()
        figures: dict[str, Any] = encodable(to_json(dashboard))
        return figures

    # One site view at a time per hub process: it reads many events, and must not take the
    # threads that stations' pushes and pulls need.
    return await anyio.to_thread.run_sync(compute, limiter=_site_view_limiter())


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
