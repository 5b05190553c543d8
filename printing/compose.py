"""Which documents an order gets and in what form, from the `[printers]` settings: shared by
the print service, the command line and the insert preview."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from printing import brandkit, gift_kit
from printing.documents import (
    carrier_label_pdf,
    carrier_label_zpl,
    gift_card,
    insert,
    label_pdf,
    label_zpl,
    shipping,
    slip,
)
from printing.documents.carrier_label import CarrierLabelData
from printing.documents.personal import context_for
from printing.paper import LabelSize, Paper
from printing.settings import PrintersSettings
from station.catalogue import Catalogue
from station.events.pack import OrderPacked
from station.models import Address, Order


@dataclass(frozen=True)
class LabelDocument:
    box_no: int
    format: str
    data: bytes


class Documents:
    def __init__(self, catalogue: Catalogue, settings: PrintersSettings) -> None:
        self.catalogue = catalogue
        self.settings = settings
        self.kits = Path(settings.brandkits) if settings.brandkits else brandkit.DEFAULT_FOLDER

    @property
    def ship_from(self) -> Address:
        s = self.settings
        return Address(name=s.ship_from_name, postcode=s.ship_from_postcode,
                       region=s.ship_from_region, city=s.ship_from_city,
                       street=s.ship_from_street, phone=s.ship_from_phone)

    def shipping_labels(self, order: Order, packed: OrderPacked | None,
                        ssccs: Mapping[int, str] | None = None) -> list[shipping.ShippingLabel]:
        return shipping.labels_for(order, packed, self.catalogue, self.ship_from,
                                   self.settings.gs1_company_prefix, ssccs=ssccs)

    def labels(self, order: Order, packed: OrderPacked | None, fmt: str | None = None,
               dpi: int | None = None,
               ssccs: Mapping[int, str] | None = None) -> list[LabelDocument]:
        fmt = fmt or self.settings.label_format
        size = LabelSize(self.settings.label_size)
        documents = []
        for label in self.shipping_labels(order, packed, ssccs):
            data = (label_zpl.render(label, size, dpi or self.settings.label_dpi)
                    if fmt == "zpl" else label_pdf.render(label, size))
            documents.append(LabelDocument(label.box_no, fmt, data))
        return documents

    def carrier_labels(self, labels: list[CarrierLabelData], fmt: str | None = None,
                       dpi: int | None = None) -> list[LabelDocument]:
        """The carrier's own label per box (self-issued numbers), in the label format."""
        fmt = fmt or self.settings.label_format
        size = LabelSize(self.settings.label_size)
        return [LabelDocument(
            label.box_no, fmt,
            carrier_label_zpl.render([label], size, dpi or self.settings.label_dpi)
            if fmt == "zpl" else carrier_label_pdf.render([label], size))
            for label in labels]

    def slip(self, order: Order, paper: Paper | None = None) -> bytes:
        brand = self.catalogue.brand(order.brand)
        return slip.render(order, brand.name if brand else order.brand,
                           paper or Paper(self.settings.slip_paper), self.settings.returns_url)

    def gift_kit(self, order: Order) -> gift_kit.GiftKit:
        return gift_kit.load(brandkit.folder_for(order.brand, self.kits), order.brand)

    def gift_slip_wanted(self, order: Order) -> bool:
        """A gift parcel gets the slip without prices unless its brand ships gifts with none."""
        return order.gift is None or self.gift_kit(order).slip != "none"

    def gift_card(self, order: Order) -> bytes | None:
        """The gift message card, or None when the order has no message for one."""
        if order.gift is None or not order.gift.message.strip():
            return None
        brand = self.catalogue.brand(order.brand)
        return gift_card.render(order.gift, order.gift.sender or order.customer_name,
                                brand.name if brand else order.brand, self.gift_kit(order),
                                language=order.language)

    def insert(self, order: Order, kit_folder: Path | None = None,
               paper: Paper | None = None) -> insert.InsertResult:
        folder = kit_folder or brandkit.folder_for(order.brand, self.kits)
        kit = brandkit.load(folder, order.brand)
        return insert.render(context_for(order, self.catalogue), kit,
                             paper or Paper(self.settings.insert_paper))
