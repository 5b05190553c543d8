"""A gift order from the demo's data through the bench to its documents, read back: the 熨斗
and wrapping confirmed by scan, the slip without a price anywhere (or none, per brand), and
the gift card's Japanese message in an embedded font."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from printing.documents import gift_card, slip
from printing.gift_kit import GiftKit
from printing.service import PrintService
from station.events.printing import PrintJobQueued
from station.events.steps import StepConfirmed
from station.gift import Gift
from station.pack.outcomes import Kind
from station.printing.jobs import DocumentKind
from tests import printing_readback as readback
from tests.support import ean, payloads, scan


def _item(core, product) -> str:
    """What a scanner reads off the unit: its GS1 code with lot and expiry when it has them."""
    if product.lot_controlled:
        return "]C101" + product.gtin + "10L1\x1d17301231"
    return ean(core, product.sku)

KAZE_GIFT = "ORD-100302"   # 内のし 内祝, wrapping, a card message; KAZE prints a no-price slip
HANA_GIFT = "ORD-100305"   # a gift bag and a card; HANA ships gifts with no slip
PRICE = re.compile(r"¥\s*\d|\d,\d{3}")


def _service(core) -> PrintService:
    settings = dataclasses.replace(core.settings, extra={"printers": {
        "folder": str(core.settings.data_dir / "printed")}})
    return PrintService(core.store, core.catalogue, core.clock, settings)


def _pack(core, order_id: str, steps: list[str]):
    scan(core, "BADGE:P-1001")
    assert scan(core, order_id).kind is Kind.ORDER_OPENED
    order = core.catalogue.order(order_id)
    for line in order.lines:
        for _ in range(line.quantity):
            outcome = scan(core, _item(core, line.product))
    assert outcome.kind is Kind.STEPS_PENDING
    for code in steps:
        outcome = scan(core, code)
    assert outcome.kind is Kind.ORDER_COMPLETE
    return order


def _documents(core, order_id: str) -> dict[DocumentKind, bytes]:
    service = _service(core)
    service.process_requests()
    return {job.kind: service.jobs.document(job.id) for job in service.jobs.for_order(order_id)}


def test_a_kaze_gift_is_packed_with_its_noshi_and_ships_a_slip_without_prices(file_core):
    order = _pack(file_core, KAZE_GIFT, ["GIFT:NOSHI", "GIFT:WRAP"])
    assert [c.step for c in payloads(file_core.store.conn, StepConfirmed, KAZE_GIFT)] == [
        "noshi", "wrapping"]
    documents = _documents(file_core, KAZE_GIFT)
    assert set(documents) == {DocumentKind.LABEL, DocumentKind.SLIP, DocumentKind.GIFT_CARD,
                              DocumentKind.INSERT}
    text = readback.text(documents[DocumentKind.SLIP])
    assert order.id in text
    for line in order.lines:
        assert line.product.sku in text
    assert not PRICE.search(text), text
    assert order.gift is not None
    assert order.gift.sender in text.replace("\n", "")


def test_the_same_order_not_as_a_gift_shows_its_prices(file_core):
    order = file_core.catalogue.order(KAZE_GIFT)
    text = readback.text(slip.render(dataclasses.replace(order, gift=None), "KAZE"))
    first = order.lines[0]
    assert f"¥{round(first.product.price):,} × {first.quantity}" in text
    total = sum(line.product.price * line.quantity for line in order.lines)
    assert f"¥{round(total):,}" in text


def test_a_hana_gift_ships_no_slip_and_a_card_with_its_message(file_core):
    order = _pack(file_core, HANA_GIFT, ["GIFT:WRAP"])
    documents = _documents(file_core, HANA_GIFT)
    assert DocumentKind.SLIP not in documents
    card = readback.text(documents[DocumentKind.GIFT_CARD])
    assert order.gift is not None
    assert order.gift.message in card


def test_the_gift_card_sets_a_japanese_message_in_an_embedded_font():
    message = "出産のお祝いをありがとうございました。\nささやかですが内祝の品をお贈りします。"
    gift = Gift(message=message, sender="山田 太郎")
    kit = GiftKit(text={"ja": {"heading": "ギフトメッセージ", "closing": "KAZEより"},
                        "en": {"heading": "A gift for you", "closing": ""}})
    pdf = gift_card.render(gift, "山田 太郎", "KAZE Apparel", kit, language="ja")
    text = readback.text(pdf).replace(" ", "")
    assert "ギフトメッセージ" in text
    for line in message.splitlines():
        assert line in text.replace("\n", "")
    assert "山田太郎" in text
    assert readback.page_size_mm(pdf) == pytest.approx((105, 148), abs=0.5)
    assert all(font["emb"] == "yes" for font in readback.fonts(pdf))


def test_a_message_too_long_for_the_card_still_prints_on_one_card():
    gift = Gift(message="ありがとう。" * 66)
    pdf = gift_card.render(gift, "", "HANA", GiftKit(), language="ja")
    assert len(readback.pdf_pages(pdf, 30)) == 1
    assert "ありがとう" in readback.text(pdf)


def test_a_broken_gift_table_prints_the_no_price_slip_and_says_why_in_the_journal(
        file_core, tmp_path):
    kits = tmp_path / "kits"
    shutil.copytree(Path(__file__).resolve().parents[2] / "brandkits", kits)
    kit = kits / "KAZE" / "kit.toml"
    kit.write_text(kit.read_text(encoding="utf-8").replace('slip = "no_prices"',
                                                           'slip = "maybe"'), encoding="utf-8")
    _pack(file_core, KAZE_GIFT, ["GIFT:NOSHI", "GIFT:WRAP"])
    settings = dataclasses.replace(file_core.settings, extra={"printers": {
        "folder": str(file_core.settings.data_dir / "printed"), "brandkits": str(kits)}})
    service = PrintService(file_core.store, file_core.catalogue, file_core.clock, settings)
    service.process_requests()
    jobs = {job.kind: job for job in service.jobs.for_order(KAZE_GIFT)}
    assert not PRICE.search(readback.text(service.jobs.document(jobs[DocumentKind.SLIP].id)))
    queued = {p.kind: p for p in payloads(file_core.store.conn, PrintJobQueued, KAZE_GIFT)}
    for kind in (DocumentKind.SLIP, DocumentKind.GIFT_CARD):
        [note] = queued[kind.value].notes
        assert "Brand kit KAZE, gift.slip: 'maybe' is not no_prices or none" in note
