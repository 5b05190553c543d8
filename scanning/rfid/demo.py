"""EPCs for the demo: the tags a picker's tote would carry for an order, SGTIN-96 encoded from
each product's GTIN and a unit serial, and a neighbouring tote's tags as strays."""

from __future__ import annotations

from scanning.rfid.epc import EncodeProblem, encode_sgtin96
from station.models import Order


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
