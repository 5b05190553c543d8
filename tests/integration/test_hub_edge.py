"""The hub's HTTP edge: the site throughput never answers 5xx whatever the stored events or
the query hold, the station token is checked before a byte of the body is read, and an
answer that echoes a lone surrogate is still written."""

from __future__ import annotations

import asyncio
import itertools
import json
import uuid
from datetime import UTC, datetime

import httpx
import pytest

from station.clock import FixedClock
from station.events.pack import OrderOpened, OrderPacked
from sync.hub import site_metrics
from sync.hub.app import create_app
from sync.hub.schema import events
from tests import sync_support
from tests.integration.test_sync_roundtrip import pack_one_order
from tests.sync_support import SITE, station, worker_for

hub = sync_support.hub
postgres = sync_support.postgres
sqlite_hub = sync_support.sqlite_hub


_SEQ = itertools.count(1)


def stored(hub, ts: str, payload: str, *, type_: str = OrderPacked.TYPE,
           subject: str = "ORD-BAD") -> None:
    """An event as the hub's table may hold it from before events were validated."""
    with hub.engine.begin() as conn:
        conn.execute(events.insert().values(
            id=str(uuid.uuid4()), seq=next(_SEQ), ts=ts, station="OLD-01", user="P-1001",
            type=type_,
            subject=subject, payload=payload, site=SITE, received_at=datetime.now(UTC)))


def throughput(hub, token: str, query: str = "") -> httpx.Response:
    return httpx.get(f"{hub.url}/v1/sites/{SITE}/throughput{query}",
                     headers={"Authorization": f"Bearer {token}"}, timeout=30)


def test_malformed_stored_events_are_left_out_not_a_server_error(hub, tmp_path):
    now = datetime.now(UTC).replace(microsecond=0)
    core = station(tmp_path, clock=FixedClock(now))
    units = pack_one_order(core).units
    worker = worker_for(core, hub)
    assert worker.drain() > 0
    worker.stop()
    core.close()
    token = hub.token_for("SUP-VIEW")
    good = throughput(hub, token)
    assert good.status_code == 200, good.text
    day = now.isoformat()[:10]
    for ts in (f"{day}Tgarbage", f"{day}T25:00:00+00:00", f"{day}T09:00:00"):   # last: naive
        stored(hub, ts, json.dumps({"order_id": "ORD-BAD", "units": 1}))
    when = now.isoformat()
    for units_text in ("NaN", "Infinity", "-Infinity", '"abc"', "true", "1.5", "{}"):
        stored(hub, when, '{"order_id": "ORD-BAD", "units": ' + units_text + "}")
    stored(hub, when, "{not json")
    stored(hub, when, '{"order_id": "ORD-BAD", "brand": "\\ud800"}', type_=OrderOpened.TYPE)
    stored(hub, when, '["a list"]', type_=OrderOpened.TYPE)
    # Events stored before validation are counted as the upgrade to the aggregate counts
    # them (revision 0002's backfill): folding them afresh must survive each of them.
    with hub.engine.begin() as conn:
        site_metrics.rebuild(conn)
    answer = throughput(hub, token)
    assert answer.status_code == 200, answer.text
    site = answer.json()["range"]["site"]
    assert site["units"] == units == good.json()["range"]["site"]["units"]
    # The events with a time are counted as orders packed; their units as none.
    assert site["orders"] == good.json()["range"]["site"]["orders"] + 8


QUERIES = ["?first=9999-12-31", "?first=0001-01-01", "?last=0001-01-01",
           "?first=9999-12-31&last=9999-12-31", "?first=0001-01-01&last=0001-01-31",
           "?first=abc", "?first=2026-02-30", "?brand=%00", "?brand=%ED%A0%80",
           "?brand=%ud800", "?brand=" + "x" * 41, "?first=2026-01-02&last=2026-01-01"]


@pytest.mark.parametrize("query", QUERIES)
def test_odd_queries_get_a_client_error_or_an_answer(sqlite_hub, query):
    answer = throughput(sqlite_hub, sqlite_hub.token_for("SUP-VIEW"), query)
    assert answer.status_code in {200, 422}, answer.text


def test_the_calendar_edges_that_are_accepted_give_an_answer(sqlite_hub):
    token = sqlite_hub.token_for("SUP-VIEW")
    for query in ("?first=1970-01-01", "?first=9998-12-31"):
        answer = throughput(sqlite_hub, token, query)
        assert answer.status_code == 200, answer.text


