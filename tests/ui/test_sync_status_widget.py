"""The sync status widget and the rejected list, real widgets under offscreen Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QObject

from station.events.pack import OrderPacked
from station.inbox.records import InboxResult, OrderChange, OrderChangeKind
from station.inbox.rejected import RejectedEvent
from station.journal import Backlog
from station.pack.outcomes import Kind
from sync.status import SyncProblem, SyncStatus
from tests.support import ean, find_order, scan
from ui.sync.backlog_words import age_text
from ui.sync.bridge import SyncBridge, stop_open_order_on_hub_changes
from ui.sync.rejected_view import RejectedEventsTable
from ui.sync.status_widget import SyncStatusWidget

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
REJECTED = [RejectedEvent("e1", 41, OrderPacked.TYPE, "ORD-100007",
                          "order ORD-100007 was cancelled at the hub before it was packed",
                          "2026-11-23T08:55:00.000+00:00")]


def make_widget(qtbot, status, backlog, rejected):
    widget = SyncStatusWidget(lambda: status, lambda: backlog, rejected=lambda: rejected,
                              now=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def test_online_with_nothing_waiting_says_so(qtbot):
    widget = make_widget(qtbot, SyncStatus(online=True), Backlog(0, None), [])
    assert "Online" in widget.state_label.text()
    assert widget.waiting_label.text() == "All events synced"
    assert not widget.rejected_button.isEnabled()


def test_offline_shows_the_backlog_and_the_age_of_the_oldest(qtbot, tmp_path):
    oldest = (NOW - timedelta(hours=26)).isoformat()
    widget = make_widget(qtbot, SyncStatus(online=False, last_error="ConnectError"),
                         Backlog(1234, oldest), REJECTED)
    widget.resize(620, 36)
    assert "Offline" in widget.state_label.text()
    assert widget.waiting_label.text() == "1234 events waiting to sync (oldest 26 h ago)"
    assert widget.rejected_button.text() == "Parked: 1"
    assert widget.rejected_button.isEnabled()
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.grab().save(str(tmp_path / "sync-status-offline.png"))


@pytest.mark.parametrize(("problem", "says"), [
    (SyncProblem.UNREACHABLE, "Offline: working locally"),
    (SyncProblem.TOKEN_REFUSED, "refuses this station's token"),
    (SyncProblem.STATION_REFUSED, "refuses this station"),
    (SyncProblem.REQUEST_REFUSED, "refuses what this station sends"),
    (SyncProblem.BAD_ANSWER, "answer made no sense"),
])
def test_the_state_names_the_problem_not_always_the_token(qtbot, problem, says):
    widget = make_widget(qtbot, SyncStatus(online=False, problem=problem, last_error="422: x"),
                         Backlog(3, NOW.isoformat()), REJECTED)
    assert says in widget.state_label.text()
    assert ("token" in widget.state_label.text()) is (problem is SyncProblem.TOKEN_REFUSED)
    assert widget.state_label.toolTip() == "422: x"


def test_ages_read_in_the_largest_sensible_unit():
    assert age_text(None, NOW).render() == "nothing waiting"
    assert age_text((NOW - timedelta(seconds=30)).isoformat(), NOW).render() == "oldest 30 s ago"
    assert age_text((NOW - timedelta(minutes=90)).isoformat(), NOW).render() == \
        "oldest 90 min ago"
    assert age_text((NOW - timedelta(days=4)).isoformat(), NOW).render() == "oldest 4 days ago"


def test_the_rejected_list_shows_the_hubs_reason(qtbot, tmp_path):
    table = RejectedEventsTable(REJECTED)
    qtbot.addWidget(table)
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == OrderPacked.TYPE
    assert table.item(0, 3).text() == "rejected"
    assert "cancelled at the hub" in table.item(0, 4).text()
    table.resize(760, 120)
    table.show()
    qtbot.waitExposed(table)
    assert table.grab().save(str(tmp_path / "sync-rejected.png"))


def test_news_from_the_worker_thread_stops_the_open_order_on_the_ui_thread(qtbot, core):
    import threading

    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, serial=False, lot_controlled=False, min_lines=2, max_quantity=1)
    scan(core, order.id)
    scan(core, ean(core, order.lines[0].product.sku))
    core.store.conn.execute("UPDATE orders SET cancelled = 1 WHERE id = ?", (order.id,))
    bridge = SyncBridge()
    shown = []
    stop_open_order_on_hub_changes(bridge, core.pack, core.catalogue, shown.append)
    news = InboxResult(order_changes=(OrderChange(order.id, OrderChangeKind.CANCELLED),))
    with qtbot.waitSignal(bridge.inbox_changed, timeout=5000):
        threading.Thread(target=bridge.post, args=(news,)).start()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].kind is Kind.STOPPED_BY_HUB
    assert core.pack.order is None
    assert isinstance(bridge, QObject)
