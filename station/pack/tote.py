"""Tote verification from one RFID read: which of the open order's units are in the tote, which
are missing and which do not belong. Pure: reads in, a `ToteCheck` out.

The reads come from `scanning.rfid` already decoded to GTIN + serial. A tag is read many times
in a window, and tags in a neighbouring station's tote are read too, only more weakly: reads are
de-duplicated per tag (keeping the strongest), reads below the RSSI threshold are set aside as
foreign, and what is left is matched to the order lines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from station.ids import Gtin
from station.models import Order, OrderLine


@dataclass(frozen=True)
class TagRead:
    """One read of one tag. `gtin` is None for tags that are not trade items (an SSCC, a
    returnable tote's GRAI, an unreadable EPC)."""

    epc: str
    rssi: float
    gtin: Gtin | None = None
    serial: str | None = None
    antenna: int = 1


@dataclass(frozen=True)
class ToteItem:
    epc: str
    gtin: Gtin
    serial: str | None
    rssi: float
    line_no: int | None = None


@dataclass(frozen=True)
class Missing:
    line: OrderLine
    units: int


@dataclass(frozen=True)
class ToteCheck:
    matched: tuple[ToteItem, ...]
    missing: tuple[Missing, ...]
    extra: tuple[ToteItem, ...]
    foreign: tuple[TagRead, ...]
    not_items: tuple[TagRead, ...]
    reads: int

    @property
    def complete(self) -> bool:
        """Everything the order needs is in the tote and nothing else is."""
        return not self.missing and not self.extra and bool(self.matched)

    @property
    def missing_units(self) -> int:
        return sum(entry.units for entry in self.missing)


def strongest_per_tag(reads: Iterable[TagRead]) -> list[TagRead]:
    """One read per EPC: the strongest, in order of first appearance."""
    best: dict[str, TagRead] = {}
    for read in reads:
        known = best.get(read.epc)
        if known is None or read.rssi > known.rssi:
            best[read.epc] = read
    return list(best.values())


def check_tote(order: Order, reads: Iterable[TagRead], min_rssi: float,
               already_packed: dict[int, int] | None = None) -> ToteCheck:
    """Match one window of reads to `order`. `already_packed` (line_no -> units) lowers what
    is still needed, so a tote read after some units were scanned by hand still adds up."""
    all_reads = list(reads)
    tags = strongest_per_tag(all_reads)
    foreign = tuple(tag for tag in tags if tag.rssi < min_rssi)
    near = [tag for tag in tags if tag.rssi >= min_rssi]
    not_items = tuple(tag for tag in near if tag.gtin is None)
    needed = Counter({line.line_no: line.quantity - (already_packed or {}).get(line.line_no, 0)
                      for line in order.lines})
    lines_by_gtin: dict[str, list[OrderLine]] = {}
    for line in order.lines:
        lines_by_gtin.setdefault(line.product.gtin, []).append(line)
    matched: list[ToteItem] = []
    extra: list[ToteItem] = []
    for tag in sorted((tag for tag in near if tag.gtin is not None),
                      key=lambda tag: (tag.gtin or "", tag.serial or "", tag.epc)):
        assert tag.gtin is not None
        open_line = next((candidate for candidate in lines_by_gtin.get(tag.gtin, [])
                          if needed[candidate.line_no] > 0), None)
        item = ToteItem(tag.epc, tag.gtin, tag.serial, tag.rssi,
                        open_line.line_no if open_line else None)
        if open_line is None:
            extra.append(item)
        else:
            needed[open_line.line_no] -= 1
            matched.append(item)
    missing = tuple(Missing(line, needed[line.line_no]) for line in order.lines
                    if needed[line.line_no] > 0)
    return ToteCheck(tuple(matched), missing, tuple(extra), foreign, not_items, len(all_reads))
