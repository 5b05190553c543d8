"""A scripted site day pushed into a real hub over loopback, with duplicates and rejects, and
the site view asked both ways (the aggregate ingest keeps, and raw events)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import Engine

from station.events.pack import ORDER, OrderOpened
from station.metrics import synthetic
from station.metrics.settings import MetricsSettings
from sync.hub import feed
from sync.hub.stations import add_station
from tests.sync_support import SITE

# Every 13th order is unknown at the hub (each of its events is rejected); every 17th is
# cancelled before it is packed (its OrderPacked is rejected, its other events applied).
UNKNOWN_EVERY, CANCELLED_EVERY = 13, 17
BATCH = 200


@dataclass(frozen=True)
class ScriptedDay:
    events: dict[str, list[dict[str, Any]]]     # per station, in journal order
    first: str                                  # the days to ask for, YYYY-MM-DD
    last: str


def scripted_days(now: datetime, *, events: int = 3000, stations: int = 5) -> ScriptedDay:
    """About `events` events of `stations` stations (the fifth grades returns) up to 09:00
    (site time) of `now`'s day, so yesterday afternoon and this morning, a whole UTC day
    between: packing with wrong scans and exceptions, returns, print failures
    (station.metrics.synthetic), as each station would push them."""
    zone = MetricsSettings().zone
    end = datetime.combine(now.astimezone(zone).date(), time(9), zone)
    conn = sqlite3.connect(":memory:")
    synthetic.create_hub_table(conn, "hub_events")
    synthetic.generate(conn, events=events, end=end, stations=stations, packers=6,
                       table="hub_events")
    per_station: dict[str, list[dict[str, Any]]] = {}
    for id_, seq, ts, station, user, type_, subject, payload in conn.execute(
            "SELECT id, seq, ts, station, user, type, subject, payload FROM hub_events"
            " ORDER BY station, seq"):
        per_station.setdefault(station, []).append({
            "id": id_, "seq": seq, "ts": ts, "station": station, "user": user, "type": type_,
            "subject": subject, "payload": json.loads(payload)})
    (first,) = conn.execute("SELECT min(ts) FROM hub_events").fetchone()
    conn.close()
    return ScriptedDay(per_station,
                       datetime.fromisoformat(first).astimezone(zone).date().isoformat(),
                       now.astimezone(zone).date().isoformat())


def publish_orders(engine: Engine, day: ScriptedDay) -> None:
    """The day's orders as the hub knows them: all but the unknown ones, some cancelled."""
    orders = sorted({event["subject"] for events in day.events.values() for event in events
                     if event["type"] == OrderOpened.TYPE})
    with engine.begin() as conn:
        for number, order in enumerate(orders, 1):
            if number % UNKNOWN_EVERY:
                feed.publish(conn, ORDER, order, {"id": order,
                                                  "cancelled": number % CANCELLED_EVERY == 0},
                             SITE)


def push_all(url: str, engine: Engine, day: ScriptedDay, *, twice: bool = True) -> Counter:
    """Each station pushes its events in batches, all stations at once; with `twice`, two
    pushers per station send every batch (a retry racing the first try), so each batch is
    applied once and answered `duplicate` once. The answers, counted by status."""
    tokens = {station: add_station(engine, SITE, station) for station in day.events}

    def one_pusher(station: str) -> Counter:
        found: Counter = Counter()
        with httpx.Client(base_url=url, timeout=60,
                          headers={"Authorization": f"Bearer {tokens[station]}"}) as client:
            for batch in _batches(day.events[station]):
                answer = client.post(f"/v1/sites/{SITE}/events", json={"events": batch})
                assert answer.status_code == 200, answer.text
                found.update(result["status"] for result in answer.json()["results"])
        return found

    pushers = [station for station in day.events for _ in range(2 if twice else 1)]
    statuses: Counter = Counter()
    with ThreadPoolExecutor(max_workers=len(pushers)) as pool:
        for found in pool.map(one_pusher, pushers):
            statuses.update(found)
    return statuses


def _batches(events: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for index in range(0, len(events), BATCH):
        yield events[index:index + BATCH]


def site_view(app: FastAPI, url: str, token: str, day: ScriptedDay, *, source: str,
              brand: str | None = None) -> dict[str, Any]:
    """The site view's answer from `source` ("aggregate" or "raw"), without the moment it
    was made (the two answers are made a moment apart)."""
    app.state.site_view = source
    params = {"first": day.first, "last": day.last, **({"brand": brand} if brand else {})}
    answer = httpx.get(f"{url}/v1/sites/{SITE}/throughput", params=params, timeout=120,
                       headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    figures = answer.json()
    figures.pop("generated_at")
    return dict(figures)
