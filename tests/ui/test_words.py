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
