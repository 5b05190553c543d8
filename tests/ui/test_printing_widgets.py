"""The printing widgets on real services under offscreen Qt: the insert preview shows the
rendered insert (and a broken kit's problems), the printer status panel turns red while a
printer is off and back when the job went out, the open-folder action opens the folder."""

from __future__ import annotations

import dataclasses
import shutil

from PySide6.QtCore import QUrl

from printing import brandkit
from printing.service import PrintService
from station.demo import COSMETICS
from tests.printing_fakes import FakeZplPrinter
from tests.support import find_order
from ui.printing.insert_preview import InsertPreview
from ui.printing.open_folder import OpenFolderAction
from ui.printing.printer_status import PrinterStatusWidget


def service_for(core, **printers: object) -> PrintService:
    settings = dataclasses.replace(core.settings, extra={"printers": {
        "folder": str(core.settings.data_dir / "printed"), **printers}})
    return PrintService(core.store, core.catalogue, core.clock, settings)


def test_the_preview_shows_the_branded_insert_of_an_order(core, qtbot):
    order = find_order(core, brand=COSMETICS)
    preview = InsertPreview(service_for(core), width_px=300)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.rendered) as signal:
        preview.show_order(order.id)
    assert signal.args == [True]
    pixmap = preview.page.pixmap()
    assert pixmap.width() == 300
    assert pixmap.height() > 400
    # A real picture, not a blank page: the brand's background and dark QR modules.
    image = pixmap.toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 300, 7)
               for y in range(0, pixmap.height(), 7)}
    assert "#000000" in colours
    assert len(colours) > 5
    assert order.id in preview.status.text()
    assert not preview.status.property("problem")


def test_a_broken_kit_being_edited_is_previewed_plain_with_its_problem(core, qtbot, tmp_path):
    order = find_order(core, brand=COSMETICS)
    kit = tmp_path / "HANA"
    shutil.copytree(brandkit.folder_for("HANA"), kit)
    (kit / "logo.png").unlink()
    preview = InsertPreview(service_for(core))
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.rendered) as signal:
        preview.show_order(order.id, kit)
    assert signal.args == [False]
    assert "HANA" in preview.status.text()
    assert "logo.file" in preview.status.text()
    assert preview.status.property("problem")


def test_an_unknown_order_is_said_in_words(core, qtbot):
    preview = InsertPreview(service_for(core))
    qtbot.addWidget(preview)
    preview.show_order("ORD-NOPE")
    assert "ORD-NOPE" in preview.status.text()
    assert preview.result is None


def test_the_status_panel_shows_a_printer_problem_and_clears_when_the_job_is_out(file_core,
                                                                                 qtbot):
    order = find_order(file_core, brand=COSMETICS)
    with FakeZplPrinter(paper_out=True) as printer:
        service = service_for(file_core, label=printer.spec)
        panel = PrinterStatusWidget(service, interval_ms=50)
        qtbot.addWidget(panel)
        service.print_packed_order(order.id)
        service.send_due()
        with qtbot.waitSignal(panel.attention_changed) as raised:
            pass
        assert raised.args == [True]
        state, detail = panel.rows[printer.spec]
        assert "out of paper" in detail.text()
        assert "1" in state.text()
        printer.paper_out = False
        panel.retry_button.click()
        service.send_due()
        with qtbot.waitSignal(panel.attention_changed) as cleared:
            pass
        assert cleared.args == [False]
        assert detail.text() == ""
    assert len(printer.labels) == 1


def test_the_test_page_button_queues_a_test_page_for_that_printer(core, qtbot):
    service = service_for(core)
    panel = PrinterStatusWidget(service, interval_ms=10_000)
    qtbot.addWidget(panel)
    panel.test_buttons["folder"].click()
    [job] = service.jobs.waiting()
    assert job.kind.value == "test_page"
    assert job.printer == "folder"


def test_the_open_folder_action_creates_and_opens_the_print_folder(qtbot, tmp_path):
    opened: list[QUrl] = []
    folder = tmp_path / "printed"
    action = OpenFolderAction(folder, opener=lambda url: opened.append(url) or True)
    action.trigger()
    assert folder.is_dir()
    assert [url.toLocalFile() for url in opened] == [str(folder)]


def test_a_printer_problem_is_shown_in_the_packers_language(file_core, qtbot, qapp):
    from ui.i18n import Translations

    order = find_order(file_core, brand=COSMETICS)
    translations = Translations(qapp)
    with FakeZplPrinter(paper_out=True) as printer:
        service = service_for(file_core, label=printer.spec)
        service.print_packed_order(order.id)
        service.send_due()
        translations.use("ja")
        try:
            panel = PrinterStatusWidget(service, interval_ms=10_000)
            qtbot.addWidget(panel)
            _, detail = panel.rows[printer.spec]
            assert detail.text() == f"プリンター {printer.spec} の用紙が切れています。"
        finally:
            translations.use("en")


def test_the_panel_shows_a_broken_brand_kit_on_the_insert_printer(core, qtbot, tmp_path):
    kits = tmp_path / "kits"
    shutil.copytree(brandkit.folder_for("HANA"), kits / "HANA")
    (kits / "HANA" / "logo.png").write_text("not a picture")
    service = service_for(core, brandkits=str(kits), insert="folder:" + str(tmp_path / "ins"))
    order = find_order(core, brand=COSMETICS)
    service.print_packed_order(order.id)
    service.send_due()
    panel = PrinterStatusWidget(service, interval_ms=10_000)
    qtbot.addWidget(panel)
    state, detail = panel.rows["folder:" + str(tmp_path / "ins")]
    assert "HANA" in detail.text()
    assert "logo.file" in detail.text()
    assert "brand kit" in state.text()
    label_state, label_detail = panel.rows["folder"]
    assert label_detail.text() == ""
    assert label_state.text() == "Ready"
