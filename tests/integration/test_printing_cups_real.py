"""The CUPS backend against a real scheduler: the test starts its own cupsd with a cups-pdf
queue, sends the station's real documents through `CupsPrinter`, and reads the page size of
the PDF that arrives (pdfinfo). Without media options CUPS puts a 4x6 label in the middle of
the queue's A4 page; with them each document arrives on paper of its own size."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from printing.backends import CupsPrinter, list_queues
from printing.documents import label_pdf, recommerce, shipping, slip
from printing.paper import LabelSize, Paper
from station.demo import APPAREL
from station.events.pack import OrderPacked, PackedBox, PackedUnit
from station.models import Address
from tests.cups_support import Cups, running_cups, skip_reason
from tests.support import find_order

REASON = skip_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")

SHIP_FROM = Address(name="TYO1 Fulfilment Center", postcode="136-0082", region="東京都",
                    city="江東区", street="新木場1-2-3")
MM_PER_POINT = 25.4 / 72


@pytest.fixture(scope="module")
def cups() -> Iterator[Cups]:
    with running_cups() as server:
        yield server


@pytest.fixture
def printer(cups, monkeypatch) -> CupsPrinter:
    monkeypatch.setenv("CUPS_SERVER", cups.socket)
    return CupsPrinter(cups.queue)


def arrived_page(path: Path) -> tuple[tuple[float, float], int]:
    """(width, height) in mm of the first page as stored, and its /Rotate."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True,
                          timeout=30).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    width, height = fields["Page size"].split("pts")[0].split("x")
    rotation = int(fields.get("Page rot", "0").strip() or 0)
    return (round(float(width) * MM_PER_POINT, 1), round(float(height) * MM_PER_POINT, 1)), rotation


def one_label(core, size: LabelSize) -> bytes:
    order = find_order(core, brand=APPAREL, min_lines=1)
    packed = OrderPacked(order_id=order.id, units=order.units, lines=len(order.lines),
                         boxes=(PackedBox(box_no=1, box_type="B60", items=tuple(
                             PackedUnit(sku=line.product.sku, quantity=line.quantity)
                             for line in order.lines)),))
    [label] = shipping.labels_for(order, packed, core.catalogue, SHIP_FROM, "4589123")
    return label_pdf.render(label, size)


@pytest.mark.parametrize("size", list(LabelSize))
def test_a_label_prints_on_label_stock_of_its_own_size_not_on_a4(core, cups, printer, size):
    title = f"label-{size.value}"
    printer.send(title, "pdf", one_label(core, size))
    page, rotation = arrived_page(cups.printed(title))
    assert page == pytest.approx(size.mm, abs=0.5)
    assert rotation == 0


def test_a_packing_slip_on_a5_arrives_as_a5(core, cups, printer):
    order = find_order(core, brand=APPAREL, min_lines=2)
    printer.send("slip-a5", "pdf", slip.render(order, "KAZE Apparel", Paper.A5))
    page, rotation = arrived_page(cups.printed("slip-a5"))
    assert page == pytest.approx(Paper.A5.mm, abs=0.5)
    assert rotation == 0


def test_a_landscape_label_is_turned_onto_portrait_stock_of_its_size(cups, printer):
    label = recommerce.RecommerceLabel(
        brand="KAZE Apparel", original_sku="KAZE-DEN-NVY-M", new_sku="RC-KAZE-DEN-NVY-M-0001",
        barcode_value="RC-KAZE-DEN-NVY-M-0001", grade="B", condition="非常に良い",
        title="セルビッジデニム ネイビー M", price_yen=9800,
        qr_url="https://resale.example/item/RC-KAZE-DEN-NVY-M-0001", language="ja")
    printer.send("recommerce", "pdf", recommerce.render(label))
    page, rotation = arrived_page(cups.printed("recommerce"))
    assert page == pytest.approx((recommerce.HEIGHT_MM, recommerce.WIDTH_MM), abs=0.5)
    assert rotation % 180 == 90


def test_a_stopped_or_rejecting_queue_says_so_and_a_running_one_is_ready(cups, printer):
    def admin(*command: str) -> None:
        subprocess.run(list(command), env=cups.env, capture_output=True, timeout=30,
                       check=True)

    assert printer.check().ready
    try:
        admin("cupsdisable", "-r", "Out of labels", cups.queue)
        state = printer.check()
        assert not state.ready
        assert state.detail.render() == f"CUPS queue {cups.queue} is stopped: Out of labels"
        admin("cupsenable", cups.queue)
        admin("cupsreject", "-r", "maintenance", cups.queue)
        assert cups.queue not in list_queues()
        assert "maintenance" not in list_queues()
        assert not printer.check().ready
    finally:
        admin("cupsenable", cups.queue)
        admin("cupsaccept", cups.queue)
    assert printer.check().ready
