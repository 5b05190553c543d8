"""The hub answers each pushed event on its own, against the event catalogue: one bad event
is rejected with its reason and the events around it in the same batch are applied. Event ids
are keyed per station; a reused id with another payload is a conflict. On the real hub over
loopback, on SQLite and on PostgreSQL."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from station import journal
from station.events import EventPayload
from station.events.pack import ItemPacked, OrderOpened, OrderPacked
from station.events.signin import SignedIn
from station.limits import MAX_ID, MAX_NAME
from sync.hub import orders
from sync.hub.ingest import MAX_SEQ_JUMP
from tests import sync_support
from tests.sync_support import SITE, Hub

hub = sync_support.hub
postgres = sync_support.postgres

AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
KNOWN = "ORD-100001"  # a demo order the hub has
OTHER = "ORD-100002"


def wire(payload: EventPayload, seq: int, *, subject: str | None = None,
         station: str = "PACK-01", user: str = "P-1001", event_id: str | None = None
         ) -> dict[str, Any]:
    event = journal.event_of(payload, station=station, user=user, at=AT, subject=subject)
    event = dataclasses.replace(event, seq=seq, **({"id": event_id} if event_id else {}))
    return event.to_wire()


def opened(order_id: str, seq: int, **envelope: Any) -> dict[str, Any]:
    return wire(OrderOpened(order_id=order_id, brand="KAZE", lines=1, units=1), seq,
                subject=order_id, **envelope)


def packed_item(order_id: str, seq: int, **envelope: Any) -> dict[str, Any]:
    return wire(ItemPacked(order_id=order_id, line_no=1, sku="KAZE-TEE-BLK-S",
                           gtin="04589123000010", quantity=1, box_no=1, source="wedge"),
                seq, subject=order_id, **envelope)


def packed(order_id: str, seq: int, **envelope: Any) -> dict[str, Any]:
    return wire(OrderPacked(order_id=order_id, units=1, lines=1), seq, subject=order_id,
                **envelope)


@dataclasses.dataclass
class Stations:
    """Two stations of the site, each with its token, pushing straight to the hub."""

    hub: Hub
    tokens: dict[str, str]

    def push(self, events: list[dict[str, Any]], station: str = "PACK-01") -> list[dict]:
        headers = {"Authorization": f"Bearer {self.tokens[station]}"}
        with httpx.Client(base_url=self.hub.url, headers=headers) as http:
            response = http.post(f"/v1/sites/{SITE}/events", json={"events": events})
        assert response.status_code == 200, response.text
        results: list[dict] = response.json()["results"]
        assert [r["id"] for r in results] == [e.get("id") for e in events]
        return results


@pytest.fixture
def stations(hub) -> Stations:
    return Stations(hub, {name: hub.token_for(name) for name in ("PACK-01", "PACK-02")})


def statuses(results: list[dict]) -> list[str]:
    return [r["status"] for r in results]


def test_an_order_id_the_hub_could_not_import_is_rejected_alone(stations):
    too_long = "O" * (MAX_ID + 1)
    # The hub's own import refuses such an id...
    refused, problems = orders.check_order(
        {"id": too_long, "site": SITE, "brand": "KAZE", "customer_name": "Test",
         "lines": [{"sku": "KAZE-TEE-BLK-S", "quantity": 1}]}, None, "test")
    assert refused is None
    assert any("id is longer" in str(problem) for problem in problems)
    # ...and a station's event naming one is refused on its own.
    bad = opened(KNOWN, 2)
    bad["payload"]["order_id"] = bad["subject"] = too_long
    results = stations.push([opened(KNOWN, 1), bad, packed_item(KNOWN, 3)])
    assert statuses(results) == ["applied", "rejected", "applied"]
    assert "128" in results[1]["reason"]
    assert stations.hub.events("PACK-01") == [(results[0]["id"], 1), (results[2]["id"], 3)]


def test_a_control_character_in_an_order_id_is_rejected_alone(stations):
    bad = packed_item(KNOWN, 2)
    bad["payload"]["order_id"] = bad["subject"] = "ORD-1000\x0701"
    results = stations.push([opened(KNOWN, 1), bad, packed_item(KNOWN, 3)])
    assert statuses(results) == ["applied", "rejected", "applied"]
    assert "subject" in results[1]["reason"]


def test_a_badge_over_64_characters_is_rejected_alone(stations):
    badge = "B" * (MAX_NAME + 1)
    signed_in = wire(SignedIn(badge="P-1001", role="packer"), 2)
    signed_in["user"] = signed_in["payload"]["badge"] = badge
    results = stations.push([opened(KNOWN, 1), signed_in, packed_item(KNOWN, 3)])
    assert statuses(results) == ["applied", "rejected", "applied"]
    assert "user" in results[1]["reason"]


def test_a_payload_the_catalogue_refuses_and_an_unknown_type_are_rejected_alone(stations):
    bad = packed_item(KNOWN, 2)
    bad["payload"]["quantity"] = 0
    unknown = packed_item(KNOWN, 3)
    unknown["type"] = "ItemTeleported"
    results = stations.push([opened(KNOWN, 1), bad, unknown, packed_item(KNOWN, 4)])
    assert statuses(results) == ["applied", "rejected", "rejected", "applied"]
    assert "ItemPacked: quantity" in results[1]["reason"]
    assert "unknown event type ItemTeleported" in results[2]["reason"]


def test_an_event_naming_an_order_the_hub_never_had_is_rejected(stations):
    results = stations.push([opened("ORD-NEVER-HEARD-OF", 1), opened(KNOWN, 2)])
    assert statuses(results) == ["rejected", "applied"]
    assert "ORD-NEVER-HEARD-OF is not known at the hub" in results[0]["reason"]


def test_the_same_id_from_another_station_is_that_stations_own_event(stations):
    first = stations.push([opened(KNOWN, 1)], "PACK-01")
    same_id = opened(OTHER, 1, station="PACK-02", event_id=first[0]["id"])
    assert statuses(stations.push([same_id], "PACK-02")) == ["applied"]
    assert stations.hub.events("PACK-02") == [(first[0]["id"], 1)]


def test_a_replay_is_a_duplicate_and_a_reused_id_with_another_payload_a_conflict(stations):
    event = opened(KNOWN, 1)
    assert statuses(stations.push([event])) == ["applied"]
    assert statuses(stations.push([event])) == ["duplicate"]
    changed = {**event, "payload": {**event["payload"], "units": 2}}
    [answer] = stations.push([changed])
    assert answer["status"] == "conflict"
    assert event["id"] in answer["reason"]
    assert stations.hub.events("PACK-01") == [(event["id"], 1)]


def test_an_absurd_seq_jump_is_refused_and_the_station_goes_on(stations):
    assert statuses(stations.push([opened(KNOWN, 10)])) == ["applied"]
    forged = packed_item(KNOWN, 2**62)
    results = stations.push([forged, packed_item(KNOWN, 11)])
    assert statuses(results) == ["rejected", "applied"]
    assert "jumps too far" in results[0]["reason"]
    just_beyond = packed_item(KNOWN, 11 + MAX_SEQ_JUMP + 1)
    assert statuses(stations.push([just_beyond, packed_item(KNOWN, 12)])) == \
        ["rejected", "applied"]


def test_a_station_new_to_the_hub_may_start_far_into_its_journal_but_not_absurdly(stations):
    assert statuses(stations.push([opened(KNOWN, 2**62)])) == ["rejected"]
    assert statuses(stations.push([opened(KNOWN, 5_000_001)])) == ["applied"]


def test_a_second_order_packed_from_another_station_is_refused(stations):
    assert statuses(stations.push([opened(KNOWN, 1), packed(KNOWN, 2)], "PACK-01")) == \
        ["applied", "applied"]
    results = stations.push([opened(KNOWN, 1, station="PACK-02"),
                         packed(KNOWN, 2, station="PACK-02")], "PACK-02")
    assert statuses(results) == ["applied", "rejected"]
    assert "already packed at station PACK-01" in results[1]["reason"]


def test_two_stations_packing_the_same_orders_at_once_get_one_order_packed_each(stations):
    """Both push at the same moment (a barrier); whatever the interleaving, each order ends
    with exactly one OrderPacked applied, on SQLite and on PostgreSQL."""
    order_ids = [f"ORD-{100001 + n}" for n in range(30)]
    barrier = threading.Barrier(2)
    answers: dict[str, list[dict]] = {}

    def pack_all(station: str) -> None:
        events = []
        for seq, order_id in enumerate(order_ids, start=1):
            events += [opened(order_id, 2 * seq - 1, station=station),
                       packed(order_id, 2 * seq, station=station)]
        barrier.wait()
        answers[station] = stations.push(events, station)

    threads = [threading.Thread(target=pack_all, args=(name,)) for name in ("PACK-01", "PACK-02")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for index in range(len(order_ids)):
        packed_answers = [answers[name][2 * index + 1]["status"] for name in answers]
        assert sorted(packed_answers) == ["applied", "rejected"]
