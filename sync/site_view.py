"""The site view for the supervisor screen: every station's figures from the hub's site
throughput (sync/hub/api_throughput.py), read back into the station's own `Throughput`
values, so the screen shows them with the same definitions (units/hour over working time) as
this station's own. Runs off the UI thread; problems come back as messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from station.messages import Message, msg
from station.metrics.compute import Throughput
from sync.client import HubAnswerError, HubClient, HubRefusedError, HubUnavailableError


@dataclass(frozen=True)
class HubAddress:
    url: str
    token: str
    site: str
    timeout_s: float = 10.0


@dataclass(frozen=True)
class SiteView:
    first: date
    last: date
    site: Throughput
    stations: tuple[Throughput, ...]


def fetch_site_view(address: HubAddress, first: date, last: date) -> SiteView:
    """Raises the client's errors (see `problem`)."""
    client = HubClient(address.url, address.token, address.site, timeout_s=address.timeout_s)
    try:
        return read_site_view(client.throughput(first.isoformat(), last.isoformat()))
    finally:
        client.close()


def read_site_view(answer: dict[str, Any]) -> SiteView:
    """The hub's JSON as values; an answer of another shape is a HubAnswerError."""
    try:
        query, figures = answer["query"], answer["range"]
        return SiteView(date.fromisoformat(query["first"]), date.fromisoformat(query["last"]),
                        _throughput(figures["site"]),
                        tuple(_throughput(row) for row in figures["stations"]))
    except (KeyError, TypeError, ValueError) as error:
        raise HubAnswerError(f"the site view is not as expected: {error!r}") from error


def _throughput(row: dict[str, Any]) -> Throughput:
    def pairs(key: str) -> tuple[Any, ...]:
        return tuple((first, int(second)) for first, second in row.get(key, ()))

    return Throughput(
        key=str(row["key"]), orders=int(row["orders"]), units=int(row["units"]),
        active_seconds=float(row["active_seconds"]), pack_times=pairs("pack_times"),
        wrong_scans=int(row.get("wrong_scans", 0)), exceptions=pairs("exceptions"),
        grades=pairs("grades"), dispositions=pairs("dispositions"),
        print_failures=int(row.get("print_failures", 0)))


def problem(error: BaseException) -> Message | None:
    """Why there is no site view, in words for the supervisor; None for an error that is
    not the hub's (a bug, to be shown as such)."""
    if isinstance(error, HubRefusedError) and error.status_code in {401, 403}:
        return msg("Site view", "The hub does not know this station, so it shows no site "
                   "view. Ask IT to register the station at the hub (python -m sync.hub "
                   "add-station) and set its token.")
    if isinstance(error, HubAnswerError):
        return msg("Site view", "The hub's answer made no sense: the site view is not shown.")
    if isinstance(error, HubUnavailableError):
        return msg("Site view", "The hub cannot be reached: the site view comes back when it "
                   "answers. This station's own figures are up to date.")
    if isinstance(error, HubRefusedError):
        return msg("Site view", "The hub refused the site view: {detail}", detail=error.detail)
    return None
