"""What the command line does, as functions (tested without a subprocess)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from printing import backends
from printing import settings as printer_settings
from printing.compose import Documents
from printing.documents import (
    barcode_sheet,
    carrier_demo,
    carrier_label_pdf,
    carrier_label_zpl,
    recommerce,
    sortwall_sheet,
)
from printing.errors import PrintingError
from printing.paper import LabelSize, Paper
from station import journal
from station.clock import Clock, SystemClock
from station.core import StationCore, open_core
from station.events.pack import OrderPacked
from station.ids import OrderId
from station.messages import msg
from station.models import Order
from station.returns.setup import sheet_entries
from station.settings import load

SHEET_NAME = "barcode-sheet.pdf"


@dataclass(frozen=True)
class Rendered:
    data: bytes
    notes: tuple[str, ...] = ()


@contextmanager
def local_core(config: Path | None, data_dir: Path | None,
               clock: Clock | None = None) -> Iterator[StationCore]:
    core = open_core(load(config, data_dir=data_dir), clock or SystemClock())
    try:
        yield core
    finally:
        core.close()


def sample_order(core: StationCore, brand: str | None = None, *, gift: bool = False) -> Order:
    """The first demo order of `brand` (or of any brand); with `gift`, the first gift."""
    for order_id in core.catalogue.order_ids(limit=500):
        order = core.catalogue.order(order_id)
        if order is not None and (brand is None or order.brand == brand) and (
                not gift or (order.gift is not None and order.gift.message)):
            return order
    raise PrintingError(msg("Printing", "There is no order of brand {brand} on this station.",
                            brand=brand or "-"))


def render(core: StationCore, kind: str, *, order_id: str | None = None,
           brand: str | None = None, kit: Path | None = None, paper: str | None = None,
           dpi: int | None = None, size: str | None = None,
           carrier: str | None = None) -> Rendered:
    section = printer_settings.load(core.settings)
    if size:
        section = dataclasses.replace(section, label_size=LabelSize(size).value)
    documents = Documents(core.catalogue, section)
    if carrier:
        return render_carrier_label(core, documents, kind, carrier=carrier, order_id=order_id,
                                    dpi=dpi)
    if order_id:
        found = core.catalogue.order(OrderId(order_id))
        if found is None:
            raise PrintingError(msg("Printing", "Order {order} is not on this station.",
                                    order=order_id))
        order = found
    else:
        order = sample_order(core, brand, gift=kind == "gift-card")
    if kind == "gift-card":
        card = documents.gift_card(order)
        if card is None:
            raise PrintingError(msg("Printing", "Order {order} has no gift message: it gets "
                                    "no gift card.", order=order.id))
        return Rendered(card)
    if kind in ("label-zpl", "label-pdf"):
        packed = [event.read(OrderPacked) for event
                  in journal.for_subject(core.store.conn, order.id)
                  if event.type == OrderPacked.TYPE]
        labels = documents.labels(order, packed[-1] if packed else None,
                                  "zpl" if kind == "label-zpl" else "pdf", dpi)
        if kind == "label-zpl":
            return Rendered(b"\n".join(label.data for label in labels))
        return Rendered(labels[0].data, (f"{len(labels)} boxes: box 1 written",)
                        if len(labels) > 1 else ())
    if kind == "slip":
        return Rendered(documents.slip(order, Paper(paper) if paper else None))
    if kind == "insert":
        result = documents.insert(order, kit, Paper(paper) if paper else None)
        return Rendered(result.pdf, tuple(problem.render() for problem in result.problems))
    return Rendered(recommerce.render(sample_recommerce(order)))


def render_carrier_label(core: StationCore, documents: Documents, kind: str, *,
                         carrier: str, order_id: str | None, dpi: int | None) -> Rendered:
    """A carrier's own label for every box of the order, or of a demo shipment."""
    if kind not in ("label-zpl", "label-pdf"):
        raise PrintingError(msg("Printing", "--carrier applies to label-pdf and label-zpl, "
                                "not to {kind}.", kind=kind))
    if order_id:
        order = core.catalogue.order(OrderId(order_id))
        if order is None:
            raise PrintingError(msg("Printing", "Order {order} is not on this station.",
                                    order=order_id))
        packed = [event.payload for event in journal.for_subject(core.store.conn, order.id)
                  if event.type == OrderPacked.TYPE]
        labels = carrier_demo.order_labels(order, packed[-1] if packed else {}, carrier,
                                           core.catalogue, documents.ship_from)
    else:
        labels = carrier_demo.demo_labels(carrier, documents.ship_from, core.clock.now().date())
    size = LabelSize(documents.settings.label_size)
    if kind == "label-zpl":
        return Rendered(carrier_label_zpl.render(labels, size,
                                                 dpi or documents.settings.label_dpi))
    return Rendered(carrier_label_pdf.render(labels, size))


def sample_recommerce(order: Order) -> recommerce.RecommerceLabel:
    product = order.lines[0].product
    new_sku = f"RC-{product.sku}-B"
    return recommerce.RecommerceLabel(
        brand=order.brand, original_sku=product.sku, new_sku=new_sku, barcode_value=new_sku,
        grade="B", condition="Very good" if order.language == "en" else "非常に良い",
        title=product.display_name(order.language), price_yen=int(product.price * 0.6),
        qr_url=f"https://resale.example/item/{new_sku}", language=order.language)


def write_barcode_sheet(core: StationCore, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    extra = [barcode_sheet.materials_section(core.pack.materials),
             *barcode_sheet.returns_sections(*sheet_entries(core)),
             *sortwall_sheet.sections(core.store.conn)]
    partial.write_bytes(barcode_sheet.render(core.catalogue, core.clock.now().date(), extra))
    partial.replace(out)  # whole or absent: a process stopped mid-write leaves no stub
    return out


def ensure_barcode_sheet(core: StationCore) -> Path:
    """Called by the app at first start: the sheet in the data folder, written once."""
    path = core.settings.data_dir / SHEET_NAME
    if not path.exists():
        write_barcode_sheet(core, path)
    return path


def queues() -> list[str]:
    return backends.list_queues()
