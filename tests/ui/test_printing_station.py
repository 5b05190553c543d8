"""The app's printing wiring under offscreen Qt on a real station file: documents render on
the print worker's thread, never the UI thread; the printer panel opens only to a signed-in
badge and its print folder only to a supervisor; panels and previews opened and closed leave
no dialogs or polling timers behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, QUrl
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from printing.documents import insert, label_zpl, slip
from station.demo import APPAREL
from station.pack.outcomes import Kind
from station.printing.jobs import JobStatus
from tests.support import ean, find_order, scan
from ui.errors import ErrorPresenter, Toast
from ui.printing.printer_status import PrinterStatusWidget
from ui.printing.wiring import StationPrinting


@pytest.fixture
def station(file_core, qtbot, background_work) -> Iterator[tuple[StationPrinting, QWidget]]:
    host = QWidget()
    qtbot.addWidget(host)
    printing = StationPrinting(file_core, ErrorPresenter(Toast(host)), background_work,
                               background=True)
    QVBoxLayout(host).addWidget(printing.button)
    yield printing, host
    printing.stop()


def _flush_deleted() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _running_timers(host: QWidget) -> int:
    return sum(timer.isActive() for timer in host.findChildren(QTimer))


def test_documents_render_on_the_print_worker_not_on_the_ui_thread(station, file_core,
                                                                   qtbot, monkeypatch):
    printing, _ = station
    threads: list[threading.Thread] = []
    for module in (slip, insert, label_zpl):
        real = module.render

        def recording(*args: object, _real=real, **kwargs: object) -> object:
            threads.append(threading.current_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, "render", recording)
    order = find_order(file_core, brand=APPAREL, serial=False, lot_controlled=False,
                       max_lines=1, max_quantity=1)
    scan(file_core, "BADGE:P-1001")
    scan(file_core, order.id)
    outcome = scan(file_core, ean(file_core, order.lines[0].product.sku))
    assert outcome.kind is Kind.ORDER_COMPLETE
    printing.on_pack_outcome(outcome)
    jobs = printing.service.jobs
    qtbot.waitUntil(lambda: len(jobs.for_order(order.id)) == 3 and all(
        job.status is JobStatus.SENT for job in jobs.for_order(order.id)), timeout=15_000)
    assert len(threads) == 3
    assert threading.main_thread() not in threads


def test_nobody_signed_in_gets_no_printer_panel_and_no_insert_preview(station, file_core):
    printing, host = station
    assert file_core.signin.badge is None
    printing.button.click()
    assert printing.button.open_panel() is None
    assert printing.show_insert_preview() is None
    assert host.findChildren(QDialog) == []
    assert any("Sign in" in text for text in printing.errors.shown)


@pytest.mark.parametrize(("badge", "may_open_folder"), [("P-1001", False), ("S-3001", True)])
def test_the_print_folder_opens_only_for_a_supervisor(station, file_core, badge,
                                                      may_open_folder):
    printing, _ = station
    scan(file_core, f"BADGE:{badge}")
    dialog = printing.button.open_panel()
    assert dialog is not None
    panel = dialog.findChild(PrinterStatusWidget)
    opened: list[QUrl] = []
    panel.open_folder.opener = lambda url: opened.append(url) or True
    assert panel.folder_button.isEnabled() is may_open_folder
    panel.open_folder.trigger()  # even when the button is bypassed
    assert bool(opened) is may_open_folder
    preview = printing.show_insert_preview(dialog)
    assert preview is not None
    preview.close()
    dialog.close()


def test_opening_and_closing_panels_and_previews_five_times_leaves_nothing_running(
        station, file_core):
    printing, host = station
    scan(file_core, "BADGE:P-1001")
    before = _running_timers(host)
    for _ in range(5):
        dialog = printing.button.open_panel()
        assert dialog is not None
        assert dialog.findChild(PrinterStatusWidget).polling
        preview = printing.show_insert_preview()
        assert preview is not None
        preview.close()
        dialog.close()
    _flush_deleted()
    assert host.findChildren(QDialog) == []
    assert _running_timers(host) == before


def test_the_printer_panel_names_document_kinds_in_the_packers_language(station, file_core,
                                                                        qapp):
    from PySide6.QtWidgets import QLabel

    from ui.i18n import Translations

    printing, _ = station
    scan(file_core, "BADGE:P-1001")
    translations = Translations(qapp)
    translations.use("ja")
    try:
        dialog = printing.button.open_panel()
        assert dialog is not None
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        dialog.close()
    finally:
        translations.use("en")
    assert "印刷フォルダー（送り状ラベル, 納品書, 同梱カード, リコマースラベル）" in texts


def test_the_printer_button_reads_printers_only_while_shown_and_never_after_stop(station,
                                                                                 qtbot):
    """Its timer once outlived the database and failed other tests with 'Cannot operate on
    a closed database'."""
    printing, host = station
    assert not printing.button.poll.active     # never shown: it reads nothing
    host.show()
    qtbot.waitExposed(host)
    assert printing.button.poll.active
    printing.stop()                             # the app stops printing before the database
    assert not printing.button.poll.active
    host.hide()
    host.show()
    assert not printing.button.poll.active     # shown again after stop: still nothing
    host.close()
