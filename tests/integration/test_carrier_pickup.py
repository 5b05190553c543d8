"""The pickup list per carrier and day, and the scan at hand-over."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from station.carriers.__main__ import main
from station.carriers.issuing import issue_tracking
from station.carriers.numbering import Actor, receive_block
from station.carriers.orders import record_parcels
from station.carriers.pickup import HandOver, hand_over, pickup_list
from station.carriers.shipment import Parcel
from station.core import StationCore
from tests.carrier_support import YAMATO

DAY = "2026-11-23"
ACTOR = Actor("PACK-01", "P-1001", datetime(2026, 11, 23, 15, 0, tzinfo=UTC))


def yamato_orders(core: StationCore, count: int) -> list[str]:
    rows = core.store.conn.execute("SELECT id FROM orders WHERE carrier = 'YAMATO' AND"
                                   " cancelled = 0 ORDER BY id LIMIT ?", (count,))
    return [r[0] for r in rows]


@pytest.fixture
def packed(file_core: StationCore) -> tuple[StationCore, list[str]]:
    receive_block(file_core.store, YAMATO.number_kind, 99000000000, 99000000099, ACTOR)
    numbers = []
    for order_id in yamato_orders(file_core, 3):
        record_parcels(file_core.store, order_id, [Parcel(1, 1000)], DAY)
        numbers.append(issue_tracking(file_core.store, YAMATO, order_id, 1, ACTOR))
    return file_core, numbers


def test_the_list_counts_the_days_parcels_and_marks_each_scan(
        packed: tuple[StationCore, list[str]]) -> None:
    core, numbers = packed
    listing = pickup_list(core.store.conn, "yamato", DAY)
    assert (listing.count, listing.handed_over) == (3, 0)
    assert listing.by_service() == {"TA-Q-BIN": 3}
    assert pickup_list(core.store.conn, "sagawa", DAY).count == 0
    assert pickup_list(core.store.conn, "yamato", "2026-11-24").count == 0
    assert hand_over(core.store, "yamato", DAY, numbers[0], ACTOR).kind is HandOver.MARKED
    assert hand_over(core.store, "yamato", DAY, numbers[0], ACTOR).kind is HandOver.ALREADY
    assert hand_over(core.store, "sagawa", DAY, numbers[1], ACTOR).kind is HandOver.NOT_ON_LIST
    bad = numbers[2][:11] + str((int(numbers[2][11]) + 1) % 7)
    assert hand_over(core.store, "yamato", DAY, bad, ACTOR).kind is HandOver.INVALID
    assert pickup_list(core.store.conn, "yamato", DAY).handed_over == 1
    handed = core.store.conn.execute("SELECT count(*) FROM journal WHERE type ="
                                     " 'ParcelHandedOver'").fetchone()[0]
    assert handed == 1


def test_the_pickup_command_prints_the_list_and_marks_scans(
        packed: tuple[StationCore, list[str]], capsys: pytest.CaptureFixture[str]) -> None:
    core, numbers = packed
    data_dir = core.settings.data_dir
    core.close()
    code = main(["--lang", "en", "pickup", "yamato", "--data-dir", str(data_dir),
                 "--date", DAY, "--scan", numbers[1]])
    out = capsys.readouterr()
    assert code == 0
    assert f"[x] {numbers[1]}" in out.out
    assert f"[ ] {numbers[0]}" in out.out
    assert "3 parcels, 1 handed over" in out.err
