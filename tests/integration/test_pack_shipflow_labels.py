"""A sealed carrier order prints the carrier's own label with the number issued at sealing:
rendered, rasterised and decoded (zxing-cpp) back to that number; other orders keep the
generic label."""

from __future__ import annotations

import dataclasses

import pytest

from printing.documents.paper import LabelSize
from printing.service import PrintService
from station.carriers.tracking import with_check_digit
from station.pack.outcomes import Kind
from station.printing.jobs import DocumentKind
from tests import printing_readback as readback
from tests.shipflow_support import FIRST, open_carrier_core, pack_all, yamato_order
from tests.support import scan


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
