"""The supervisor's Materials bill button (issue 14 item 5): off until a brand is chosen, then
the brand's packing materials for the days shown as XLSX, read back with openpyxl."""

from __future__ import annotations

from datetime import UTC, datetime

from openpyxl import load_workbook
from PySide6.QtCore import QDate

from station.demo import APPAREL
from tests.integration.test_materials_billing import pack_items, plain_order
from tests.support import scan
from ui.supervisor.factory import supervisor_screen


def test_the_bill_button_writes_the_chosen_brands_materials(qtbot, file_core, clock, tmp_path):
    clock.set(datetime(2026, 12, 2, 3, 0, tzinfo=UTC))
    order = plain_order(file_core, APPAREL)
    scan(file_core, "BADGE:P-1001")
    scan(file_core, order.id)
    scan(file_core, "MAT:GIFTWRAP")
    pack_items(file_core, order)
    file_core.signin.sign_in("S-3001")
    screen = supervisor_screen(file_core)
    qtbot.addWidget(screen)
    try:
        assert not screen.bill_button.isEnabled()
        screen.first.setDate(QDate(2026, 12, 1))
        screen.last.setDate(QDate(2026, 12, 31))
        screen.brand.setCurrentIndex(screen.brand.findData(APPAREL))
        assert screen.bill_button.isEnabled()
        path = tmp_path / "bill.xlsx"
        screen.export_bill(path)
        rows = list(load_workbook(path)["Orders"].iter_rows(min_row=2, values_only=True))
        assert ("2026-12-02", order.id, "GIFTWRAP") in {row[:3] for row in rows}
        assert screen.status.text() == (
            f"Materials bill of {APPAREL}: 1 orders written to {path}.")
        screen.export_bill(tmp_path / "missing" / "bill.xlsx")
        assert screen.status.text().startswith("The materials bill was not written:")
    finally:
        screen.shutdown()
