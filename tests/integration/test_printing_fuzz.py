"""Whatever text an order or a brand manager brings, documents come out: a ZPL label stays
one well-formed label (no field can end it or start a command), and a brand kit template,
however broken, gives a plain insert and a message instead of an exception."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zplkit.parse import parse

from printing import brandkit
from printing.documents import insert, label_zpl
from printing.documents.personal import InsertContext
from printing.documents.shipping import ShippingLabel
from station.models import Address

FIELD_TEXT = st.text(max_size=60) | st.sampled_from(["^XZ^XA", "~JR", "_5E", "^FS^FO0,0"])


@settings(max_examples=150, deadline=None)
@given(name=FIELD_TEXT, street=FIELD_TEXT, carrier=FIELD_TEXT, service=FIELD_TEXT,
       order_id=FIELD_TEXT)
def test_no_text_can_break_a_zpl_label(name, street, carrier, service, order_id):
    label = ShippingLabel(
        order_id=order_id, brand_name="B", ship_from=Address(name="From"),
        ship_to=Address(name=name, postcode="150-0001", region="東京都", city="渋谷区",
                        street=street), carrier=carrier, service=service,
        tracking="123456789012", sscc="045891230100001019", weight_g=100, box_no=1,
        box_count=1)
    zpl = label_zpl.render(label)
    assert zpl.isascii()
    assert zpl.count(b"^XA") == 1
    assert zpl.count(b"^XZ") == 1
    assert b"~" not in zpl
    kinds = {element.kind for element in parse(zpl).elements}
    assert "control_command" not in kinds


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(template=st.text(max_size=80) | st.sampled_from(
    ["{{", "{% for %}", "{{ 1/0 }}", "{{ customer.nope.deeper }}", "{% raw %}",
     "{{ items[99] }}", "{{ ''.__class__ }}", "{{ range(10**9) | list }}"]))
def test_any_greeting_template_gives_an_insert(tmp_path_factory, template):
    folder: Path = tmp_path_factory.mktemp("kit") / "KAZE"
    shutil.copytree(brandkit.folder_for("KAZE"), folder)
    path = folder / "kit.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('greeting = "{{ customer }} さん、こんにちは。"',
                                 f"greeting = '''{template}'''"), encoding="utf-8")
    loaded = brandkit.load(folder, "KAZE")
    context = InsertContext(brand="KAZE", customer="山田", order_id="ORD-1", language="ja",
                            items=("T",), units=1, previous_orders=0, first_order=True,
                            subscription_next="", cross_sell="")
    result = insert.render(context, loaded)
    assert result.pdf.startswith(b"%PDF")
    if not result.branded:
        assert result.problems
        assert all("KAZE" in problem.render() for problem in result.problems)
