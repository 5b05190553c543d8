"""The printers' own state in the status bar and the printer panel: a Zebra on loopback
answering ~HS with its head open turns the status-bar button red with the reason before any
job waits, and green again once it is closed; the print service's monitor runs on its own
thread while printing runs and stops with it."""

from __future__ import annotations

import dataclasses

from printing.service import PrintService
from tests.printing_fakes import FakeZplPrinter
from tests.support import wait_until
from ui.printing.printer_button import PrinterButton
from ui.printing.printer_status import PrinterStatusWidget


def service_for(core, **printers: object) -> PrintService:
    settings = dataclasses.replace(core.settings, extra={"printers": {
        "folder": str(core.settings.data_dir / "printed"), **printers}})
    return PrintService(core.store, core.catalogue, core.clock, settings)


def test_the_status_bar_says_the_print_head_is_open_and_clears_when_closed(core, qtbot):
    with FakeZplPrinter(head_open=True) as printer:
        service = service_for(core, label=printer.spec)
        button = PrinterButton(service, lambda: None, core.signin, interval_ms=20)
        qtbot.addWidget(button)
        button.show()
        assert button.text() == "Printers: ready"
        service.monitor.run_once()
        head_open = f"Printer {printer.spec}: the print head is open. Close it."
        qtbot.waitUntil(lambda: button.text() == head_open)
        assert button.problem
        printer.head_open = False
        service.monitor.run_once()
        qtbot.waitUntil(lambda: button.text() == "Printers: ready")
        assert not button.problem
        button.hide()
        assert not button.polling


def test_the_status_bar_shows_the_head_open_in_japanese(core, qtbot, qapp):
    from ui.i18n import Translations

    translations = Translations(qapp)
    with FakeZplPrinter(head_open=True) as printer:
        service = service_for(core, label=printer.spec)
        service.monitor.run_once()
        translations.use("ja")
        try:
            button = PrinterButton(service, lambda: None, core.signin)
            qtbot.addWidget(button)
            assert button.text() == (f"プリンター {printer.spec} の印字ヘッドが開いています。"
                                     "閉じてください。")
        finally:
            translations.use("en")


def test_the_panel_shows_a_paused_printer_before_any_job_waits(core, qtbot):
    with FakeZplPrinter(paused=True) as printer:
        service = service_for(core, label=printer.spec)
        service.monitor.run_once()
        panel = PrinterStatusWidget(service, interval_ms=10_000)
        qtbot.addWidget(panel)
        state, _ = panel.rows[printer.spec]
        assert state.text() == f"Printer {printer.spec} is paused."
        assert panel.attention
        assert service.jobs.waiting() == []


def test_the_monitor_runs_while_printing_runs_and_stops_with_it(file_core):
    with FakeZplPrinter(paper_out=True) as printer:
        settings = dataclasses.replace(file_core.settings, extra={"printers": {
            "label": printer.spec, "folder": str(file_core.settings.data_dir / "printed"),
            "status_seconds": 0.05}})
        service = PrintService(file_core.store, file_core.catalogue, file_core.clock, settings)
        service.start()
        try:
            assert wait_until(lambda: service.monitor.state(printer.spec) is not None)
            [status] = [s for s in service.statuses() if s.printer == printer.spec]
            assert "out of paper" in status.state.detail.render()
        finally:
            service.stop()
        assert not service.monitor.running
