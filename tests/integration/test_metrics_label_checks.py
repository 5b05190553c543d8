"""The carrier label check (送り状検品) in the supervisor metrics: label scans counted by outcome
per station, packer and brand, the same from the kept tables (migration 0410) as from the raw
events, and counted for a journal written before the migration."""

from __future__ import annotations

from datetime import timedelta

from station.events.shipping import LabelChecked, LabelReissued, WrongLabelScanned
from station.metrics import synthetic as sy
from station.metrics.definitions import LabelOutcome
from station.metrics.synthetic import Script
from station.migrations import migrate
from station.store import open_store
from tests.metrics_support import at, both, day_tally

MIGRATION = "0410_metrics_label_checks"


def label_checks(script: Script, order_id: str, brand: str, user: str, start) -> None:
    """An order sealed in two boxes whose labels are checked: one wrong label, one torn
    label reissued, then both right."""
    when = script_order(script, order_id, brand, user, start)
    for payload in (
            WrongLabelScanned(order_id=order_id, scanned="111", expected=("222", "333")),
            LabelChecked(order_id=order_id, box_no=1, tracking="222"),
            LabelReissued(order_id=order_id, box_no=2, voided="333", tracking="444",
                          reason="torn"),
            LabelChecked(order_id=order_id, box_no=2, tracking="444")):
        when += timedelta(seconds=20)
        script.event(payload, when, user, order_id)


def script_order(script: Script, order_id: str, brand: str, user: str, start):
    return script.order(order_id, user, start, [10, 10], brand=brand)


def journal_with_label_checks(conn) -> Script:
    """Two orders checked at PACK-01 (KAZE by P-1001, HANA by P-1002), one label at PACK-02
    of an order it never opened (no brand); PACK-01's script, to go on with."""
    script = Script(conn, "PACK-01")
    label_checks(script, "ORD-1", "KAZE", "P-1001", at(10, 0))
    label_checks(script, "ORD-2", "HANA", "P-1002", at(10, 30))
    Script(conn, "PACK-02").event(LabelChecked(order_id="ORD-3", box_no=1, tracking="9"),
                                  at(11, 0), "P-1001", "ORD-3")
    return script


def test_label_scans_are_counted_by_outcome_for_the_site_each_packer_and_station():
    store = open_store(None)
    try:
        journal_with_label_checks(store.conn)
        for way, figures in both(store.conn).items():
            tally = day_tally(figures)
            site = tally.site
            assert [site.label_scans(outcome) for outcome in LabelOutcome] == [5, 2, 2], way
            packers = {packer.key: packer.label_scans(LabelOutcome.CHECKED)
                       for packer in tally.packers}
            assert packers == {"P-1001": 3, "P-1002": 2}, way
            stations = {station.key: station.label_scans(LabelOutcome.WRONG)
                        for station in tally.stations}
            assert stations == {"PACK-01": 2, "PACK-02": 0}, way
    finally:
        store.close()


def test_a_brand_sees_only_the_label_scans_of_its_orders():
    store = open_store(None)
    try:
        journal_with_label_checks(store.conn)
        for way, figures in both(store.conn).items():
            kaze = day_tally(figures, brand="KAZE").site
            assert (kaze.label_scans(LabelOutcome.CHECKED), kaze.label_scans(LabelOutcome.WRONG),
                    kaze.label_scans(LabelOutcome.REISSUED)) == (2, 1, 1), way
    finally:
        store.close()


def test_label_checks_journaled_before_the_migration_are_counted_when_it_runs():
    store = open_store(None)
    try:
        conn = store.conn
        # The station as it was before 0410: no label trigger, no label rows.
        conn.execute("DROP TRIGGER metrics_apply_label_checks")
        conn.execute("DELETE FROM schema_migrations WHERE id = ?", (MIGRATION,))
        script = journal_with_label_checks(conn)
        script.event(sy.opened_order("ORD-1", "HANA"), at(12, 0), "P-1001", "ORD-1")
        script.event(LabelChecked(order_id="ORD-1", box_no=1, tracking="5"), at(12, 1),
                     "P-1001", "ORD-1")
        before = conn.execute("SELECT count(*) FROM metrics_category WHERE kind = 'label'")
        assert before.fetchone()[0] == 0
        assert migrate(conn) == [MIGRATION]
        ways = both(conn)
        assert day_tally(ways["tables"]) == day_tally(ways["raw"])
        for brand in ("KAZE", "HANA"):
            assert day_tally(ways["tables"], brand=brand) == day_tally(ways["raw"], brand=brand)
        assert day_tally(ways["tables"]).site.label_scans(LabelOutcome.CHECKED) == 6
        hana = day_tally(ways["tables"], brand="HANA").site
        assert hana.label_scans(LabelOutcome.CHECKED) == 3, "ORD-1 reopened as HANA"
    finally:
        store.close()
