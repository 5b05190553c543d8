"""A printer outage is one failure per job in the journal, however often the worker retries:
the retries are counted in the job's row, the recovery is its PrintJobSent, and the
supervisor's print-failure figure counts the job once (trigger tables and raw events)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from printing.service import PrintService
from station import journal
from station.demo import APPAREL
from station.events import parse
from station.events import printing as pe
from station.metrics.periods import days
from station.printing import jobs as pj
from tests.metrics_support import JST, both
from tests.printing_fakes import FakeZplPrinter
from tests.support import find_order

RETRIES = 6


def _print_failures(conn, way: str) -> int:
    return both(conn)[way].tally(days(date(2026, 11, 23), date(2026, 11, 23), JST),
                                 None).site.print_failures


@pytest.mark.parametrize("way", ["tables", "raw"])
def test_an_outage_journals_one_failure_and_one_recovery_and_counts_the_job_once(
        file_core, way):
    order = find_order(file_core, brand=APPAREL)
    with FakeZplPrinter(paper_out=True) as printer:
        settings = dataclasses.replace(file_core.settings, extra={"printers": {
            "folder": str(file_core.settings.data_dir / "printed"), "label": printer.spec}})
        service = PrintService(file_core.store, file_core.catalogue, file_core.clock,
                               settings)
        [label, *_] = service.print_packed_order(order.id)
        for _ in range(RETRIES):
            service.send_due()
            file_core.clock.advance(seconds=120)
        assert service.jobs.get(label.id).attempts == RETRIES
        assert service.jobs.get(label.id).status is pj.JobStatus.FAILED
        printer.paper_out = False
        service.send_due()
    recorded = [event for event in journal.for_subject(file_core.store.conn, order.id)
                if getattr(parse(event.type, event.payload), "job_id", None) == label.id]
    assert [event.type for event in recorded] == [
        pe.PrintJobQueued.TYPE, pe.PrintJobFailed.TYPE, pe.PrintJobSent.TYPE]
    assert recorded[1].read(pe.PrintJobFailed).attempt == 1
    assert recorded[2].read(pe.PrintJobSent).recovered_after_failures == RETRIES
    assert service.jobs.get(label.id).attempts == RETRIES + 1
    assert _print_failures(file_core.store.conn, way) == 1
