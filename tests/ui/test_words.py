"""The words the inspector and the supervisor read: whole sentences in the UI's language, no
raw codes (issue 13 item 10)."""

from __future__ import annotations

import pytest

from station.messages import msg
from station.returns.models import DISPOSITION_NAMES, Disposition
from ui import i18n
from ui.i18n import Translations


@pytest.fixture
def japanese(qapp):
    translations = Translations(qapp)
    translations.use("ja")
    yield translations
    translations.use("en")


def test_a_message_whose_field_is_a_message_reads_in_japanese_throughout(japanese):
    message = msg("Returns screen", "{disposition}: {sku}",
                  disposition=DISPOSITION_NAMES[Disposition.RESALE], sku="TEE-UB")
    text = i18n.tr(message)
    assert "re-commerce" not in text
    assert text.endswith("TEE-UB")
    assert text.split(":")[0].strip() not in {"", "re-commerce resale"}


def test_the_ui_language_follows_a_switch(japanese):
    assert i18n.language() == "ja"
    japanese.use("en")
    assert i18n.language() == "en"


RAW_CODES = ("HIDDEN_DAMAGE", "MISSED_BY_CHECKLIST", "YES", "NO", "GRADE", "WHY", "ANS:",
             "UNDO", "CANCEL", "RET:PHOTO")


def _shown(screen) -> str:
    lines = [screen.banner.text(), screen.question.text(), screen.hint.text(),
             screen.rma_details.text()]
    lines += [screen.checklist.item(i).text() for i in range(screen.checklist.count())]
    return "\n".join(lines)


def test_the_returns_screen_in_japanese_shows_words_not_codes(qtbot, file_core, japanese):
    from station.returns import rmas
    from tests.returns_support import INSPECTOR, answer_scans, item_code, returns_session
    from ui.returns.screen import ReturnsScreen

    screen = ReturnsScreen(returns_session(file_core, camera=None))
    qtbot.addWidget(screen)
    rma = rmas.get_rma(file_core.store.conn, "RMA-5001")
    assert rma is not None
    seen = []
    for text in [INSPECTOR, "RMA-5001", item_code(file_core, rma.lines[0].sku)]:
        screen.handle_scan(text)
    seen.append(_shown(screen))
    scans = answer_scans(screen.session, "A")
    screen.handle_scan(scans[0])
    seen.append(_shown(screen))
    for text in scans[1:]:
        screen.handle_scan(text)
    seen.append(_shown(screen))
    screen.handle_scan("GRADE:C")
    seen.append(_shown(screen))
    everything = "\n".join(seen)
    assert "はい" in everything
    assert "隠れた損傷" in everything
    for code in RAW_CODES:
        assert code not in everything, code


@pytest.mark.parametrize("language", ["en", "ja"])
def test_an_rma_is_named_once_not_rma_rma(qtbot, file_core, qapp, language):
    from station.returns import rmas
    from tests.returns_support import INSPECTOR, answer_scans, item_code, returns_session
    from ui.returns.screen import ReturnsScreen

    translations = Translations(qapp)
    translations.use(language)
    try:
        screen = ReturnsScreen(returns_session(file_core, camera=None))
        qtbot.addWidget(screen)
        rma = rmas.get_rma(file_core.store.conn, "RMA-5001")
        assert rma is not None
        banners = []

        def scan(*texts):
            for text in texts:
                screen.handle_scan(text)
                banners.append(screen.banner.text())

        scan(INSPECTOR, "RMA-5001", item_code(file_core, rma.lines[0].sku))
        scan(*answer_scans(screen.session, "A"), "CMD:OK", "RMA-5001")
        assert any("RMA-5001" in banner for banner in banners)
        assert not any("RMA RMA" in banner for banner in banners), banners
    finally:
        translations.use("en")


def test_english_counts_read_as_plurals_not_item_s(qtbot, file_core):
    from station.returns import rmas
    from tests.returns_support import INSPECTOR, returns_session
    from ui.returns.screen import ReturnsScreen

    screen = ReturnsScreen(returns_session(file_core, camera=None))
    qtbot.addWidget(screen)
    for rma_id in ("RMA-5001", "RMA-5002"):
        rma = rmas.get_rma(file_core.store.conn, rma_id)
        assert rma is not None
        expected = sum(line.quantity for line in rma.lines)
        for text in [INSPECTOR, rma_id, "CMD:OK"]:
            screen.handle_scan(text)
        banner = screen.banner.text()
        assert "(s)" not in banner
        assert banner.startswith("1 expected item is" if expected == 1
                                 else f"{expected} expected items are"), banner
        screen.handle_scan("CMD:CANCEL")
