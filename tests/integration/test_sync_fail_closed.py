"""The station's acknowledgement fails closed: an event is marked synced only on an explicit
`applied` or `duplicate` for its id. Anything else a hub double on loopback answers with a 200
marks nothing and backs off; `rejected` and `conflict` park the event and the outbox goes on."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fastapi import Response
from fastapi.responses import JSONResponse

from station.clock import FixedClock
from station.inbox.rejected import rejected_events
from station.store import Store
from sync.client import HubAnswerError, HubClient
from sync.settings import HubSettings
from sync.status import SyncProblem
from sync.worker import SyncWorker
from tests.hub_double import HubDouble, answer_each
from tests.sync_faults import fill_journal, local_events, open_station_db
from tests.sync_support import SITE

EVENTS = 20


@pytest.fixture
def station_db(tmp_path: Path):
    store = open_station_db(tmp_path / "station.sqlite3")
    fill_journal(store, "PACK-01", EVENTS, FixedClock(), random.Random(7), per_commit=EVENTS)
    yield store
    store.close()


def worker_on(store: Store, hub: HubDouble, **settings: object) -> SyncWorker:
    client = HubClient(hub.url, "token", SITE, timeout_s=10)
    return SyncWorker(store.path, client, HubSettings(**settings),  # type: ignore[arg-type]
                      clock=FixedClock(), rng=random.Random(1))


def synced(store: Store) -> int:
    return len(local_events(store, synced_only=True))


def results(*items: dict[str, object]) -> Response:
    return JSONResponse({"results": list(items)})


def with_each(events, status="applied"):
    return [{"id": e["id"], "status": status, "reason": None} for e in events]


UNTRUSTWORTHY = {
    "status error for every event": answer_each(lambda e: "error"),
    "status missing": lambda events: results(*({"id": e["id"]} for e in events)),
    "one result missing": lambda events: results(*with_each(events[1:])),
    "no results at all": lambda events: results(),
    "an unknown id as well": lambda events: results(
        *with_each(events), {"id": "not-sent", "status": "applied"}),
    "a result for another id instead": lambda events: results(
        *with_each(events[1:]), {"id": "not-sent", "status": "applied"}),
    "one id answered twice": lambda events: results(
        *with_each(events), {"id": events[0]["id"], "status": "rejected", "reason": "x"}),
    "not JSON": lambda events: Response("<html>gateway</html>", media_type="text/html"),
    "a JSON list": lambda events: JSONResponse(with_each(events)),
    "results not a list": lambda events: JSONResponse({"results": "applied"}),
    "a result that is not an object": lambda events: results(*with_each(events[1:]), "ok"),
    "a result without an id": lambda events: results(
        *with_each(events[1:]), {"status": "applied"}),
    "a reason that is not text": lambda events: results(
        *({**r, "status": "rejected", "reason": {"x": 1}} for r in with_each(events))),
}


@pytest.mark.parametrize("answer", UNTRUSTWORTHY.values(), ids=UNTRUSTWORTHY.keys())
def test_an_answer_that_cannot_be_trusted_marks_nothing_and_backs_off(station_db, answer):
    with HubDouble(answer) as hub:
        worker = worker_on(station_db, hub, backoff_base_s=5.0, backoff_max_s=60.0)
        with pytest.raises(HubAnswerError):
            worker.push_once()
        done = worker.run_round()
        worker.stop()
    assert synced(station_db) == 0
    assert rejected_events(station_db.conn) == []
    assert worker.status().problem is SyncProblem.BAD_ANSWER
    assert worker.status().online is False
    assert done.delay != worker.settings.push_interval_s     # a backoff, not the next round


def test_missing_results_send_one_request_per_round_not_a_spin(station_db):
    """Counted, not timed: N rounds driven one by one make N pushes. The double answers 503
    after 50 pushes so that a worker that spins still ends its round."""
    def no_results(events):
        if len(hub.pushes) > 50:
            return Response(status_code=503)
        return results()

    rounds = 5
    with HubDouble(no_results) as hub:
        worker = worker_on(station_db, hub)
        for _ in range(rounds):
            worker.run_round(pull=False)
        worker.stop()
    assert len(hub.pushes) == rounds
    assert synced(station_db) == 0


def test_rejected_and_conflict_are_parked_with_the_reason_and_the_outbox_goes_on(station_db):
    statuses = ["applied", "duplicate", "rejected", "conflict"]

    def mixed(events):
        return results(*({"id": e["id"], "status": statuses[e["seq"] % 4],
                          "reason": f"reason {e['seq']}" if e["seq"] % 4 >= 2 else None}
                         for e in events))

    with HubDouble(mixed) as hub:
        worker = worker_on(station_db, hub, batch_size=8)
        assert worker.drain() == EVENTS
        assert worker.drain() == 0
        worker.stop()
    assert len(hub.pushes) == 3                      # 8 + 8 + 4: never the same event twice
    assert synced(station_db) == EVENTS
    parked = {p.seq: p for p in rejected_events(station_db.conn)}
    assert sorted(parked) == [seq for seq in range(1, EVENTS + 1) if seq % 4 >= 2]
    assert {parked[seq].outcome for seq in parked} == {"rejected", "conflict"}
    assert all(p.outcome == statuses[p.seq % 4] and p.reason == f"reason {p.seq}"
               for p in parked.values())
    assert worker.status().rejected == len(parked)


@pytest.mark.parametrize(("status", "problem"), [
    (401, SyncProblem.TOKEN_REFUSED),
    (403, SyncProblem.STATION_REFUSED),
    (422, SyncProblem.REQUEST_REFUSED),
    (503, SyncProblem.UNREACHABLE),
])
def test_the_status_names_the_real_problem(station_db, status, problem):
    with HubDouble(lambda events: JSONResponse({"detail": "no"}, status_code=status)) as hub:
        worker = worker_on(station_db, hub)
        worker.run_round()
        worker.stop()
    assert worker.status().problem is problem
    assert worker.status().refused is (status in {401, 403})
    assert synced(station_db) == 0


def test_stop_waits_for_the_worker_thread_and_its_answer_before_closing(station_db):
    with HubDouble(answer_each(lambda e: "applied")) as hub:
        worker = worker_on(station_db, hub, batch_size=EVENTS)
        hub.hold = worker._thread.stop_requested  # the double answers once stop() was asked
        worker.start()
        assert hub.pushing.wait(30)              # the worker is inside a push
        thread = worker._thread.thread
        worker.stop()
    assert thread is not None
    assert not thread.is_alive()
    assert not worker.running
    assert synced(station_db) == EVENTS         # the answer was recorded before the close
