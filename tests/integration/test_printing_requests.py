"""Print requests are the journal's events: each is handled exactly once (also by a new
service after a restart), a cancelled order is refused when the worker renders it, and a
request that breaks unexpectedly is said, kept and tried again later."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from printing.documents import slip
from printing.errors import PrintingError
from printing.service import PrintService
from station import journal
from station.demo import APPAREL
from station.events.pack import OrderPacked
from station.pack.outcomes import Kind
from station.printing import requests
from tests.support import ean, find_order, scan


def service_for(core) -> PrintService:
    settings = dataclasses.replace(core.settings, extra={"printers": {
        "folder": str(core.settings.data_dir / "printed")}})
    return PrintService(core.store, core.catalogue, core.clock, settings)


def complete_an_order(core):
    order = find_order(core, brand=APPAREL, serial=False, lot_controlled=False, max_lines=1,
                       max_quantity=1)
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    assert scan(core, order.id).kind is Kind.ORDER_OPENED
    assert scan(core, ean(core, order.lines[0].product.sku)).kind is Kind.ORDER_COMPLETE
    return order


def test_an_order_packed_is_queued_once_and_each_reprint_once_also_after_a_restart(file_core):
    order = complete_an_order(file_core)
    service = service_for(file_core)
    originals = service.process_requests()
    assert len(originals) == 3
    assert service.process_requests() == []
    assert scan(file_core, "CMD:REPRINT").kind is Kind.REPRINT_REQUESTED
    copies = service.process_requests()
    assert sorted(copy.reprint_of for copy in copies) == sorted(job.id for job in originals)
    assert service.process_requests() == []
    restarted = service_for(file_core)
    assert restarted.process_requests() == []
    assert scan(file_core, "CMD:REPRINT").kind is Kind.REPRINT_REQUESTED
    second = restarted.process_requests()
    assert all(job.name.endswith("-reprint-2") for job in second)
    assert len(service.jobs.for_order(order.id)) == 9
    assert requests.pending(file_core.store.conn) == []


def test_an_order_cancelled_before_the_worker_renders_it_is_refused_and_never_printed(
        file_core):
    order = complete_an_order(file_core)
    file_core.store.conn.execute("UPDATE orders SET cancelled = 1 WHERE id = ?", (order.id,))
    service = service_for(file_core)
    told: list[PrintingError] = []
    service.worker.refused = told.append
    assert service.send_due() == []
    assert service.jobs.for_order(order.id) == []
    [error] = told
    assert order.id in error.message.render()
    assert "cancelled" in error.message.render()
    [packed] = [e for e in journal.for_subject(file_core.store.conn, order.id)
                if e.type == OrderPacked.TYPE]
    outcome, why = requests.handled(file_core.store.conn, packed.id)
    assert outcome == "refused"
    assert why == error.message
    assert service.send_due() == []  # refused once, not again each round
    assert len(told) == 1


def test_a_request_that_breaks_unexpectedly_is_said_kept_and_tried_again(
        file_core, monkeypatch, caplog):
    order = complete_an_order(file_core)
    service = service_for(file_core)
    told: list[PrintingError] = []
    service.worker.refused = told.append
    real_render = slip.render

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("font cache broken")

    monkeypatch.setattr(slip, "render", broken)
    assert service.process_requests() == []
    assert "font cache broken" in told[0].message.render()
    assert any("font cache broken" in str(record.exc_info[1]) for record in caplog.records
               if record.exc_info)
    assert len(requests.pending(file_core.store.conn)) == 1
    assert service.process_requests() == []  # not again at once: it waits its pause
    assert len(told) == 1
    monkeypatch.setattr(slip, "render", real_render)
    service.desk.retry_broken_seconds = 0.0  # as if its pause had passed
    assert len(service.process_requests()) == 3
    assert requests.pending(file_core.store.conn) == []
    assert len(service.jobs.for_order(order.id)) == 3


def test_a_station_migrated_with_a_history_does_not_print_that_history_again(tmp_path):
    from station.migrations import MIGRATIONS_DIR
    from station.store import open_store

    store = open_store(tmp_path / "station.sqlite3")
    cursor = store.conn.execute("SELECT seq FROM print_request_cursor").fetchone()[0]
    assert cursor == 0  # a new station: every request counts
    store.conn.execute("DELETE FROM schema_migrations WHERE id = '0101_print_requests'")
    store.conn.executescript("DROP TABLE print_requests; DROP TABLE print_request_cursor;")
    journal.append(store.conn, journal.event_of(
        OrderPacked(order_id="ORD-1", units=1, lines=1), station="S", user=None,
        at=datetime(2026, 11, 23, tzinfo=UTC), subject="ORD-1"))
    store.conn.commit()
    store.close()
    assert (MIGRATIONS_DIR / "0101_print_requests.sql").exists()
    migrated = open_store(tmp_path / "station.sqlite3")
    try:
        assert requests.pending(migrated.conn) == []
    finally:
        migrated.close()