def test_a_lone_surrogate_in_a_push_is_refused_on_its_own_not_a_server_error(sqlite_hub):
    token = sqlite_hub.token_for("PACK-01")
    body = ('{"events": [{"id": "e1", "seq": 1, "ts": "2026-12-01T00:00:00+00:00",'
            f' "station": "PACK-01", "user": "P-1001", "type": "{OrderPacked.TYPE}",'
            ' "subject": "\\ud800", "payload": {}}]}')
    answer = httpx.post(f"{sqlite_hub.url}/v1/sites/{SITE}/events", content=body,
                        headers={"Authorization": f"Bearer {token}",
                                 "Content-Type": "application/json"}, timeout=10)
    assert answer.status_code == 200, answer.text
    [result] = answer.json()["results"]
    assert (result["id"], result["status"]) == ("e1", "rejected")
    assert "surrogate" in result["reason"]


def test_nan_in_a_pushed_payload_is_refused_on_its_own(sqlite_hub):
    token = sqlite_hub.token_for("PACK-01")
    body = ('{"events": [{"id": "e1", "seq": 1, "ts": "2026-12-01T00:00:00+00:00",'
            f' "station": "PACK-01", "user": "P-1001", "type": "{OrderPacked.TYPE}",'
            ' "subject": "ORD-X", "payload": {"units": NaN}}]}')
    answer = httpx.post(f"{sqlite_hub.url}/v1/sites/{SITE}/events", content=body,
                        headers={"Authorization": f"Bearer {token}",
                                 "Content-Type": "application/json"}, timeout=10)
    assert answer.status_code == 200, answer.text
    [result] = answer.json()["results"]
    assert result["status"] == "rejected"


# ------------------------------------------------------------ the token before the body
UPLOAD = 19 * 1024 * 1024
CHUNK = 64 * 1024


class CountingBody:
    """An ASGI receive that hands out a large body in chunks and counts what was taken."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.taken = 0

    async def __call__(self) -> dict[str, object]:
        chunk = min(CHUNK, self.left)
        self.left -= chunk
        self.taken += chunk
        return {"type": "http.request", "body": b"\0" * chunk, "more_body": self.left > 0}


def call(app, path: str, method: str, headers: list[tuple[bytes, bytes]],
         body: CountingBody) -> int:
    statuses: list[int] = []

    async def send(message) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
             "root_path": "", "query_string": b"", "server": ("127.0.0.1", 80),
             "client": ("127.0.0.1", 5000),
             "headers": [(b"host", b"hub"), (b"content-type", b"application/octet-stream"),
                         *headers]}
    asyncio.run(app(scope, body, send))
    return statuses[0]


@pytest.mark.parametrize(("method", "path"), [
    ("POST", f"/v1/sites/{SITE}/events"),
    ("PUT", f"/v1/sites/{SITE}/files/{'ab' * 32}"),
])
@pytest.mark.parametrize("authorization", [None, b"Bearer not-a-station", b"Basic eDp5"])
def test_an_anonymous_large_upload_is_refused_before_its_body_is_read(
        sqlite_hub, method, path, authorization):
    app = create_app(sqlite_hub.engine)
    body = CountingBody(UPLOAD)
    headers = [(b"authorization", authorization)] if authorization else []
    assert call(app, path, method, headers, body) == 401
    assert body.taken == 0


def test_a_stations_upload_is_read_up_to_the_limit(sqlite_hub):
    """The control: with a valid token an upload is read, here up to the 20 MiB limit."""
    app = create_app(sqlite_hub.engine)
    token = sqlite_hub.token_for("PACK-01").encode()
    body = CountingBody(UPLOAD + 2 * 1024 * 1024)
    path = f"/v1/sites/{SITE}/files/{'ab' * 32}"
    assert call(app, path, "PUT", [(b"authorization", b"Bearer " + token)], body) == 413
    assert body.taken > 20 * 1024 * 1024


# ------------------------------------------------------------------ what the routes answer
def test_the_openapi_description_lists_every_status_a_station_route_answers(sqlite_hub):
    spec = create_app(sqlite_hub.engine).openapi()
    listed = {(method.upper(), path): set(operation["responses"])
              for path, methods in spec["paths"].items() for method, operation in methods.items()
              if path.startswith("/v1/sites/")}
    assert len(listed) >= 6
    for (method, path), statuses in listed.items():
        expected = {"401", "403", "422"} | ({"413"} if method in {"POST", "PUT"} else set())
        assert expected <= statuses, (method, path)
    assert "404" in listed[("GET", "/v1/sites/{site}/files/{sha256}")]
