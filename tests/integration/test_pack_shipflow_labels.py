"""A sealed carrier order prints the carrier's own label with the number issued at sealing:
rendered, rasterised and decoded (zxing-cpp) back to that number; other orders keep the
generic label."""

from __future__ import annotations

import dataclasses

import pytest

from printing.paper import LabelSize
from printing.service import PrintService
from station.carriers.tracking import with_check_digit
from station.events.carriers import NumberVoided
from station.events.shipping import LabelReissued, ShipmentConfirmed
from station.pack.outcomes import Kind
from station.printing.jobs import DocumentKind
from tests import printing_readback as readback
from tests.shipflow_support import FIRST, open_carrier_core, pack_all, yamato_order
from tests.support import payloads, scan


def _service(core, label_format: str) -> PrintService:
    settings = dataclasses.replace(core.settings, extra={"printers": {
        "folder": str(core.settings.data_dir / "printed"), "label_format": label_format}})
    return PrintService(core.store, core.catalogue, core.clock, settings)


def _labels(service: PrintService, order_id: str) -> list[bytes]:
    return [service.jobs.document(job.id) for job in service.jobs.for_order(order_id)
            if job.kind is DocumentKind.LABEL]


@pytest.mark.parametrize("label_format", ["zpl", "pdf"])
def test_the_label_printed_decodes_to_the_issued_number(settings, clock, label_format):
    core = open_carrier_core(settings, clock)
    try:
        order = yamato_order(core)
        assert pack_all(core, order)[-1].kind is Kind.ORDER_COMPLETE
        service = _service(core, label_format)
        service.desk.process_requests(inserts=False)
        [document] = _labels(service, order.id)
        if label_format == "zpl":
            image = readback.zpl_image(document, *LabelSize.FOUR_BY_SIX.mm, 203)
            found = [code.text for code in readback.decode(image)]
        else:
            found = [code.text for code in readback.decode_pdf(document, 203)]
        number = with_check_digit(FIRST)
        assert found == [f"A{number}A"]  # Yamato's Codabar start/stop around the number
        # The packer scans what was printed, as the scanner reads it: the check passes.
        assert scan(core, found[0]).kind is Kind.SHIPMENT_CONFIRMED
    finally:
        core.close()


def test_an_order_sealed_without_numbers_keeps_the_generic_label(file_core):
    order = yamato_order(file_core)  # carrier_labels is off: no number issued
    assert pack_all(file_core, order)[-1].kind is Kind.ORDER_COMPLETE
    service = _service(file_core, "pdf")
    service.desk.process_requests(inserts=False)
    [document] = _labels(service, order.id)
    formats = {code.format for code in readback.decode_pdf(document, 203)}
    assert formats
    assert "Codabar" not in formats


def test_a_spoiled_label_is_voided_with_a_reason_and_the_new_one_prints(settings, clock):
    core = open_carrier_core(settings, clock)
    try:
        order = yamato_order(core)
        pack_all(core, order)
        old, new = with_check_digit(FIRST), with_check_digit(FIRST + 1)
        assert scan(core, "CMD:VOID").kind is Kind.VOID_REASON_NEEDED
        assert scan(core, "CMD:VOID").kind is Kind.VOID_REASON_NEEDED  # still asks
        outcome = scan(core, "REASON:DAMAGED")
        assert outcome.kind is Kind.LABEL_REISSUED
        assert new in outcome.message.render()
        service = _service(core, "zpl")
        service.desk.process_requests(inserts=False)
        documents = _labels(service, order.id)
        assert len(documents) == 2
        image = readback.zpl_image(documents[-1], *LabelSize.FOUR_BY_SIX.mm, 203)
        assert [code.text for code in readback.decode(image)] == [f"A{new}A"]
        assert scan(core, old).kind is Kind.WRONG_LABEL  # the void label is no longer good
        scan(core, "CMD:OK")
        assert scan(core, new).kind is Kind.SHIPMENT_CONFIRMED
        conn = core.store.conn
        [voided] = payloads(conn, NumberVoided, order.id)
        assert (voided.number, voided.reason) == (old, "DAMAGED")
        [reissued] = payloads(conn, LabelReissued, order.id)
        assert (reissued.voided, reissued.tracking) == (old, new)
        [confirmed] = payloads(conn, ShipmentConfirmed, order.id)
        assert [p.tracking for p in confirmed.parcels] == [new]
        status = conn.execute("SELECT status FROM issued_numbers WHERE number = ?",
                              (old,)).fetchone()[0]
        assert status == "void"
    finally:
        core.close()


def test_void_without_a_label_waiting_voids_nothing(file_core):
    scan(file_core, "BADGE:P-1001")
    assert scan(file_core, "CMD:VOID").kind is Kind.NOTHING_TO_VOID
