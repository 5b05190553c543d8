"""Messages are translated from the shipped .ts catalogues, fields and all."""

from __future__ import annotations

from station.messages import Catalogue, Localized, Message, msg


def test_a_pack_message_reads_in_japanese_with_the_japanese_product_name():
    message = msg("Pack", "{name}: line complete.",
                  name=Localized("Organic cotton tee", "オーガニックコットンTシャツ"))
    assert Catalogue("ja").render(message) == "オーガニックコットンTシャツ: この行は完了です。"
    assert Catalogue("en").render(message) == "Organic cotton tee: line complete."


def test_a_string_without_a_translation_falls_back_to_english():
    message = msg("Pack", "A sentence nobody translated, {n}.", n=3)
    assert Catalogue("ja").render(message) == "A sentence nobody translated, 3."


def test_a_translation_with_a_broken_field_falls_back_to_the_source_text():
    message = Message("Pack", "Signed in: {name}.", (("name", "Ken"),))
    assert message.render("サインイン: {nmae}") == "Signed in: Ken."
