"""Exceptions that say what happened: which item and how many are short or damaged, a note for
OTHER, read back from the journal; a queued order is refused with its reason; a supervisor
resolves or releases it with a reason, and the open-exception figures follow (a SQLite file)."""

from __future__ import annotations

from datetime import timedelta

from station.events.exceptions import ExceptionReleased, ExceptionResolved
from station.events.pack import ExceptionReported, OrderOpened
from station.pack.outcomes import Kind, Tone
from tests.metrics_support import both
from tests.support import ean, find_line, payloads, scan


def line_of_three(line):
    product = line.product
    return line.quantity == 3 and not product.lot_controlled and not product.serial_controlled


def open_exceptions(core):
    now = core.clock.now()
    return {name: [item.order for item in figures.open_exceptions(
                now - timedelta(days=1), now + timedelta(days=1), None)]
            for name, figures in both(core.store.conn).items()}


def start(core):
    order, line = find_line(core, line_of_three)
    scan(core, "BADGE:P-1001")
    scan(core, order.id)
    scan(core, ean(core, line.product.sku))
    return order, line


def test_a_short_item_and_its_quantity_are_scanned_and_read_back_from_the_journal(file_core):
    core = file_core
    order, line = start(core)
    assert scan(core, "CMD:EXCEPTION").kind is Kind.REASON_NEEDED
    assert scan(core, "REASON:SHORT").kind is Kind.EXCEPTION_ITEM_NEEDED
    assert scan(core, "CMD:OK").kind is Kind.EXCEPTION_ITEM_NEEDED     # no item yet: not sent
    ready = scan(core, ean(core, line.product.sku))
    assert ready.kind is Kind.EXCEPTION_ITEM_NEEDED
    assert "1 ×" in ready.message.render()
    too_many = scan(core, "QTY:4")                                    # more than ordered
    assert too_many.tone is Tone.WARN
    assert "only 3" in too_many.message.render()
    assert "2 ×" in scan(core, "QTY:2").message.render()
    outcome = scan(core, "CMD:OK")
    assert outcome.kind is Kind.EXCEPTION_REPORTED
    said = outcome.message.render()  # the unit already packed stays in the box (review 10)
    assert "Leave the 1 unit packed in the box" in said
    assert "box and the tote together on the exception shelf" in said
    [report] = payloads(core.store.conn, ExceptionReported, order.id)
    assert (report.reason, report.sku, report.quantity, report.note) == (
        "SHORT", line.product.sku, 2, None)
    assert report.missing_units == order.units - 1
    assert open_exceptions(core) == {"tables": [order.id], "raw": [order.id]}


def test_other_needs_a_note_and_a_wrong_pick_goes_at_once(file_core):
    core = file_core
    order, _line = start(core)
    scan(core, "CMD:EXCEPTION")
    scan(core, "REASON:OTHER")
    assert scan(core, "CMD:OK").kind is Kind.EXCEPTION_ITEM_NEEDED     # no note: not sent
    core.pack.reports.set_note("  The tote came in wet  ")
    assert scan(core, "CMD:OK").kind is Kind.EXCEPTION_REPORTED
    [report] = payloads(core.store.conn, ExceptionReported, order.id)
    assert (report.reason, report.sku, report.note) == ("OTHER", None, "The tote came in wet")


def test_cancel_leaves_the_order_open(file_core):
    core = file_core
    order, _line = start(core)
    scan(core, "CMD:EXCEPTION")
    scan(core, "REASON:DAMAGED")
    assert scan(core, "CMD:CANCEL").kind is Kind.CANCELLED_PROMPT
    assert core.pack.order.id == order.id
    assert payloads(core.store.conn, ExceptionReported, order.id) == []


def test_a_queued_order_is_refused_with_its_reason_until_a_supervisor_releases_it(file_core):
    core = file_core
    order, line = start(core)
    for code in ("CMD:EXCEPTION", "REASON:DAMAGED", ean(core, line.product.sku), "CMD:OK"):
        scan(core, code)
    refused = scan(core, order.id)
    assert refused.kind is Kind.ORDER_IN_EXCEPTION
    assert "Damaged: 1 ×" in refused.message.render()
    assert len(payloads(core.store.conn, OrderOpened, order.id)) == 1   # not reopened

    assert not core.exceptions.release(order.id, "Replaced").done       # a packer cannot
    scan(core, "BADGE:S-3001")
    assert not core.exceptions.release(order.id, "   ").done            # no reason, no release
    decision = core.exceptions.release(order.id, "Replaced from stock")
    assert decision.done
    [released] = payloads(core.store.conn, ExceptionReleased, order.id)
    assert released.reason == "Replaced from stock"
    assert open_exceptions(core) == {"tables": [], "raw": []}
    assert not core.exceptions.release(order.id, "again").done          # no longer queued
    scan(core, "BADGE:P-1001")
    assert scan(core, order.id).kind is Kind.ORDER_OPENED


def test_a_resolved_exception_is_closed_for_good(file_core):
    core = file_core
    order, _line = start(core)
    scan(core, "CMD:EXCEPTION")
    scan(core, "REASON:WRONGPICK")
    scan(core, "BADGE:S-3001")
    assert core.exceptions.resolve(order.id, "Cancelled at the OMS").done
    [resolved] = payloads(core.store.conn, ExceptionResolved, order.id)
    assert resolved.reason == "Cancelled at the OMS"
    assert open_exceptions(core) == {"tables": [], "raw": []}
    scan(core, "BADGE:P-1001")
    assert scan(core, order.id).kind is Kind.ORDER_IN_EXCEPTION


def test_cancel_with_nothing_pending_says_so_and_changes_nothing(file_core):
    core = file_core
    order, _line = start(core)
    outcome = scan(core, "CMD:CANCEL")
    assert outcome.kind is Kind.NOTHING_TO_CANCEL
    assert "Nothing to cancel" in outcome.message.text
    assert core.pack.order.id == order.id
