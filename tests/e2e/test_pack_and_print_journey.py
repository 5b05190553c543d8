"""The whole packing journey on the real app: badge, tote, every item by scanner bursts, and the
order's documents in the print folder, read back; then a reprint by command barcode."""

from __future__ import annotations

import subprocess

from station.demo import APPAREL
from station.events.printing import PrintJobQueued
from station.pack.outcomes import Kind
from tests.app_driver import scanner_burst
from tests.support import ean, find_order, payloads


def printed(station_app) -> list:
    folder = station_app.settings.data_dir / "printed"
    return sorted(folder.glob("*")) if folder.exists() else []


def test_a_packed_order_prints_label_slip_and_insert_and_reprints_on_command(station_app,
                                                                              qtbot):
    window = station_app.window
    core = station_app.core
    scanner_burst(window, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, min_lines=2, max_lines=3,
                       max_quantity=2)
    scanner_burst(window, order.tote)
    for line in order.lines:
        for _ in range(line.quantity):
            scanner_burst(window, ean(core, line.product.sku))
    assert window.pack_screen.last_outcome.kind is Kind.ORDER_COMPLETE

    qtbot.waitUntil(lambda: len(printed(station_app)) >= 3, timeout=20_000)
    files = printed(station_app)
    assert any(order.id in path.name for path in files)
    pdfs = [path for path in files if path.suffix == ".pdf"]
    assert pdfs
    texts = [subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                            check=True).stdout for pdf in pdfs]
    assert any(order.id in text for text in texts), "no document names the order"
    assert any(order.customer_name in text for text in texts), "no document greets the customer"

    jobs = len(payloads(core.store.conn, PrintJobQueued, order.id))
    assert jobs >= 3
    scanner_burst(window, "CMD:REPRINT")
    assert window.pack_screen.last_outcome.kind is Kind.REPRINT_REQUESTED
    qtbot.waitUntil(lambda: any("reprint" in path.name for path in printed(station_app)),
                    timeout=20_000)
