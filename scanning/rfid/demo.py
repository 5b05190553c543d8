"""EPCs for the demo: the tags a picker's tote would carry for an order, SGTIN-96 encoded from
each product's GTIN and a unit serial, and a neighbouring tote's tags as strays."""

from __future__ import annotations

from dataclasses import dataclass

from scanning.rfid.epc import EncodeProblem, encode_sgtin96
from scanning.rfid.readers import ReadWindow
from scanning.rfid.simulated import SimulatedReader
from station.catalogue import Catalogue
from station.models import Order
from station.pack.session import PackSession


def tote_epcs(order: Order, first_serial: int = 1001, filter_value: int = 1) -> list[str]:
    """One SGTIN-96 per unit of the order; serials count up from `first_serial`."""
    epcs: list[str] = []
    serial = first_serial
    for line in order.lines:
        for _ in range(line.quantity):
            encoded = encode_sgtin96(line.product.gtin, serial, filter_value)
            if isinstance(encoded, EncodeProblem):
                raise ValueError(encoded.message.render())
            epcs.append(encoded)
            serial += 1
    return epcs


@dataclass
class DemoToteReader:
    """The demo's RFID reader: whatever order is open, its tote holds exactly that order's
    units (serials from 1001), and the next station's tote is read weakly beside it."""

    session: PackSession
    catalogue: Catalogue
    repeats: int = 4

    def read(self, seconds: float) -> ReadWindow:
        order = self.session.order
        tote = tote_epcs(order) if order is not None else []
        neighbour = next((other for other in map(self.catalogue.order,
                                                  self.catalogue.order_ids(limit=20))
                          if other is not None and order is not None and other.id != order.id),
                         None)
        strays = tote_epcs(neighbour, first_serial=900_001)[:6] if neighbour else []
        return SimulatedReader(tote=tote, neighbours=strays, repeats=self.repeats).read(seconds)
