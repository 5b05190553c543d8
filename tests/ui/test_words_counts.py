"""Counts read naturally (issue 13 item 10): English says "1 event" and "2 events", the
over-scan message says what is left rather than "needs 0 more, not 1", and the sync backlog
has one wording in the status bar and in the sync widget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from station.demo import APPAREL
from station.messages import catalogue
from station.pack.outcomes import Kind
from tests.support import ean, find_order, scan
from ui.sync.backlog_words import backlog_text

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _over_scan(core, *, extra_quantity: int | None):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_quantity=1)
    scan(core, order.id)
    code = ean(core, order.lines[0].product.sku)
    if extra_quantity is None:
        assert scan(core, code).kind is Kind.LINE_COMPLETE
    else:
        assert scan(core, f"QTY:{extra_quantity}").kind is Kind.QUANTITY_READY
    outcome = scan(core, code)
    assert outcome.kind is Kind.OVER_SCAN
    return outcome.message


def test_an_over_scan_of_a_packed_line_says_it_is_all_packed(core):
    message = _over_scan(core, extra_quantity=None)
    english = message.render()
    assert "all packed already" in english
    assert "0 more" not in english
    assert "not 1" not in english
    japanese = catalogue("ja").render(message)
    assert "すべて梱包済み" in japanese
    assert "0 点" not in japanese
    assert "ではありません" not in japanese


def test_an_over_scan_of_a_quantity_says_how_many_are_left_and_how_many_were_scanned(core):
    message = _over_scan(core, extra_quantity=3)
    assert "needs only 1 more, and 3 were scanned" in message.render()
    assert "残り 1 点ですが、3 点スキャンされました" in catalogue("ja").render(message)


@pytest.mark.parametrize(("waiting", "expected"), [
    (0, "All events synced"),
    (1, "1 event waiting to sync (oldest 30 s ago)"),
    (2, "2 events waiting to sync (oldest 30 s ago)"),
])
def test_the_backlog_says_event_or_events(waiting, expected):
    oldest = (NOW - timedelta(seconds=30)).isoformat()
    assert backlog_text(waiting, oldest, NOW).render() == expected


def test_the_backlog_reads_in_japanese_with_its_age_translated():
    oldest = (NOW - timedelta(minutes=5)).isoformat()
    assert catalogue("ja").render(backlog_text(1, oldest, NOW)) == "送信待ち 1 件（最古 5 分前）"


def test_the_status_bar_and_the_sync_widget_word_the_backlog_alike(station_app, qtbot):
    from station.journal import backlog
    from sync.status import SyncStatus
    from ui.sync.status_widget import SyncStatusWidget

    window = station_app.window
    scan(station_app.core, "BADGE:P-1001")  # one event waits for the hub
    window.refresh_backlog()
    now = station_app.core.clock.now
    widget = SyncStatusWidget(SyncStatus, lambda: backlog(station_app.core.store.conn),
                              rejected=list, now=now)
    qtbot.addWidget(widget)
    assert window.backlog_label.text() == widget.waiting_label.text()
    assert window.backlog_label.text().startswith("1 event waiting to sync")


def test_the_sync_status_in_the_status_bar_follows_a_language_switch_at_once(station_app):
    from station.journal import backlog
    from sync.status import SyncStatus
    from ui.sync.status_widget import SyncStatusWidget

    window, core = station_app.window, station_app.core
    widget = SyncStatusWidget(SyncStatus, lambda: backlog(core.store.conn), rejected=list,
                              now=core.clock.now, refresh_ms=3_600_000)
    window.use_sync_status(widget)
    assert widget.state_label.text() == "● Connecting to the hub…"
    window.set_language("ja")
    try:
        assert widget.state_label.text() != "● Connecting to the hub…"
        assert widget.waiting_label.text() == "すべて送信済み"
    finally:
        window.set_language("en")
    assert widget.waiting_label.text() == "All events synced"


def test_a_one_unit_order_says_one_item_not_one_items(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, max_lines=1, max_quantity=1)
    opened = scan(core, order.id)
    assert opened.kind is Kind.ORDER_OPENED
    assert f"Order {order.id}: 1 item. Suggested box:" in opened.message.render()
    assert "1 items" not in opened.message.render()
    missing = scan(core, "CMD:COMPLETE")
    assert missing.kind is Kind.NOT_COMPLETE
    assert missing.message.render() == ("1 item is still missing. Scan it, or report an "
                                        "exception.")
