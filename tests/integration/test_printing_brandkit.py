"""Brand kits: the demo kits load clean; a broken kit is never an exception but a message
naming the brand and the field, and the insert falls back to a plain one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from printing import brandkit
from printing.documents import insert
from printing.documents.personal import InsertContext


def context(language: str = "ja", **changes: object) -> InsertContext:
    values: dict[str, object] = {
        "brand": "KAZE Apparel", "customer": "山田 太郎", "order_id": "ORD-100001",
        "language": language, "items": ("オーガニックコットンTシャツ",), "units": 1,
        "previous_orders": 0, "first_order": True, "subscription_next": "", "cross_sell": ""}
    values.update(changes)
    return InsertContext(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("brand", ["KAZE", "HANA"])
def test_the_demo_brand_kits_load_without_problems(brand):
    loaded = brandkit.load(brandkit.folder_for(brand))
    assert loaded.problems == ()
    assert loaded.kit is not None
    assert loaded.kit.logo is not None


@pytest.fixture
def kit_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "KAZE"
    shutil.copytree(brandkit.folder_for("KAZE"), folder)
    return folder


def edit(folder: Path, old: str, new: str) -> None:
    path = folder / "kit.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ('primary = "#1F3A5F"', 'primary = "navy-ish"', "colours.primary", "not a colour"),
    ('heading = "IPAexGothic"', 'heading = "fonts/Missing.ttf"', "typography.heading",
     "missing"),
    ('body = "IPAexGothic"', 'body = "No Such Font Family"', "typography.body",
     "not installed"),
    ('file = "logo.png"', 'file = "logo-new.png"', "logo.file", "missing"),
    ('greeting = "{{ customer }} さん、こんにちは。"', 'greeting = "{{ customer さん"',
     "messages.ja.greeting", "template error"),
])
def test_a_broken_kit_names_the_brand_and_the_field(kit_copy, old, new, field, words):
    edit(kit_copy, old, new)
    loaded = brandkit.load(kit_copy, "KAZE")
    assert loaded.kit is None
    [problem] = loaded.problems
    text = problem.render()
    assert "KAZE" in text
    assert field in text
    assert words in text


def test_a_kit_file_that_is_not_toml_is_one_clear_problem(kit_copy):
    (kit_copy / "kit.toml").write_text("[colours\nprimary = 1", encoding="utf-8")
    loaded = brandkit.load(kit_copy, "KAZE")
    assert loaded.kit is None
    assert "kit.toml" in loaded.problems[0].render()


def test_a_template_that_fails_while_rendering_gives_a_plain_insert(kit_copy):
    edit(kit_copy, "{{ items | join('、') }}", "{{ basket.total }}")
    loaded = brandkit.load(kit_copy, "KAZE")
    assert loaded.problems == ()
    result = insert.render(context(), loaded)
    assert not result.branded
    assert result.pdf.startswith(b"%PDF")
    [problem] = result.problems
    assert "KAZE" in problem.render()
    assert "messages.ja.thanks" in problem.render()


def test_a_broken_kit_still_gives_an_insert_with_the_order_and_items(kit_copy):
    edit(kit_copy, 'accent = "#E07A5F"', 'accent = "#E07A5"')
    result = insert.render(context(language="en"), brandkit.load(kit_copy, "KAZE"))
    assert not result.branded
    assert result.pdf.startswith(b"%PDF")
    text = insert.plain_text(context(language="en"))
    assert "ORD-100001" in " ".join(text.paragraphs)


def test_the_first_order_and_a_returning_customer_read_differently():
    kit = brandkit.load(brandkit.folder_for("KAZE"))
    assert kit.kit is not None
    fields = context(first_order=False, previous_orders=4).template_fields()
    returning = kit.kit.messages["ja"]["returning"].render(**fields)
    assert "5回目" in returning


@pytest.mark.parametrize("content", [b"OTTO" + bytes(200), b"not a font at all"])
def test_a_font_file_that_cannot_be_embedded_is_named_with_its_field(kit_copy, content):
    (kit_copy / "fonts").mkdir()
    (kit_copy / "fonts" / "Brand.otf").write_bytes(content)
    edit(kit_copy, 'heading = "IPAexGothic"', 'heading = "fonts/Brand.otf"')
    loaded = brandkit.load(kit_copy, "KAZE")
    assert loaded.kit is None
    [problem] = loaded.problems
    assert "typography.heading" in problem.render()
    assert "cannot be embedded" in problem.render()
