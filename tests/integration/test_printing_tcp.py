"""Raw TCP (port 9100) against a fake ZPL printer on loopback: it receives exactly the ZPL
bytes, and a connection dropped halfway is retried without printing a second label."""

from __future__ import annotations

import dataclasses

import pytest

from printing.backends import PrinterUnavailable, TcpPrinter
from printing.monitor import PrinterMonitor
from printing.service import PrintService
from station.demo import COSMETICS
from station.printing import jobs as pj
from tests.printing_fakes import FakeZplPrinter
from tests.support import find_order


def test_the_printer_receives_exactly_the_zpl_bytes():
    document = b"^XA^FO20,20^A0N,30,30^FDHello 9100^FS^XZ"
    with FakeZplPrinter() as printer:
        TcpPrinter("127.0.0.1", printer.port).send("job", "zpl", document)
    assert printer.connections == [document]
    assert printer.labels == [document]


def test_a_pdf_goes_to_the_port_without_a_status_query():
    with FakeZplPrinter() as printer:
        TcpPrinter("127.0.0.1", printer.port).send("job", "pdf", b"%PDF-1.4 tiny")
    assert printer.connections == [b"%PDF-1.4 tiny"]


def test_a_dropped_connection_fails_the_send():
    document = b"^XA" + b"^FO10,10^GB100,100,3^FS" * 200 + b"^XZ"
    with FakeZplPrinter(drop_next_after=400) as printer:
        printer_under_test = TcpPrinter("127.0.0.1", printer.port, timeout=2)
        with pytest.raises(PrinterUnavailable):
            printer_under_test.send("job", "zpl", document)
    assert printer.labels == []


def test_a_dropped_label_is_retried_by_the_worker_and_printed_exactly_once(file_core):
    order = find_order(file_core, brand=COSMETICS, min_lines=2)
    with FakeZplPrinter(drop_next_after=1500) as printer:
        settings = dataclasses.replace(file_core.settings, extra={"printers": {
            "label": printer.spec, "folder": str(file_core.settings.data_dir / "out"),
            "tcp_timeout_seconds": 2}})
        service = PrintService(file_core.store, file_core.catalogue, file_core.clock, settings)
        [label, *_] = service.print_packed_order(order.id)
        document = service.jobs.document(label.id)
        assert len(document) > 1500
        first = {job.id: job for job in service.send_due()}[label.id]
        assert first.status is pj.JobStatus.FAILED
        file_core.clock.advance(seconds=6)
        second = {job.id: job for job in service.send_due()}[label.id]
        assert second.status is pj.JobStatus.SENT
        file_core.clock.advance(minutes=5)
        assert service.send_due() == []
    assert len(printer.connections) == 2
    assert printer.connections[0] == document[:1500]
    assert printer.connections[1] == document
    assert printer.labels == [document.strip()]


def test_a_zebra_reporting_paper_out_is_not_sent_anything():
    with FakeZplPrinter(paper_out=True) as printer:
        target = TcpPrinter("127.0.0.1", printer.port)
        assert not target.check().ready
        with pytest.raises(PrinterUnavailable, match="out of paper"):
            target.send("job", "zpl", b"^XA^XZ")
    assert printer.labels == []


@pytest.mark.parametrize(("flags", "said"), [
    ({"head_open": True}, "print head is open"), ({"paused": True}, "is paused"),
    ({"ribbon_out": True, "thermal_transfer": True}, "out of ribbon"),
    ({"paper_out": True, "head_open": True}, "print head is open"),
])
def test_a_zebra_that_cannot_print_says_why_and_is_sent_nothing(flags, said):
    with FakeZplPrinter(**flags) as printer:
        target = TcpPrinter("127.0.0.1", printer.port)
        state = target.check()
        assert not state.ready
        assert said in state.detail.render()
        with pytest.raises(PrinterUnavailable, match=said):
            target.send("job", "zpl", b"^XA^XZ")
    assert printer.labels == []


def test_the_monitor_keeps_each_printers_last_state_and_sees_it_come_back():
    with FakeZplPrinter(head_open=True) as printer:
        target = TcpPrinter("127.0.0.1", printer.port, name=printer.spec)
        monitor = PrinterMonitor(lambda: {printer.spec: target})
        assert monitor.state(printer.spec) is None
        monitor.run_once()
        assert "print head is open" in monitor.state(printer.spec).detail.render()
        printer.head_open = False
        monitor.run_once()
        assert monitor.state(printer.spec).ready
