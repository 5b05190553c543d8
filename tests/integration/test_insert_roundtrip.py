"""Branded inserts read back: the review, reorder and social QR codes carry the order number;
the brand's fonts are embedded; the personal parts (first order or how many before,
subscription date, one cross-sell) are there in the customer's language."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from printing import brandkit
from printing.documents import insert
from printing.documents.personal import context_for, cross_sell, kind_of
from station.demo import APPAREL, COSMETICS
from tests import printing_readback as readback
from tests.support import find_order


@pytest.mark.parametrize("paper", insert.INSERT_PAPERS)
@pytest.mark.parametrize("brand", [APPAREL, COSMETICS])
def test_every_qr_code_on_the_insert_carries_the_order_number(core, brand, paper):
    order = find_order(core, brand=brand)
    result = insert.render(context_for(order, core.catalogue),
                           brandkit.load(brandkit.folder_for(brand)), paper)
    assert result.branded
    assert result.problems == ()
    assert readback.page_size_mm(result.pdf) == pytest.approx(paper.mm, abs=0.3)
    codes = readback.decode_pdf(result.pdf, 300)
    urls = sorted(code.text for code in codes if code.format == "QRCode")
    host = f"https://{brand.lower()}.example"
    assert urls == sorted([f"{host}/reorder?order={order.id}", f"{host}/review?order={order.id}",
                           f"https://instagram.example/{brand.lower()}?ref={order.id}"])


def test_the_brand_fonts_are_embedded_and_the_japanese_text_reads_back(core):
    order = dataclasses.replace(find_order(core, brand=COSMETICS), language="ja",
                                previous_orders=2)
    result = insert.render(context_for(order, core.catalogue),
                           brandkit.load(brandkit.folder_for(COSMETICS)))
    fonts = readback.fonts(result.pdf)
    assert {"yes"} == {font["emb"] for font in fonts}
    names = " ".join(font["name"] for font in fonts)
    assert "IPAexMincho" in names
    assert "IPAexGothic" in names
    text = readback.text(result.pdf).replace("\n", "").replace(" ", "")
    assert order.customer_name.replace(" ", "") in text
    assert "3回目のご注文" in text


def test_a_subscription_order_shows_the_next_delivery_date(core):
    order = dataclasses.replace(find_order(core, brand=COSMETICS), language="en",
                                subscription_next="2026-12-23")
    result = insert.render(context_for(order, core.catalogue),
                           brandkit.load(brandkit.folder_for(COSMETICS)))
    assert "2026-12-23" in readback.text(result.pdf)


def test_the_cross_sell_is_a_product_family_the_customer_did_not_buy(core):
    order = find_order(core, brand=APPAREL, min_lines=2)
    suggestion = cross_sell(order, core.catalogue.products(APPAREL))
    assert suggestion is not None
    assert suggestion.brand == APPAREL
    assert kind_of(suggestion) not in {kind_of(line.product) for line in order.lines}
    assert cross_sell(order, core.catalogue.products(APPAREL)) == suggestion
    context = context_for(dataclasses.replace(order, language="en"), core.catalogue)
    result = insert.render(context, brandkit.load(brandkit.folder_for(APPAREL)))
    assert suggestion.name.split(",")[0] in readback.text(result.pdf).replace("\n", " ")


def test_a_first_order_is_welcomed_as_one(core):
    order = dataclasses.replace(find_order(core, brand=APPAREL), language="en",
                                previous_orders=0)
    result = insert.render(context_for(order, core.catalogue),
                           brandkit.load(brandkit.folder_for(APPAREL)))
    assert "Your first order with us" in readback.text(result.pdf)


def test_a_latin_only_brand_font_never_prints_a_japanese_name_as_tofu(core, tmp_path):
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.is_file():
        pytest.skip("DejaVu Sans is not installed")
    kit = tmp_path / "KAZE"
    shutil.copytree(brandkit.folder_for(APPAREL), kit)
    (kit / "fonts").mkdir()
    shutil.copy(latin, kit / "fonts" / "Brand.ttf")
    toml = (kit / "kit.toml").read_text(encoding="utf-8")
    (kit / "kit.toml").write_text(toml.replace('body = "IPAexGothic"', 'body = "fonts/Brand.ttf"'),
                                  encoding="utf-8")
    order = dataclasses.replace(find_order(core, brand=APPAREL), language="ja")
    result = insert.render(context_for(order, core.catalogue), brandkit.load(kit, APPAREL))
    assert result.branded
    names = {font["name"].split("+")[-1] for font in readback.fonts(result.pdf)}
    assert "IPAexGothic" in names
    text = readback.text(result.pdf).replace("\n", "").replace(" ", "")
    assert "はじめてのご注文" in text
    english = dataclasses.replace(order, language="en")
    result = insert.render(context_for(english, core.catalogue), brandkit.load(kit, APPAREL))
    assert "DejaVuSans" in {font["name"].split("+")[-1] for font in readback.fonts(result.pdf)}
