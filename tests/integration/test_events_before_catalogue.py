"""Journals written before the event catalogue keep loading.

`events_before_catalogue.jsonl` holds every payload shape the code before the catalogue wrote
(recorded from its test suite); `station_before_catalogue.sqlite3` is a station data file it
left with one order half packed and one RMA half inspected."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from station import journal
from station.clock import FixedClock
from station.core import open_core
from station.events import catalogue, parse
from station.events.pack import ItemPacked, OrderReleased
from station.returns.setup import open_returns
from station.settings import load

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _old_events() -> list[dict]:
    lines = (FIXTURES / "events_before_catalogue.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in lines.splitlines()]


@pytest.mark.parametrize("old", _old_events(), ids=lambda old: old["type"])
def test_every_payload_the_old_code_wrote_parses_and_keeps_its_values(old):
    typed = parse(old["type"], old["payload"])
    again = typed.to_payload()
    assert {key: again[key] for key in old["payload"]} == old["payload"]


def test_the_recorded_payloads_cover_nearly_every_type_of_the_catalogue():
    recorded = {old["type"] for old in _old_events()}
    # OrderReleased has an empty payload: nothing of it can break.
    # The carrier, shipping and returned-lot events were declared after the recording: no old
    # journal holds them.
    newer = {name for name, model in catalogue().items()
             if model.__module__ in {"station.events.carriers", "station.events.shipping",
                                     "station.events.returns_lots",
                                     "station.events.handover",
                                     "station.events.exceptions",
                                     "station.events.materials", "station.events.kits",
                                     "station.events.sortwall",
                                     "station.events.steps"}}
    assert set(catalogue()) - recorded - newer <= {OrderReleased.TYPE}


@pytest.fixture
def old_core(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "station_before_catalogue.sqlite3", data / "station.sqlite3")
    core = open_core(load(None, data_dir=data, environ={}), FixedClock())
    yield core
    core.close()


def test_a_station_file_of_the_old_code_resumes_its_open_order_and_rma(old_core):
    for event in journal.all_events(old_core.store.conn):
        parse(event.type, event.payload)
    pack = old_core.pack
    assert pack.order is not None
    assert pack.state is not None
    [packed] = [e for e in journal.for_subject(old_core.store.conn, pack.order.id)
                if e.type == ItemPacked.TYPE]
    assert pack.state.snapshot()["items"] == [packed.id]
    assert pack.state.packed(packed.read(ItemPacked).line_no) == 1
    returns = open_returns(old_core)
    assert returns.rma is not None
    assert returns.item is not None
    assert len(returns.item.answers) == 3
