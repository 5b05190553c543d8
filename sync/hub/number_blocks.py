"""Number ranges held by the hub and the blocks of them it hands to stations.

A station claims a block of a kind (tracking/yamato, sscc, ...) ahead of time, so it can
label offline for days. The claim reads the site's first range with serials left and moves
its `next` past the block in one transaction: `BEGIN IMMEDIATE` on SQLite, a row lock
(`SELECT ... FOR UPDATE`) on PostgreSQL, and the update only succeeds if `next` is still what
was read. So two hub processes on one database never hand out the same serial."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, and_, insert, select, update

from station.carriers.contracts import default_contracts
from station.carriers.sscc import DEMO_SSCC_RANGE
from sync.hub.schema import number_blocks, number_ranges


@dataclass(frozen=True)
class Block:
    kind: str
    first: int
    last: int
    station: str


class RangeOverlapError(ValueError):
    """A new range would share serials with one the hub already holds."""


def add_range(engine: Engine, site: str, kind: str, first: int, last: int, *,
              demo: bool = False) -> None:
    """Hold a range the carrier allocated. Ranges of one kind never overlap (on any site)."""
    if last < first:
        raise ValueError("last must not be below first")
    with engine.begin() as conn:
        overlap = conn.execute(select(number_ranges.c.site, number_ranges.c.first,
                                      number_ranges.c.last).where(and_(
            number_ranges.c.kind == kind, number_ranges.c.first <= last,
            number_ranges.c.last >= first))).first()
        if overlap:
            raise RangeOverlapError(f"{kind} {first}-{last} overlaps {overlap.site}"
                                    f" {overlap.first}-{overlap.last}")
        conn.execute(insert(number_ranges).values(site=site, kind=kind, first=first,
                                                  last=last, next=first, demo=int(demo),
                                                  created_at=datetime.now(UTC)))


def claim_block(engine: Engine, site: str, station: str, kind: str, size: int) -> Block | None:
    """Up to `size` serials of `kind` for `station`, or None when the site has none left."""
    for _ in range(5):
        with engine.begin() as conn:
            row = conn.execute(
                select(number_ranges.c.id, number_ranges.c.next, number_ranges.c.last)
                .where(number_ranges.c.site == site, number_ranges.c.kind == kind,
                       number_ranges.c.next <= number_ranges.c.last)
                .order_by(number_ranges.c.first).limit(1).with_for_update()).first()
            if row is None:
                return None
            first, last = row.next, min(row.last, row.next + size - 1)
            moved = conn.execute(update(number_ranges).where(
                number_ranges.c.id == row.id, number_ranges.c.next == first).values(
                next=last + 1))
            if moved.rowcount != 1:
                continue                     # another claim moved it first: read again
            conn.execute(insert(number_blocks).values(site=site, station=station, kind=kind,
                                                      first=first, last=last,
                                                      claimed_at=datetime.now(UTC)))
            return Block(kind, first, last, station)
    return None


def seed_demo_ranges(engine: Engine, site: str) -> None:
    """The embedded contracts' demo ranges and a demo SSCC range, once."""
    with engine.connect() as conn:
        if conn.execute(select(number_ranges.c.id).where(number_ranges.c.site == site)).first():
            return
    for contract in default_contracts().values():
        for number_range in contract.numbering.ranges:
            if number_range.demo:
                add_range(engine, site, contract.number_kind, number_range.first,
                          number_range.last, demo=True)
    add_range(engine, site, "sscc", *DEMO_SSCC_RANGE, demo=True)
