"""The print service on a real SQLite file: an order packed through the real pack session
gets its label(s), slip and insert queued in the journal and written to the print folder;
reprint, void and test pages; a printer that is off never stops packing."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from printing.documents.recommerce import RecommerceLabel
from printing.errors import PrintingError
from printing.identifiers import sscc as fallback_sscc
from printing.service import PrintService
from station import journal
from station.carriers.issuing import issue_sscc
from station.carriers.numbering import SSCC_KIND, Actor, receive_block, remaining
from station.carriers.sscc import sscc_for_serial
from station.demo import APPAREL
from station.errors import ConfigError
from station.events import printing as pe
from station.events.returns import RecommerceLabelRequested
from station.pack.outcomes import Kind
from station.printing import jobs as pj
from tests import printing_readback as readback
from tests.printing_fakes import FakeZplPrinter
from tests.support import ean, find_order, scan, wait_until


def service_for(core, **printers: object) -> PrintService:
    settings = dataclasses.replace(core.settings, extra={"printers": {
        "folder": str(core.settings.data_dir / "printed"), **printers}})
    return PrintService(core.store, core.catalogue, core.clock, settings)


def pack(core, order, new_box_after: int | None = None) -> None:
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    assert scan(core, order.id).kind is Kind.ORDER_OPENED
    outcome = None
    for index, line in enumerate(order.lines):
        if new_box_after is not None and index == new_box_after:
            assert scan(core, "CMD:NEWBOX").kind is Kind.BOX_STARTED
        for _ in range(line.quantity):
            outcome = scan(core, ean(core, line.product.sku))
    assert outcome is not None
    assert outcome.kind is Kind.ORDER_COMPLETE


def simple_order(core, besides: str | None = None):
    """An apparel order of one unit without serial numbers."""
    for order_id in core.catalogue.order_ids():
        order = core.catalogue.order(order_id)
        if (order.id != besides and order.brand == APPAREL and order.units == 1
                and not order.lines[0].product.serial_controlled):
            return order
    raise LookupError("no simple order")


def events(core, order_id, prefix="PrintJob"):
    return [event for event in journal.for_subject(core.store.conn, order_id)
            if event.type.startswith(prefix)]


@pytest.fixture
def packed(file_core):
    order = find_order(file_core, brand=APPAREL, serial=False, min_lines=2, max_lines=3,
                       max_quantity=2)
    pack(file_core, order, new_box_after=1)
    return file_core, order


def test_a_packed_order_gets_a_label_per_box_a_slip_and_an_insert_in_the_folder(packed):
    core, order = packed
    service = service_for(core)
    queued = service.print_packed_order(order.id, user="P-1001")
    assert [(job.kind, job.box_no) for job in queued] == [
        (pj.DocumentKind.LABEL, 1), (pj.DocumentKind.LABEL, 2), (pj.DocumentKind.SLIP, None),
        (pj.DocumentKind.INSERT, None)]
    recorded = events(core, order.id)
    assert [event.type for event in recorded] == [pe.PrintJobQueued.TYPE] * 4
    assert {event.read(pe.PrintJobQueued).job_id for event in recorded} == \
        {job.id for job in queued}
    sent = service.send_due()
    assert {job.status for job in sent} == {pj.JobStatus.SENT}
    folder = core.settings.data_dir / "printed"
    for job in queued:
        assert (folder / job.file_name).read_bytes() == service.jobs.document(job.id)
    assert [e.type for e in events(core, order.id)][4:] == [pe.PrintJobSent.TYPE] * 4
    label_two = (folder / f"{order.id}-label-2.zpl").read_bytes()
    image = readback.zpl_image(label_two, 101.6, 152.4, 203)
    assert ("Code128", True) in {(code.format, code.gs1) for code in readback.decode(image)}


def test_printing_an_order_twice_queues_nothing_more(packed):
    core, order = packed
    service = service_for(core)
    first = service.print_packed_order(order.id)
    again = service.print_packed_order(order.id)
    assert [job.id for job in again] == [job.id for job in first]
    assert len(events(core, order.id)) == len(first)


def test_a_reprint_sends_the_same_bytes_again_and_says_what_it_copies(packed):
    core, order = packed
    service = service_for(core)
    originals = service.print_packed_order(order.id)
    service.send_due()
    copies = service.reprint(order.id, user="P-1001")
    assert [copy.reprint_of for copy in copies] == [job.id for job in originals]
    assert all(service.jobs.document(copy.id) == service.jobs.document(copy.reprint_of)
               for copy in copies)
    reprinted = [e for e in events(core, order.id) if e.type == pe.PrintJobReprinted.TYPE]
    assert len(reprinted) == len(originals)
    service.send_due()
    folder = core.settings.data_dir / "printed"
    assert (folder / f"{order.id}-slip-reprint-1.pdf").exists()


def test_a_voided_job_is_not_sent_and_voiding_twice_records_it_once(packed):
    core, order = packed
    service = service_for(core)
    label = service.print_packed_order(order.id)[0]
    assert service.void(label.id, user="P-1001").status is pj.JobStatus.VOIDED
    service.void(label.id, user="P-1001")
    assert len([e for e in events(core, order.id) if e.type == pe.PrintJobVoided.TYPE]) == 1
    sent = service.send_due()
    assert label.id not in {job.id for job in sent}
    assert not (core.settings.data_dir / "printed" / label.file_name).exists()
    copies = service.reprint(order.id)
    assert label.id not in {copy.reprint_of for copy in copies}


def test_an_unreachable_printer_never_stops_packing_and_the_job_waits(file_core):
    with FakeZplPrinter() as printer:
        port = printer.port
    service = service_for(file_core, label=f"tcp:127.0.0.1:{port}", tcp_timeout_seconds=1)
    order = simple_order(file_core)
    pack(file_core, order)
    [label, *_] = service.print_packed_order(order.id)
    touched = {job.id: job for job in service.send_due()}
    assert touched[label.id].status is pj.JobStatus.FAILED
    assert "unreachable" in touched[label.id].last_error
    [status] = [s for s in service.statuses() if s.printer.startswith("tcp:")]
    assert status.waiting == 1
    assert "unreachable" in status.last_error
    failed = [e for e in events(file_core, order.id) if e.type == pe.PrintJobFailed.TYPE]
    assert failed[0].read(pe.PrintJobFailed).error == touched[label.id].last_error
    # The packer goes on with the next order meanwhile.
    other = simple_order(file_core, besides=order.id)
    assert scan(file_core, other.id).kind is Kind.ORDER_OPENED
    # Not due again before its retry time.
    assert service.send_due() == []


def test_a_job_waiting_for_paper_is_sent_once_paper_is_back(file_core):
    with FakeZplPrinter(paper_out=True) as printer:
        service = service_for(file_core, label=printer.spec)
        order = simple_order(file_core)
        pack(file_core, order)
        [label, *_] = service.print_packed_order(order.id)
        [failed] = [job for job in service.send_due() if job.id == label.id]
        assert "out of paper" in failed.last_error
        assert printer.labels == []
        printer.paper_out = False
        file_core.clock.advance(seconds=5)
        [sent] = service.send_due()
        assert sent.status is pj.JobStatus.SENT
        assert sent.attempts == 2
    assert printer.labels == [service.jobs.document(label.id).strip()]


def test_the_background_worker_sends_jobs_on_its_own_connection(packed):
    core, order = packed
    service = service_for(core)
    service.start()
    try:
        queued = service.print_packed_order(order.id)
        wait_until(lambda: all(service.jobs.get(job.id).status is pj.JobStatus.SENT
                               for job in queued), timeout=10)
    finally:
        service.stop()
    assert all(service.jobs.get(job.id).status is pj.JobStatus.SENT for job in queued)
    assert not service.worker.running


def test_a_test_page_goes_to_the_printer_asked_for(file_core):
    with FakeZplPrinter() as printer:
        service = service_for(file_core, label=printer.spec)
        zpl_job = service.test_page(printer.spec)
        pdf_job = service.test_page("folder")
        service.send_due()
    assert zpl_job.format == "zpl"
    assert printer.labels == [service.jobs.document(zpl_job.id).strip()]
    image = readback.zpl_image(printer.labels[0], 101.6, 152.4, 203)
    assert {code.text for code in readback.decode(image)} == {"TEST-PACK-01"}
    pdf = (file_core.settings.data_dir / "printed" / pdf_job.file_name).read_bytes()
    assert {code.text for code in readback.decode_pdf(pdf, 300)} == {"TEST-PACK-01"}


def test_a_recommerce_label_is_requested_in_the_journal_then_rendered_and_sent(file_core):
    service = service_for(file_core)
    request = service.print_recommerce_label(RecommerceLabel(
        brand="HANA Cosmetics", original_sku="HANA-SER", new_sku="RC-HANA-SER-A",
        barcode_value="RC-HANA-SER-A", grade="A", condition="Unopened", title="Serum",
        price_yen=4200, qr_url="https://resale.example/item/RC-HANA-SER-A", language="en"),
        user="I-2001")
    [recorded] = [e for e in journal.for_subject(file_core.store.conn, "RC-HANA-SER-A")
                  if e.type == RecommerceLabelRequested.TYPE]
    assert recorded.id == request.id
    assert recorded.read(RecommerceLabelRequested).price_yen == 4200
    assert service.jobs.recent() == []  # nothing rendered yet: the worker does that
    [sent] = service.send_due()
    assert (sent.kind, sent.status) == (pj.DocumentKind.RECOMMERCE, pj.JobStatus.SENT)
    pdf = (file_core.settings.data_dir / "printed" / "recommerce-RC-HANA-SER-A.pdf").read_bytes()
    assert "RC-HANA-SER-A" in {code.text for code in readback.decode_pdf(pdf, 300)}
    assert service.send_due() == []  # handled once
    assert len(service.jobs.recent()) == 1


@pytest.mark.parametrize(("key", "value"), [("label_format", "eps"), ("label_dpi", 600),
                                            ("slip", "lpt1"), ("gs1_company_prefix", "12AB")])
def test_a_wrong_printer_setting_names_the_key(core, key, value):
    with pytest.raises(ConfigError) as raised:
        service_for(core, **{key: value})
    assert key in raised.value.message.render()


def test_retry_backoff_grows_and_is_capped():
    from printing.worker import Backoff

    backoff = Backoff(5, 60)
    assert [backoff.after(n) for n in range(5)] == [timedelta(seconds=s)
                                                     for s in (5, 10, 20, 40, 60)]


def test_an_order_cancelled_by_the_hub_prints_nothing(file_core):
    order = simple_order(file_core)
    file_core.store.conn.execute("UPDATE orders SET cancelled = 1 WHERE id = ?", (order.id,))
    service = service_for(file_core)
    with pytest.raises(PrintingError, match="cancelled"):
        service.print_packed_order(order.id)
    assert service.jobs.for_order(order.id) == []


def test_a_second_reprint_gets_its_own_file_names(packed):
    core, order = packed
    service = service_for(core)
    service.print_packed_order(order.id)
    first = service.reprint(order.id)
    second = service.reprint(order.id)
    assert {job.name for job in first}.isdisjoint({job.name for job in second})
    assert all(job.name.endswith("-reprint-2") for job in second)


def test_one_printer_failing_does_not_hold_up_the_jobs_of_the_others(file_core):
    with FakeZplPrinter() as printer:
        port = printer.port
    service = service_for(file_core, label=f"tcp:127.0.0.1:{port}", tcp_timeout_seconds=1)
    orders = [simple_order(file_core)]
    orders.append(simple_order(file_core, besides=orders[0].id))
    for order in orders:
        service.print_packed_order(order.id)
    touched = service.send_due()
    labels = [job for job in touched if job.kind is pj.DocumentKind.LABEL]
    others = [job for job in touched if job.kind is not pj.DocumentKind.LABEL]
    assert len(labels) == 1  # the second label was not tried after the first one failed
    assert labels[0].status is pj.JobStatus.FAILED
    assert len(others) == 4
    assert {job.status for job in others} == {pj.JobStatus.SENT}


def test_the_worker_thread_outlives_an_unexpected_error_and_logs_it(packed, caplog):
    from tests.printing_fakes import RecordingPrinter

    core, order = packed
    broken = RecordingPrinter(fail_with=RuntimeError("driver bug"))
    settings = dataclasses.replace(core.settings, extra={"printers": {}})
    service = PrintService(core.store, core.catalogue, core.clock, settings,
                           printers={"folder": broken})
    service.start()
    try:
        queued = service.print_packed_order(order.id)
        wait_until(lambda: not any(service.jobs.get(job.id).status is pj.JobStatus.QUEUED
                                   for job in queued), timeout=10)
        assert service.worker.running
    finally:
        service.stop()
    failed = [service.jobs.get(job.id) for job in queued]
    assert {job.status for job in failed} == {pj.JobStatus.FAILED}
    assert all("driver bug" in job.last_error for job in failed)
    assert any("driver bug" in str(record.exc_info[1]) for record in caplog.records
               if record.exc_info)


def test_scan_outcomes_drive_printing_complete_prints_and_reprint_reprints(file_core):
    service = service_for(file_core)
    order = simple_order(file_core)
    assert service.on_scan_outcome(scan(file_core, "BADGE:P-1001")) == []
    assert service.on_scan_outcome(scan(file_core, order.id)) == []
    complete = scan(file_core, ean(file_core, order.lines[0].product.sku))
    assert complete.kind is Kind.ORDER_COMPLETE
    printed = service.on_scan_outcome(complete)
    assert {job.kind for job in printed} == {pj.DocumentKind.LABEL, pj.DocumentKind.SLIP,
                                             pj.DocumentKind.INSERT}
    reprint = scan(file_core, "CMD:REPRINT")
    assert reprint.kind is Kind.REPRINT_REQUESTED
    copies = service.on_scan_outcome(reprint)
    assert [copy.reprint_of for copy in copies] == [job.id for job in printed]
    assert {e.user for e in events(file_core, order.id)} == {"P-1001"}


def test_background_printing_refuses_an_in_memory_database(core):
    with pytest.raises(PrintingError, match="on disk"):
        service_for(core).start()


def test_the_app_builds_the_service_from_the_core_and_prints_to_the_data_folder(file_core):
    service = PrintService.for_core(file_core)
    order = simple_order(file_core)
    pack(file_core, order)
    service.print_packed_order(order.id)
    service.send_due()
    assert service.folder == file_core.settings.data_dir / "printed"
    assert (service.folder / f"{order.id}-slip.pdf").exists()


def test_a_label_carries_the_sscc_issued_from_the_stations_serials_and_a_reprint_the_same(
        packed):
    core, order = packed
    actor = Actor(core.settings.station.id, None, core.clock.now())
    receive_block(core.store, SSCC_KIND, 7_000, 7_099, actor)
    service = service_for(core, label_format="zpl")
    [label, *_] = service.print_packed_order(order.id)
    issued = issue_sscc(core.store, "4589123", order.id, 1, actor)   # the box's live SSCC
    assert issued == sscc_for_serial("4589123", 7_000)
    assert issued in service.jobs.document(label.id).decode("ascii")
    assert issued != fallback_sscc("4589123", order.id, 1)
    [again, *_] = service.reprint(order.id)
    assert issued in service.jobs.document(again.id).decode("ascii")
    assert remaining(core.store.conn, SSCC_KIND) == 98   # box 1 and box 2


def test_without_serials_lookalike_orders_and_boxes_still_get_different_ssccs():
    boxes = [("ORD-100058", 1), ("KAZE-100058", 1), ("ORD-0100058", 1), ("ORD-100058", 101)]
    assert len({fallback_sscc("4589123", order, box) for order, box in boxes}) == 4
