"""`python -m station.inbox export-parked`: the parked events of a real station database as
CSV, with the hub's reasons, and nothing a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
import sqlite3

from station import journal
from station.events.pack import OrderPacked
from station.inbox.__main__ import main
from station.inbox.rejected import Parked, acknowledge


def park(core, subject, outcome, reason):
    with core.store.write() as db:
        event = journal.append(db.conn, journal.event_of(
            OrderPacked(order_id=subject, units=1, lines=1), station="PACK-01", user="P-1001",
            at=core.clock.now(), subject=subject))
        acknowledge(db.conn, [], [Parked(event, outcome, reason)], core.clock.now())
    return event


def test_the_parked_events_are_exported_with_their_reasons(file_core, tmp_path, capsys):
    first = park(file_core, "ORD-100007", "rejected", "order ORD-100007 was cancelled")
    second = park(file_core, "=HYPERLINK(\"http://x\")", "conflict", "-packed at PACK-02")
    file_core.close()
    out = tmp_path / "parked.csv"
    assert main(["export-parked", "--data-dir", str(file_core.settings.data_dir),
                 "--out", str(out)]) == 0
    assert "保留中のイベント 2 件" in capsys.readouterr().err       # the station speaks ja
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [row["event_id"] for row in rows] == [first.id, second.id]
    assert rows[0]["outcome"] == "rejected"
    assert rows[0]["reason"] == "order ORD-100007 was cancelled"
    assert rows[1]["outcome"] == "conflict"
    assert rows[1]["subject"] == "'=HYPERLINK(\"http://x\")"
    assert rows[1]["reason"] == "'-packed at PACK-02"
    # The events stay in the journal, acknowledged so the outbox went on.
    with sqlite3.connect(file_core.settings.database_path) as conn:
        kept = conn.execute("SELECT id FROM journal WHERE id IN (?, ?) AND synced_at IS NOT"
                            " NULL", (first.id, second.id)).fetchall()
    assert len(kept) == 2


def test_a_missing_database_is_a_clear_message(tmp_path, capsys):
    assert main(["export-parked", "--data-dir", str(tmp_path / "nowhere")]) == 2
    assert "ステーションのデータベースがありません" in capsys.readouterr().err
