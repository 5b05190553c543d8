"""Waits are timed on the monotonic clock: a wall clock stepped back two hours (NTP, a wrong
time set by hand) neither holds print retries nor keeps a forgotten badge signed in, and one
stepped forward signs nobody out early."""

from __future__ import annotations

from printing.service import PrintService
from station.pack.outcomes import Kind
from station.printing import jobs as pj
from tests.integration.test_printing_service import pack, service_for, simple_order
from tests.printing_fakes import FakeZplPrinter
from tests.support import scan


def _failed_label(core, printer: FakeZplPrinter) -> tuple[PrintService, pj.PrintJob]:
    service = service_for(core, label=printer.spec)
    order = simple_order(core)
    pack(core, order)
    [label, *_] = service.print_packed_order(order.id)
    [failed] = [job for job in service.send_due() if job.id == label.id]
    assert failed.status is pj.JobStatus.FAILED
    return service, failed


def test_a_waiting_print_job_is_retried_on_time_after_the_wall_clock_went_back(file_core):
    with FakeZplPrinter(paper_out=True) as printer:
        service, failed = _failed_label(file_core, printer)
        printer.paper_out = False
        file_core.clock.step_wall(hours=-2)
        assert [job.id for job in service.send_due()] == []     # its pause is not over yet
        file_core.clock.advance(seconds=5)                      # the first pause: 5 s
        [sent] = [job for job in service.send_due() if job.id == failed.id]
        assert sent.status is pj.JobStatus.SENT
    assert printer.labels == [service.jobs.document(failed.id).strip()]


def test_a_wall_clock_stepped_forward_does_not_retry_a_job_early(file_core):
    with FakeZplPrinter(paper_out=True) as printer:
        service, failed = _failed_label(file_core, printer)
        file_core.clock.step_wall(hours=2)
        assert service.send_due() == []
        assert service.jobs.get(failed.id).attempts == 1


def test_a_job_queued_just_before_the_clock_went_back_prints_at_once(file_core):
    with FakeZplPrinter() as printer:
        service = service_for(file_core, label=printer.spec)
        order = simple_order(file_core)
        pack(file_core, order)
        queued = service.print_packed_order(order.id)
        file_core.clock.step_wall(hours=-2)
        sent = service.send_due()
    assert {job.id for job in sent} == {job.id for job in queued}
    assert all(job.status is pj.JobStatus.SENT for job in sent)


def test_idle_sign_out_still_comes_after_the_wall_clock_went_back(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    core.clock.step_wall(hours=-2)
    core.clock.advance(minutes=14)
    assert core.pack.sign_out_if_idle() is None
    core.clock.advance(minutes=1)
    outcome = core.pack.sign_out_if_idle()
    assert outcome is not None
    assert core.signin.badge is None


def test_a_wall_clock_stepped_forward_signs_nobody_out(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    core.clock.step_wall(hours=2)
    assert core.pack.sign_out_if_idle() is None
    assert core.signin.badge is not None


def test_retry_now_still_sends_a_job_whose_monotonic_pause_is_not_over(file_core):
    with FakeZplPrinter(paper_out=True) as printer:
        service, failed = _failed_label(file_core, printer)
        printer.paper_out = False
        service.retry_now()                 # the packer fixed the printer
        [sent] = [job for job in service.send_due() if job.id == failed.id]
        assert sent.status is pj.JobStatus.SENT
