"""送り状検品 on the real window: a Yamato order is packed with the scanner, its carrier label
prints with the number issued at sealing, the packer scans the label read back from what was
printed and the shipment is confirmed; a wrong label turns the banner red until OK."""

from __future__ import annotations

import pytest

from printing.paper import LabelSize
from station.carriers.numbering import receive_block
from station.carriers.tracking import with_check_digit
from station.events.shipping import ShipmentConfirmed, WrongLabelScanned
from station.pack.outcomes import Kind
from station.printing.jobs import DocumentKind, PrintJobs
from tests import printing_readback as readback
from tests.app_driver import scanner_burst
from tests.carrier_support import YAMATO
from tests.shipflow_support import ACTOR, FIRST, carrier_settings, yamato_order
from tests.support import ean, payloads

RED = "#b3261e"


@pytest.fixture
def settings(settings):
    return carrier_settings(settings, "required")


def _last(station_app):
    return station_app.window.pack_screen.last_outcome


def _pack(station_app, order) -> None:
    window, core = station_app.window, station_app.core
    scanner_burst(window, order.id)
    assert _last(station_app).kind is Kind.ORDER_OPENED
    for line in order.lines:
        for _ in range(line.quantity):
            scanner_burst(window, ean(core, line.product.sku))
    assert _last(station_app).kind is Kind.ORDER_COMPLETE


def _printed_label(station_app, qtbot, order_id: str) -> str:
    """What a scanner reads off the label the app printed for the order's only box."""
    core = station_app.core
    jobs = PrintJobs(core.store, core.clock, core.station_id)

    def labels() -> list:
        return [job for job in jobs.for_order(order_id) if job.kind is DocumentKind.LABEL]

    qtbot.waitUntil(lambda: len(labels()) == 1, timeout=30_000)
    image = readback.zpl_image(jobs.document(labels()[0].id), *LabelSize.FOUR_BY_SIX.mm, 203)
    [code] = readback.decode(image)
    return code.text


def test_the_label_is_scanned_and_a_wrong_label_alarms_until_ok(station_app, qtbot):
    window, core = station_app.window, station_app.core
    receive_block(core.store, YAMATO.number_kind, FIRST, FIRST + 9, ACTOR)
    scanner_burst(window, "BADGE:P-1001")
    first, second = yamato_order(core), yamato_order(core, skip=1)

    _pack(station_app, first)
    assert "scan each label" in window.pack_screen.banner.text()
    read = _printed_label(station_app, qtbot, first.id)
    assert read == f"A{with_check_digit(FIRST)}A"
    scanner_burst(window, read)
    assert _last(station_app).kind is Kind.SHIPMENT_CONFIRMED
    assert first.id in window.pack_screen.banner.text()

    _pack(station_app, second)
    scanner_burst(window, read)  # the first order's label stuck on the second parcel
    assert _last(station_app).kind is Kind.WRONG_LABEL
    assert RED in window.pack_screen.banner.styleSheet()
    right = _printed_label(station_app, qtbot, second.id)
    scanner_burst(window, right)
    assert _last(station_app).kind is Kind.WRONG_LABEL  # the alarm stays until OK
    scanner_burst(window, "CMD:OK")
    assert _last(station_app).kind is Kind.ACKNOWLEDGED
    scanner_burst(window, right)
    assert _last(station_app).kind is Kind.SHIPMENT_CONFIRMED
    conn = core.store.conn
    assert [w.scanned for w in payloads(conn, WrongLabelScanned, second.id)] == [read[1:-1]]
    confirmed = payloads(conn, ShipmentConfirmed)
    assert [c.order_id for c in confirmed] == [first.id, second.id]
    assert all(c.labels_checked for c in confirmed)
