"""What every carrier layout provides, and the helpers they share."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Protocol

from station.carriers.contracts import Contract, Service
from station.carriers.shipment import Shipment
from station.carriers.text import char_width, width_units


class Layout(Protocol):
    name: str
    encoding: str
    header: tuple[str, ...]
    history: HistoryColumns

    def rows(self, contract: Contract, shipment: Shipment) -> list[list[str]]: ...

    def keys(self, shipment: Shipment) -> list[tuple[str, int]]:
        """The customer-management numbers written for the shipment with the box each
        stands for, in the order the carrier's history lists their numbers."""
        ...


@dataclass(frozen=True)
class HistoryColumns:
    """Where the carrier's issued-history file puts the key and the tracking number."""

    key: str
    number: str


class Row:
    """One CSV row addressed by column name (the first column of that name)."""

    def __init__(self, header: tuple[str, ...]) -> None:
        self._index = _column_index(header)
        self.values = [""] * len(header)

    def __setitem__(self, column: str, value: object) -> None:
        self.values[self._index[column]] = "" if value is None else str(value)


@cache
def _column_index(header: tuple[str, ...]) -> dict[str, int]:
    index: dict[str, int] = {}
    for number, name in enumerate(header):
        index.setdefault(name, number)
    return index


def split_width(text: str, limit: float) -> tuple[str, str]:
    """The longest head of `text` within `limit` full-width units, and the rest."""
    if width_units(text) <= limit:
        return text, ""
    used = 0.0
    for index, ch in enumerate(text):
        used += char_width(ch)
        if used > limit:
            return text[:index], text[index:]
    return text, ""


def service_of(contract: Contract, shipment: Shipment) -> Service:
    service = contract.service(shipment.service)
    if service is None:
        raise ValueError(f"{shipment.order_id}: no service {shipment.service!r}")
    return service


def slashed(day: str) -> str:
    """YYYY-MM-DD as YYYY/MM/DD (blank stays blank)."""
    return day.replace("-", "/")


def tax_included(amount: int, rate_percent: int = 10) -> int:
    """The consumption tax inside a tax-included amount (内消費税額等)."""
    return amount * rate_percent // (100 + rate_percent)
