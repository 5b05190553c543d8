"""Numbers from station blocks on a real SQLite file: one transaction per issue, never
twice, voided numbers never reused, SSCCs that do not depend on the order id."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from station.carriers.contracts import default_contracts
from station.carriers.issuing import issue_sscc, issue_tracking, void_tracking, warn_levels
from station.carriers.numbering import (
    SSCC_KIND,
    Actor,
    NumbersExhaustedError,
    low_numbers,
    receive_block,
    remaining,
)
from station.carriers.orders import record_parcels
from station.carriers.shipment import Parcel
from station.carriers.tracking import tracking_problem
from station.errors import StorageError
from station.gtin import check_digit
from station.store import Store, open_store
from tests.carrier_support import YAMATO

ACTOR = Actor("PACK-01", "P-1001", datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
KIND = YAMATO.number_kind


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(tmp_path / "station.sqlite3")
    yield opened
    opened.close()


def journal_types(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT type FROM journal ORDER BY seq")]


def test_a_number_is_issued_with_its_check_digit_and_journaled(store: Store) -> None:
    receive_block(store, KIND, 99000000000, 99000000009, ACTOR)
    number = issue_tracking(store, YAMATO, "ORD-1", 1, ACTOR)
    assert number.startswith("99000000000")
    assert tracking_problem("yamato", number) is None
    assert journal_types(store) == ["NumberBlockReceived", "NumberIssued"]
    payload = json.loads(store.conn.execute(
        "SELECT payload FROM journal WHERE type = 'NumberIssued'").fetchone()[0])
    assert payload == {"kind": KIND, "serial": 99000000000, "number": number,
                       "order_id": "ORD-1", "box_no": 1}


def test_the_same_box_gets_the_same_number_and_others_the_next(store: Store) -> None:
    receive_block(store, KIND, 99000000000, 99000000009, ACTOR)
    first = issue_tracking(store, YAMATO, "ORD-1", 1, ACTOR)
    assert issue_tracking(store, YAMATO, "ORD-1", 1, ACTOR) == first
    second = issue_tracking(store, YAMATO, "ORD-1", 2, ACTOR)
    assert second[:11] == "99000000001"
    assert remaining(store.conn, KIND) == 8


def test_a_voided_number_is_never_reused(store: Store) -> None:
    receive_block(store, KIND, 99000000000, 99000000002, ACTOR)
    spoiled = issue_tracking(store, YAMATO, "ORD-1", 1, ACTOR)
    assert void_tracking(store, YAMATO, spoiled, "label jammed", ACTOR)
    assert not void_tracking(store, YAMATO, spoiled, "again", ACTOR)
    again = issue_tracking(store, YAMATO, "ORD-1", 1, ACTOR)
    assert again != spoiled
    issue_tracking(store, YAMATO, "ORD-2", 1, ACTOR)
    with pytest.raises(NumbersExhaustedError):
        issue_tracking(store, YAMATO, "ORD-3", 1, ACTOR)
    numbers = [r[0] for r in store.conn.execute("SELECT number FROM issued_numbers")]
    assert len(numbers) == len(set(numbers)) == 3


def test_an_issued_number_goes_on_the_recorded_box_and_a_void_takes_it_off(
        store: Store) -> None:
    receive_block(store, KIND, 99000000000, 99000000009, ACTOR)
    record_parcels(store, "ORD-1", [Parcel(1, 800)], "2026-12-01")
    spoiled = issue_tracking(store, YAMATO, "ORD-1", 1, ACTOR)
    on_box = "SELECT tracking FROM parcels WHERE order_id = 'ORD-1'"
    assert store.conn.execute(on_box).fetchone()[0] == spoiled
    void_tracking(store, YAMATO, spoiled, "printer jam", ACTOR)
    assert store.conn.execute(on_box).fetchone()[0] is None
    fresh = issue_tracking(store, YAMATO, "ORD-1", 1, ACTOR)
    assert store.conn.execute(on_box).fetchone()[0] == fresh != spoiled
    assert "NumberVoided" in journal_types(store)


def test_the_database_refuses_to_move_a_block_back(store: Store) -> None:
    receive_block(store, KIND, 99000000000, 99000000009, ACTOR)
    issue_tracking(store, YAMATO, "ORD-1", 1, ACTOR)
    with pytest.raises(StorageError, match="only move forward"), store.write() as db:
        db.conn.execute("UPDATE number_blocks SET next = first")


def test_a_block_received_twice_is_kept_once_and_overlaps_are_refused(store: Store) -> None:
    assert receive_block(store, KIND, 10, 19, ACTOR)
    assert not receive_block(store, KIND, 10, 19, ACTOR)
    with pytest.raises(ValueError, match="overlaps"):
        receive_block(store, KIND, 15, 25, ACTOR)
    assert journal_types(store) == ["NumberBlockReceived"]


def test_a_supervisor_is_warned_when_numbers_run_low(store: Store) -> None:
    receive_block(store, KIND, 0, 59, ACTOR)
    assert low_numbers(store.conn, {KIND: 50}) == []
    for box in range(1, 12):
        issue_tracking(store, YAMATO, "ORD-1", box, ACTOR)
    low = low_numbers(store.conn, {KIND: 50, SSCC_KIND: 1})
    assert [(w.kind, w.remaining) for w in low] == [(SSCC_KIND, 0), (KIND, 49)]
    assert "49" in low[1].message.render()
    levels = warn_levels(default_contracts().values())
    assert levels == {"tracking/japanpost": 50, "tracking/sagawa": 50, "tracking/yamato": 50,
                      SSCC_KIND: 50}
    assert [w.kind for w in low_numbers(store.conn, levels)] == [
        SSCC_KIND, "tracking/japanpost", "tracking/sagawa", KIND]


def test_ssccs_of_lookalike_orders_and_boxes_never_collide(store: Store) -> None:
    receive_block(store, SSCC_KIND, 1, 100, ACTOR)
    boxes = [("ORD-100058", 1), ("KAZE-100058", 1), ("ORD-0100058", 1), ("ORD-100058", 101)]
    ssccs = [issue_sscc(store, "4912345", order, box, ACTOR) for order, box in boxes]
    assert len(set(ssccs)) == 4
    for sscc in ssccs:
        assert len(sscc) == 18
        assert check_digit(sscc[:17]) == sscc[17]
    assert issue_sscc(store, "4912345", "ORD-100058", 1, ACTOR) == ssccs[0]
