"""No raw codes on the pack and printing screens in Japanese (issue 13 item 10): the carrier
the order feed names `SAGAWA`, the box type the hub names "Mailer bag" and the printer the
settings name `folder` are shown by their translated labels, one place per kind."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QLabel

from station.carriers.names import carrier_label
from station.messages import catalogue
from station.pack.box_names import box_label
from station.pack.outcomes import Kind
from tests.support import scan

RAW = ("SAGAWA", "YAMATO", "JPPOST", "Mailer bag", "Box 60", "Box 80", "Box 100", "Box 120")


@pytest.mark.parametrize(("feed_name", "japanese"), [
    ("SAGAWA", "佐川急便"), ("YAMATO", "ヤマト運輸"), ("JPPOST", "日本郵便"),
    ("佐川急便", "佐川急便")])
def test_every_name_the_feed_uses_for_a_carrier_has_one_label(feed_name, japanese):
    assert catalogue("ja").render(carrier_label(feed_name)) == japanese


def test_a_carrier_no_contract_knows_is_shown_as_written():
    assert catalogue("ja").render(carrier_label("SEINO")) == "SEINO"


def test_the_pack_screen_in_japanese_names_carrier_and_box_in_words(station_app):
    core, window = station_app.core, station_app.window
    window.set_language("ja")
    try:
        assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
        for order_id in core.catalogue.order_ids():
            order = core.catalogue.order(order_id)
            assert order is not None
            window.handle_scan(order_id)
            if window.pack_screen.last_outcome.kind is Kind.ORDER_OPENED:
                break
        shown = window.pack_screen.details.text() + window.pack_screen.banner.text()
        box = core.catalogue.box_type(core.pack.state.boxes[core.pack.state.current_box])
        assert catalogue("ja").render(carrier_label(order.carrier)) in shown
        assert catalogue("ja").render(box_label(box)) in shown
        for code in RAW:
            assert code not in shown, code
    finally:
        window.set_language("en")


def test_the_printer_panel_in_japanese_names_the_print_folder_in_words(core, qtbot, qapp):
    from printing.service import PrintService
    from ui.i18n import Translations
    from ui.printing.printer_status import PrinterStatusWidget

    settings = dataclasses.replace(core.settings, extra={"printers": {
        "label": "folder", "slip": "folder", "insert": "folder", "recommerce": "folder"}})
    service = PrintService(core.store, core.catalogue, core.clock, settings)
    translations = Translations(qapp)
    translations.use("ja")
    try:
        panel = PrinterStatusWidget(service, interval_ms=10_000)
        qtbot.addWidget(panel)
        panel.refresh()
        names = [label.text() for label in panel.findChildren(QLabel)]
    finally:
        translations.use("en")
    assert any(text.startswith("印刷フォルダー（") for text in names), names
    assert not any("folder" in text for text in names), names


def test_the_packer_reads_the_carrier_by_name_when_numbers_run_out(settings, clock):
    """Not the contract's own name ("ヤマト運輸 (demo contract)") nor its code."""
    from tests.shipflow_support import open_carrier_core, pack_all, yamato_order

    core = open_carrier_core(settings, clock, block=0)
    try:
        outcome = pack_all(core, yamato_order(core))[-1]
        assert outcome.kind is Kind.NUMBERS_EXHAUSTED
        japanese = catalogue("ja").render(outcome.message)
        assert "ヤマト運輸 の送り状番号" in japanese or "ヤマト運輸の送り状番号" in japanese
        assert "demo contract" not in japanese
        assert "yamato" not in japanese
    finally:
        core.close()
