"""Kill -9 a real station process between an order's OrderPacked and its print jobs: the
journal's request survives, and the restarted station's worker prints exactly one set (and
one copy per reprint asked for), however often it restarts."""

from __future__ import annotations

import random
from pathlib import Path

from printing.service import PrintService
from station import journal
from station.core import StationCore, open_core
from station.demo import APPAREL
from station.events.pack import OrderPacked, ReprintRequested
from station.printing import requests
from station.printing.jobs import JobStatus, PrintJob
from station.settings import load
from tests.e2e.kill_harness import run_and_kill
from tests.printing_crash_child import script_for
from tests.support import find_order, wait_until


def _open(data_dir: Path) -> StationCore:
    return open_core(load(None, data_dir=data_dir, environ={}))


def _print_in_background_until_done(core: StationCore) -> list[PrintJob]:
    service = PrintService.for_core(core)
    service.start()
    try:
        def all_sent() -> bool:
            jobs = service.jobs.recent()
            return bool(jobs) and not requests.pending(core.store.conn) and all(
                job.status is JobStatus.SENT for job in jobs)

        wait_until(all_sent, timeout=30)
    finally:
        service.stop()
    return service.jobs.recent()


def test_a_station_killed_before_its_documents_were_queued_prints_one_set_on_restart(
        tmp_path):
    rng = random.Random(20261123)
    for trial, kill_at in enumerate(("complete", "reprint")):
        data_dir = tmp_path / f"trial{trial}"
        core = _open(data_dir)
        order = find_order(core, brand=APPAREL, serial=False, lot_controlled=False,
                           max_lines=2, max_quantity=2)
        script = script_for(core, order.id)
        core.close()
        last = len(script) - 1
        acked = run_and_kill("tests.printing_crash_child", [str(data_dir), order.id],
                             last - 1 if kill_at == "complete" else last, rng)
        assert acked >= last - 1, f"trial {trial}: the child stopped before completing"

        core = _open(data_dir)
        try:
            events = journal.for_subject(core.store.conn, order.id)
            assert OrderPacked.TYPE in {event.type for event in events}
            reprints_asked = sum(event.type == ReprintRequested.TYPE
                                 for event in events)
            if acked == last:
                assert reprints_asked == 1
            assert core.store.conn.execute("SELECT count(*) FROM print_jobs").fetchone() == (0,)
            jobs = _print_in_background_until_done(core)
        finally:
            core.close()
        originals = [job for job in jobs if job.reprint_of is None]
        copies = [job for job in jobs if job.reprint_of is not None]
        assert sorted(job.kind.value for job in originals) == ["insert", "label", "slip"]
        assert len(copies) == 3 * reprints_asked
        assert {job.status for job in jobs} == {JobStatus.SENT}
        assert (data_dir / "printed" / f"{order.id}-slip.pdf").exists()

        # Restarted again: every request is handled, nothing prints twice.
        core = _open(data_dir)
        try:
            again = PrintService.for_core(core)
            assert again.process_requests() == []
            assert len(again.jobs.recent()) == len(jobs)
        finally:
            core.close()
