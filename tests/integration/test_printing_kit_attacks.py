"""A brand kit is data from a brand, and it cannot stop printing: a logo that is not an image,
is truncated or holds too many pixels, a file outside the kit folder, a missing or broken
font, or a template that asks for endless work or text, each gives the plain insert and a
problem the printer panel shows; and the labels and slip of an order go out before its insert
is rendered at all."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PIL import Image

from printing import brandkit, kit_templates
from printing.documents import insert
from printing.documents.personal import InsertContext
from station.printing import jobs as pj
from station.printing import requests
from tests import printing_readback as readback
from tests.integration.test_printing_service import pack, service_for, simple_order
from tests.support import wait_until

CONTEXT = InsertContext(brand="KAZE", customer="山田 太郎", order_id="ORD-100001", language="ja",
                        items=("Tシャツ",), units=1, previous_orders=0, first_order=True,
                        subscription_next="", cross_sell="")
GREETING = 'greeting = "{{ customer }} さん、こんにちは。"'


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    folder = tmp_path / "kits" / "KAZE"
    shutil.copytree(brandkit.folder_for("KAZE"), folder)
    return folder


def edit(folder: Path, old: str, new: str) -> None:
    path = folder / "kit.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def plain_with_problem(folder: Path, field: str, words: str) -> None:
    loaded = brandkit.load(folder, "KAZE")
    result = insert.render(CONTEXT, loaded)
    assert not result.branded
    said = [problem.render() for problem in result.problems]
    assert any(field in text and words in text for text in said), said
    text = readback.text(result.pdf).replace("\n", "")
    assert "山田 太郎" in text
    assert "ORD-100001" in text


def truncated_png(path: Path) -> None:
    Image.new("RGB", (300, 100), "#E07A5F").save(path)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


def huge_png(path: Path) -> None:
    Image.new("1", (6000, 6000)).save(path)  # 36 megapixels, a few kilobytes on disk


@pytest.mark.parametrize(("make", "words"), [
    (truncated_png, "cannot be read"),
    (lambda path: path.write_text("not a picture"), "is not an image"),
    (huge_png, "6000x6000 pixels"),
])
def test_a_logo_that_is_no_printable_image_gives_the_plain_insert(kit, make, words):
    make(kit / "logo.png")
    plain_with_problem(kit, "logo.file", words)


@pytest.mark.parametrize(("old", "new", "field"), [
    ('file = "logo.png"', 'file = "/etc/passwd"', "logo.file"),
    ('file = "logo.png"', 'file = "../outside.png"', "logo.file"),
    ('file = "logo.png"', 'file = "."', "logo.file"),
    ('heading = "IPAexGothic"', 'heading = "../../fonts/ipaexg.ttf"', "typography.heading"),
    ('body = "IPAexGothic"', 'body = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"',
     "typography.body"),
])
def test_no_kit_file_may_lie_outside_the_kit_folder(kit, old, new, field):
    Image.new("RGB", (300, 100), "#E07A5F").save(kit.parent / "outside.png")
    edit(kit, old, new)
    plain_with_problem(kit, field, "not a file inside the kit folder")


def test_a_font_file_that_is_no_font_gives_the_plain_insert(kit):
    (kit / "Brand.ttf").write_bytes(b"\x00\x01\x00\x00 not really a font")
    edit(kit, 'heading = "IPAexGothic"', 'heading = "Brand.ttf"')
    plain_with_problem(kit, "typography.heading", "cannot be embedded")


@pytest.mark.parametrize(("template", "words"), [
    ("{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}",
     "range of 100000 numbers"),
    ("{{ 'x' * 10**9 }}", "a width of 1000000000"),
    ("{{ [0] * 10**9 }}", "a width of 1000000000"),
    ("{{ 'x' | center(10**9) }}", "a width of 1000000000"),
    ("{{ '%1000000000s' % 'x' }}", "format with a width"),
    ("{{ '{:>1000000000}'.format(1) }}", "format with a width"),
    ("{{ 10 ** 100000 }}", "a power of 100000"),
    ("{{ 'xx' | replace('x', 'x' * 40) | replace('x', 'x' * 40) | replace('x', 'x' * 40) }}",
     "characters (at most"),
    ("{% macro f(s, n) %}{{ f(s ~ s, n - 1) if n else s }}{% endmacro %}{{ f('x', 100) }}",
     "characters (at most"),
    ("{% set s = 'abcdefghij' * 300 %}{% for a in s %}{% for b in s %}{% for c in s %}"
     "{% endfor %}{% endfor %}{% endfor %}", "was stopped"),
    ("{% set items = [] %}{{ items.append(1) }}", "template error"),
    ("{{ lipsum(100000) }}", "template error"),
])
def test_a_template_that_asks_for_endless_work_or_text_gives_the_plain_insert(kit, template,
                                                                             words):
    edit(kit, GREETING, f"greeting = '''{template}'''")
    plain_with_problem(kit, "messages.ja.greeting", words)
    assert not [thread for thread in threading.enumerate() if thread.name == "kit-template"]


def test_a_stopped_template_leaves_the_next_insert_branded(kit):
    edit(kit, GREETING, "greeting = '''{% set s = 'x' * 2000 %}{% for a in s %}"
                        "{% for b in s %}{% for c in s %}{% endfor %}{% endfor %}{% endfor %}'''")
    assert not insert.render(CONTEXT, brandkit.load(kit, "KAZE")).branded
    good = brandkit.load(brandkit.folder_for("KAZE"))
    assert insert.render(CONTEXT, good).branded


def test_a_template_longer_than_a_kit_needs_is_refused_when_the_kit_loads(kit):
    edit(kit, GREETING, f"greeting = '''{'{{ customer }}' * 1000}'''")
    loaded = brandkit.load(kit, "KAZE")
    assert loaded.kit is None
    assert any("longer than" in problem.render() for problem in loaded.problems)


def test_ordinary_templates_still_render_within_the_bounds():
    fields = {"customer": "山田", "items": ["a", "b"], "price": 1234567}
    template = brandkit._ENVIRONMENT.from_string(
        "{{ customer }}:{{ items|join('、') }}:{{ '{:,}'.format(price) }}:"
        "{% for i in range(3) %}{{ i }}{% endfor %}:{{ 'ab' * 3 }}:{{ 2 ** 10 }}")
    assert kit_templates.render(template, fields) == "山田:a、b:1,234,567:012:ababab:1024"


# ------------------------------------------------------------------ through the print service
def test_a_broken_kit_prints_the_plain_insert_and_the_panel_shows_why(file_core, kit):
    (kit / "logo.png").write_text("not a picture")
    order = simple_order(file_core)
    service = service_for(file_core, brandkits=str(kit.parent))
    pack(file_core, order)
    service.send_due()
    [job] = [job for job in service.jobs.for_order(order.id)
             if job.kind is pj.DocumentKind.INSERT]
    assert job.status is pj.JobStatus.SENT
    [status] = [status for status in service.statuses() if "insert" in status.kinds]
    assert any("logo.file" in problem.render() for problem in status.problems)
    assert all(not status.problems for status in service.statuses()
               if "insert" not in status.kinds)
    shutil.copy(brandkit.folder_for("KAZE") / "logo.png", kit / "logo.png")
    service.insert_preview(order.id)  # previews do not clear or add problems
    second = simple_order(file_core, besides=order.id)
    pack(file_core, second)
    service.send_due()
    [status] = [status for status in service.statuses() if "insert" in status.kinds]
    assert status.problems == ()


def test_the_label_and_slip_are_sent_before_the_insert_is_rendered(file_core, monkeypatch):
    order = simple_order(file_core)
    service = service_for(file_core)
    pack(file_core, order)
    real_render = insert.render

    def stuck(*args: object, **kwargs: object) -> insert.InsertResult:
        raise RuntimeError("insert renderer broke")

    monkeypatch.setattr(insert, "render", stuck)
    sent = service.send_due()
    assert {job.kind for job in sent} == {pj.DocumentKind.LABEL, pj.DocumentKind.SLIP}
    assert {job.status for job in sent} == {pj.JobStatus.SENT}
    assert len(requests.pending(file_core.store.conn)) == 1  # the insert is still owed
    monkeypatch.setattr(insert, "render", real_render)
    service.desk.retry_broken_seconds = 0.0  # as if its pause had passed
    [job] = service.send_due()
    assert job.kind is pj.DocumentKind.INSERT
    assert requests.pending(file_core.store.conn) == []
    kinds = sorted(job.kind for job in service.jobs.for_order(order.id))
    assert kinds == sorted([pj.DocumentKind.LABEL, pj.DocumentKind.SLIP,
                            pj.DocumentKind.INSERT])


def test_a_logo_that_is_a_link_out_of_the_kit_folder_is_refused(kit):
    Image.new("RGB", (300, 100), "#E07A5F").save(kit.parent / "outside.png")
    (kit / "logo.png").unlink()
    (kit / "logo.png").symlink_to(kit.parent / "outside.png")
    plain_with_problem(kit, "logo.file", "not a file inside the kit folder")


def test_the_background_worker_prints_every_order_past_a_kit_that_never_ends(file_core, kit):
    edit(kit, GREETING, "greeting = '''{% set s = 'x' * 2000 %}{% for a in s %}"
                        "{% for b in s %}{% for c in s %}{% endfor %}{% endfor %}{% endfor %}'''")
    service = service_for(file_core, brandkits=str(kit.parent))
    first = simple_order(file_core)
    second = simple_order(file_core, besides=first.id)
    service.start()
    try:
        for order in (first, second):
            pack(file_core, order)
            service.wake()

            def all_sent(order_id: str = order.id) -> bool:
                jobs = service.jobs.for_order(order_id)
                return len(jobs) == 3 and all(job.status is pj.JobStatus.SENT for job in jobs)

            assert wait_until(all_sent)
    finally:
        service.stop()
    assert not service.worker.running
    [status] = [status for status in service.statuses() if "insert" in status.kinds]
    assert any("was stopped" in problem.render() for problem in status.problems)
    assert not [thread for thread in threading.enumerate() if thread.name == "kit-template"]
