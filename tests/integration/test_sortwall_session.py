"""The sort wall on a real SQLite file: items placed by priority and cut-off, slots opened at
the pack bench with their units verified, short orders and left-over items to the exception
queue with the batch and slot named, and the sorting counted in the metrics."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from station import journal
from station.core import open_core
from station.errors import StationError
from station.events.pack import ExceptionReported, ItemPacked, OrderPacked
from station.events.sortwall import SlotEmptied, SortExceptionReported, StrayItemScanned
from station.gtin import check_digit
from station.inbox.apply import apply_page
from station.inbox.records import FeedRecord
from station.messages import catalogue
from station.metrics import aggregates
from station.pack.outcomes import Kind
from station.settings import load
from station.sortwall.batches import store_batch
from station.sortwall.figures import SortCounts, sort_counts
from station.sortwall.outcomes import SortKind
from station.sortwall.session import SortWall
from station.sortwall.setup import SortWallSettings, open_sortwall
from station.sortwall.wall import SlotStatus
from tests.sortwall_support import PACKER, batch, sort_scan, unit_scans
from tests.support import ean, scan


@pytest.fixture
def station(settings, clock):
    core = open_core(settings, clock)
    yield core
    core.close()


def opened(core) -> SortWall:
    wall = open_sortwall(core)
    scan(core, PACKER)
    wave = batch(core)
    assert sort_scan(wall, wave.totes[0]).kind is SortKind.BATCH_OPENED
    return wall


def events_of(core, model):
    return [event.read(model) for event in journal.all_events(core.store.conn)
            if event.type == model.TYPE]


def test_every_unit_goes_to_its_orders_slot_and_each_slot_packs_pre_verified(station):
    wall = opened(station)
    wave = batch(station)
    slot_of: dict[str, int] = {}
    for _, code in unit_scans(station, wave):
        outcome = sort_scan(wall, code)
        assert outcome.kind in (SortKind.SORTED, SortKind.SLOT_COMPLETE)
        # Every unit of one order lands in the same slot, and no two orders share one.
        assert slot_of.setdefault(outcome.order_id, outcome.slot) == outcome.slot
    assert len(set(slot_of.values())) == len(wave.orders)
    assert {view.status for view in wall.state.slots()[:len(wave.orders)]} == {
        SlotStatus.COMPLETE}
    first = wave.orders[0].order_id
    outcome = sort_scan(wall, f"SLOT:{slot_of[first]:02d}")
    assert outcome.kind is SortKind.SLOT_TO_PACK
    assert station.pack.order.id == first
    assert station.pack.missing_units() == 0
    packed = [item for item in events_of(station, ItemPacked) if item.order_id == first]
    assert {item.source for item in packed} == {"sortwall"}
    assert scan(station, "CMD:COMPLETE").kind is Kind.ORDER_COMPLETE
    assert [p.order_id for p in events_of(station, OrderPacked)] == [first]
    assert wall.state.status(slot_of[first]).status is SlotStatus.PACKED
    second = wave.orders[1].order_id
    assert sum(order_id == second for order_id, _ in unit_scans(station, wave)) == 1
    outcome = sort_scan(wall, f"SLOT:{slot_of[second]:02d}")
    assert outcome.kind is SortKind.SLOT_TO_PACK
    assert f"slot {slot_of[second]}: 1 item verified at sorting" in outcome.message.render()


def test_the_re_verify_setting_opens_the_order_with_every_unit_still_to_scan(tmp_path, clock):
    settings = load(None, data_dir=tmp_path / "reverify",
                    environ={"PACKSTATION_SORTWALL__REVERIFY": "true"},
                    sections={"sortwall": SortWallSettings})
    station = open_core(settings, clock, in_memory=True)
    wall = opened(station)
    assert wall.reverify
    wave = batch(station)
    for _, code in unit_scans(station, wave):
        sort_scan(wall, code)
    first = wall.state.in_slot[1]
    assert sort_scan(wall, "SLOT:01").kind is SortKind.SLOT_TO_PACK
    assert station.pack.order.id == first
    assert station.pack.missing_units() == station.pack.order.units
    station.close()


def test_an_item_goes_to_the_most_urgent_order_then_the_earliest_cut_off(station, clock):
    now = clock.now()
    sku = "KZ-TEE-WHT-M"
    product = station.catalogue.product(sku)
    if product is None:  # any plain product of the demo catalogue will do
        product = next(p for p in station.catalogue.products()
                       if not p.lot_controlled and not p.serial_controlled)
    orders = []
    for number, (priority, hours) in enumerate([(5, 1), (1, 5), (1, 3), (5, 0)]):
        order_id = f"ORD-T{number}"
        orders.append({"order_id": order_id, "priority": priority,
                       "cutoff": (now + timedelta(hours=hours)).isoformat()})
        with station.store.write() as db:
            db.conn.execute(
                "INSERT INTO orders (id, brand, customer_name, ship_to, created_at)"
                " VALUES (?, ?, 'Test', '{}', '2026-12-01')", (order_id, product.brand))
            db.conn.execute("INSERT INTO order_lines (order_id, line_no, sku, quantity)"
                            " VALUES (?, 1, ?, 1)", (order_id, product.sku))
    with station.store.write() as db:
        store_batch(db.conn, {"id": "BATCH-T", "slots": 2, "totes": ["BT-T"],
                              "orders": orders}, "2026-12-01")
    wall = open_sortwall(station)
    scan(station, PACKER)
    sort_scan(wall, "BT-T")
    code = ean(station, product.sku)
    # Priority 1 first (the earlier cut-off of the two), then priority 1 again; the wall of
    # two slots is then full for the priority 5 orders.
    assert [(o.order_id, o.slot) for o in (sort_scan(wall, code), sort_scan(wall, code))] == [
        ("ORD-T2", 1), ("ORD-T1", 2)]
    assert sort_scan(wall, code).kind is SortKind.WALL_FULL
    assert sort_scan(wall, "SLOT:01").kind is SortKind.SLOT_TO_PACK
    scan(station, "CMD:COMPLETE")
    # Slot 1 is free again: the earliest cut-off of the rest takes it.
    assert (sort_scan(wall, code).order_id, wall.state.slot_of["ORD-T3"]) == ("ORD-T3", 1)


def test_a_stray_item_says_so_and_is_left_over_at_the_end(station):
    wall = opened(station)
    wave = batch(station)
    needed = set(wall.state.needs[wave.orders[0].order_id]) | {
        sku for need in wall.state.needs.values() for sku in need}
    stray = next(p for p in station.catalogue.products() if p.sku not in needed
                 and not p.lot_controlled and not p.serial_controlled)
    outcome = sort_scan(wall, ean(station, stray.sku))
    assert (outcome.kind, outcome.slot) == (SortKind.STRAY, None)
    assert "No order in this batch needs" in outcome.message.render()
    assert [s.sku for s in events_of(station, StrayItemScanned)] == [stray.sku]
    for _, code in unit_scans(station, wave):
        sort_scan(wall, code)
    closed = sort_scan(wall, "CMD:COMPLETE")
    assert closed.kind is SortKind.BATCH_CLOSED
    (leftover,) = events_of(station, SortExceptionReported)
    assert (leftover.batch_id, leftover.reason, leftover.slot) == (wave.id, "LEFTOVER", None)
    assert [(item.sku, item.quantity) for item in leftover.leftover] == [(stray.sku, 1)]
    assert "1 item is left over." in closed.message.render()
    assert "(slots" not in closed.message.render()


def test_a_missing_item_sends_its_order_to_the_exception_queue_with_batch_and_slot(
        station, clock):
    wall = opened(station)
    wave = batch(station)
    units = unit_scans(station, wave)
    # A unit of the one order needing its SKU, an order of two units: it will have a slot.
    orders_of: dict[str, set[str]] = {}
    for order_id, code in units:
        orders_of.setdefault(code, set()).add(order_id)
    missing = next(index for index, (order_id, code) in enumerate(units)
                   if len(orders_of[code]) == 1
                   and sum(order == order_id for order, _ in units) == 2)
    short_order = units[missing][0]
    for _, code in units[:missing] + units[missing + 1:]:
        sort_scan(wall, code)
    slot = wall.state.slot_of[short_order]
    waiting = sort_scan(wall, f"SLOT:{slot:02d}")
    assert waiting.kind is SortKind.SLOT_NOT_COMPLETE
    assert "still waits for 1 item of order" in waiting.message.render()
    asked = sort_scan(wall, "CMD:COMPLETE")
    assert asked.kind is SortKind.CLOSE_TO_CONFIRM
    assert f"Not sorted yet: 1 of {len(units)} items" in asked.message.render()
    assert "exception queue: 1." in asked.message.render()
    assert events_of(station, SortExceptionReported) == []
    closed = sort_scan(wall, "CMD:COMPLETE")
    assert closed.kind is SortKind.BATCH_CLOSED
    assert f"1 order is short (slot {slot})." in closed.message.render()
    assert f"不足の注文が 1 件あります（間口 {slot}）" in catalogue("ja").render(closed.message)
    (reported,) = events_of(station, SortExceptionReported)
    assert (reported.batch_id, reported.slot, reported.order_id, reported.missing_units) == (
        wave.id, slot, short_order, 1)
    assert [e.missing_units for e in events_of(station, ExceptionReported)] == [1]
    queue = aggregates.open_exceptions(station.store.conn, clock.now() - timedelta(hours=1),
                                       None)
    assert [row[0] for row in queue] == [short_order]
    assert wall.state.status(slot).status is SlotStatus.EXCEPTION
    # Closed: nothing more is sorted into the batch until its tote opens it again.
    assert sort_scan(wall, units[0][1]).kind is SortKind.NO_BATCH


def test_sorting_is_counted_in_the_metrics(station, clock):
    wall = opened(station)
    wave = batch(station)
    units = unit_scans(station, wave)
    for _, code in units[:5]:
        sort_scan(wall, code)
    unknown = "490000000000" + str(check_digit("490000000000"))
    assert sort_scan(wall, unknown).kind is SortKind.UNKNOWN_ITEM
    short = sum(1 for order in wave.orders if wall.state.missing(order.order_id))
    sort_scan(wall, "CMD:COMPLETE")
    sort_scan(wall, "CMD:COMPLETE")
    now = clock.now()
    counts = sort_counts(station.store.conn, now - timedelta(hours=1), now + timedelta(hours=1))
    # One exception per short order, one for the left-over (unknown) item.
    assert counts == SortCounts(sorted_units=5, strays=1, exceptions=short + 1,
                                batches_closed=1)
    assert sort_counts(station.store.conn, now - timedelta(hours=3), now - timedelta(hours=1),
                       ) == SortCounts()
    assert sort_counts(station.store.conn, now - timedelta(hours=1), now + timedelta(hours=1),
                       station="PACK-99") == SortCounts()


def test_a_bad_batch_from_the_hub_is_refused_with_what_is_wrong(station):
    with station.store.write() as db, pytest.raises(ValueError, match="slots 101"):
        store_batch(db.conn, {"id": "B", "slots": 101, "totes": ["T"],
                              "orders": [{"order_id": "ORD-100001"}]}, "now")
    with station.store.write() as db, pytest.raises(ValueError, match="cutoff"):
        store_batch(db.conn, {"id": "B", "slots": 2, "totes": ["T"],
                              "orders": [{"order_id": "ORD-100001",
                                          "cutoff": "tomorrow"}]}, "now")


def test_the_batch_record_round_trips_through_json(station):
    data = json.loads(station.store.conn.execute(
        "SELECT data FROM batches WHERE id = 'BATCH-0002'").fetchone()[0])
    assert 20 <= len(data["orders"]) <= 60
    assert replace(batch(station, "BATCH-0002")).slots == data["slots"]


def test_a_slot_waits_while_another_order_is_being_packed(station):
    wall = opened(station)
    for _, code in unit_scans(station, batch(station)):
        sort_scan(wall, code)
    other = wall.state.in_slot[2]
    assert sort_scan(wall, "SLOT:01").kind is SortKind.SLOT_TO_PACK
    refused = sort_scan(wall, "SLOT:02")
    assert (refused.kind, refused.pack.kind) == (SortKind.NOT_OPENED, Kind.ORDER_IN_PROGRESS)
    # Nothing moved: slot 2 still holds its complete order for later.
    assert wall.state.status(2).status is SlotStatus.COMPLETE
    assert wall.state.in_slot[2] == other
    scan(station, "CMD:COMPLETE")
    assert sort_scan(wall, "SLOT:02").kind is SortKind.SLOT_TO_PACK
    assert station.pack.order.id == other


def test_a_slot_scan_the_disk_refuses_moves_neither_the_slot_nor_the_order(station):
    wall = opened(station)
    for _, code in unit_scans(station, batch(station)):
        sort_scan(wall, code)
    order_id = wall.state.in_slot[1]
    before = _journal_length(station)
    # The slot's event fails after the order opened and its units were recorded, in the
    # same transaction: SQLite refuses the insert, as a full disk would.
    station.store.conn.execute(
        "CREATE TEMP TRIGGER refuse_slot BEFORE INSERT ON journal"
        f" WHEN NEW.type = '{SlotEmptied.TYPE}' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(StationError):
        sort_scan(wall, "SLOT:01")
    assert _journal_length(station) == before
    assert station.pack.order is None
    assert wall.state.status(1).status is SlotStatus.COMPLETE
    station.store.conn.execute("DROP TRIGGER refuse_slot")
    assert sort_scan(wall, "SLOT:01").kind is SortKind.SLOT_TO_PACK
    assert station.pack.order.id == order_id
    assert station.pack.missing_units() == 0


def _journal_length(station) -> int:
    return station.store.conn.execute("SELECT count(*) FROM journal").fetchone()[0]


def test_undo_takes_back_the_last_sort_and_the_next_scan_goes_to_the_same_slot(station, clock):
    wall = opened(station)
    _, code = unit_scans(station, batch(station))[0]
    first = sort_scan(wall, code)
    undone = sort_scan(wall, "CMD:UNDO")
    assert (undone.kind, undone.slot) == (SortKind.UNDONE, first.slot)
    assert wall.state.total_sorted() == 0
    assert wall.state.status(first.slot).status is SlotStatus.EMPTY
    again = sort_scan(wall, code)
    assert (again.order_id, again.slot) == (first.order_id, first.slot)
    assert sort_scan(wall, "CMD:UNDO").kind is SortKind.UNDONE
    assert sort_scan(wall, "CMD:UNDO").kind is SortKind.NOTHING_TO_UNDO
    now = clock.now()
    counts = sort_counts(station.store.conn, now - timedelta(hours=1), now + timedelta(hours=1))
    assert counts.sorted_units == 0
    # A restart folds the undos too.
    assert open_sortwall(station).state.total_sorted() == 0


def test_an_order_the_hub_cancels_mid_batch_leaves_the_wall_at_its_slot_scan(station, clock):
    wall = opened(station)
    for _, code in unit_scans(station, batch(station)):
        sort_scan(wall, code)
    order_id = wall.state.in_slot[3]
    units = wall.state.sorted_units(order_id)
    apply_page(station.store, [FeedRecord(1, "order_cancelled", order_id,
                                          {"order_id": order_id, "reason": "customer"})],
               1, clock.now())
    stopped = sort_scan(wall, "SLOT:03")
    assert (stopped.kind, stopped.slot) == (SortKind.SLOT_STOPPED, 3)
    assert "cancellations shelf" in stopped.message.render()
    assert station.pack.order is None  # nothing opened, no label
    (reported,) = events_of(station, SortExceptionReported)
    assert (reported.reason, reported.slot, reported.order_id) == ("CANCELLED", 3, order_id)
    assert sum(item.quantity for item in reported.leftover) == units
    assert wall.state.status(3).status is SlotStatus.EXCEPTION
    assert wall.state.free_slot() == 3


def test_another_batch_waits_until_this_one_is_closed(station):
    wall = opened(station)
    _, code = unit_scans(station, batch(station))[0]
    sort_scan(wall, code)
    other = batch(station, "BATCH-0002")
    assert sort_scan(wall, other.totes[0]).kind is SortKind.BATCH_IN_PROGRESS
    assert sort_scan(wall, "SLOT:99").kind is SortKind.SLOT_EMPTY  # beyond this wall's 24
    sort_scan(wall, "CMD:COMPLETE")
    sort_scan(wall, "CMD:COMPLETE")
    assert sort_scan(wall, other.totes[0]).kind is SortKind.BATCH_OPENED
    assert wall.state.batch.id == other.id
    assert open_sortwall(station).state.batch.id == other.id  # and after a restart


def test_a_lot_controlled_unit_is_scanned_again_at_packing_with_its_lot(station):
    lot = next(p for p in station.catalogue.products() if p.lot_controlled)
    plain = next(p for p in station.catalogue.products()
                 if not p.lot_controlled and not p.serial_controlled)
    with station.store.write() as db:
        db.conn.execute("INSERT INTO orders (id, brand, customer_name, ship_to, created_at)"
                        " VALUES ('ORD-LOT', ?, 'Test', '{}', '2026-12-01')", (lot.brand,))
        db.conn.executemany("INSERT INTO order_lines (order_id, line_no, sku, quantity)"
                            " VALUES ('ORD-LOT', ?, ?, 1)", [(1, lot.sku), (2, plain.sku)])
        store_batch(db.conn, {"id": "BATCH-LOT", "slots": 1, "totes": ["BT-LOT"],
                              "orders": [{"order_id": "ORD-LOT"}]}, "2026-12-01")
    wall = open_sortwall(station)
    scan(station, PACKER)
    sort_scan(wall, "BT-LOT")
    sort_scan(wall, ean(station, plain.sku))
    assert sort_scan(wall, ean(station, lot.sku)).kind is SortKind.SLOT_COMPLETE
    opened = sort_scan(wall, "SLOT:01")
    assert opened.kind is SortKind.SLOT_TO_PACK
    assert opened.pack.kind is Kind.ORDER_OPENED
    assert "scan the other 1" in opened.message.render()
    # Only the plain unit was recorded packed; the lot-controlled one asks for its lot.
    assert station.pack.missing_units() == 1
    assert scan(station, ean(station, lot.sku)).kind is Kind.LOT_REQUIRED


def test_an_order_cancelled_mid_batch_gets_no_more_items(station, clock):
    wall = opened(station)
    units = unit_scans(station, batch(station))
    # The unit the wall would place first: cancel its order before it is scanned.
    _, code = units[0]
    target = next(o for o in wall.state.by_sku[wall.state.gtins["0" + code]]
                  if wall.state.sortable(o))
    apply_page(station.store, [FeedRecord(1, "order_cancelled", target,
                                          {"order_id": target, "reason": "customer"})],
               1, clock.now())
    outcome = sort_scan(wall, code)
    assert outcome.order_id != target
    assert target not in wall.state.slot_of


def test_closing_with_units_unsorted_waits_for_a_second_complete_in_a_row(station):
    wall = opened(station)
    units = unit_scans(station, batch(station))
    sort_scan(wall, units[0][1])
    assert sort_scan(wall, "CMD:COMPLETE").kind is SortKind.CLOSE_TO_CONFIRM
    # Another scan in between forgets the question: the batch stays open.
    assert sort_scan(wall, units[1][1]).kind in (SortKind.SORTED, SortKind.SLOT_COMPLETE)
    assert sort_scan(wall, "CMD:COMPLETE").kind is SortKind.CLOSE_TO_CONFIRM
    assert not wall.state.closed
    assert sort_scan(wall, "CMD:COMPLETE").kind is SortKind.BATCH_CLOSED
    assert wall.state.closed
