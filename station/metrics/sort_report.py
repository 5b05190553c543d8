"""The sort wall's counts as the supervisor's tables: one row per station or packer that the
wall counted anything for (from the range's `Tally`, station or hub alike)."""

from __future__ import annotations

from collections.abc import Callable

from station.messages import msg
from station.metrics.compute import Throughput
from station.metrics.definitions import SortCount
from station.metrics.report import Table, TableKind


def sort_table(kind: TableKind, figures: tuple[Throughput, ...],
               names: Callable[[str], str] | None = None) -> Table:
    """Who, then units sorted, strays, sort exceptions and batches closed (docs/metrics.md)."""
    label = names or (lambda key: key)
    who = msg("Metrics", "Station") if kind is TableKind.STATIONS else msg("Metrics", "Packer")
    return Table(
        (who, msg("Metrics", "Units sorted"), msg("Metrics", "Strays"),
         msg("Metrics", "Sort exceptions"), msg("Metrics", "Batches closed")),
        tuple((label(item.key), *(dict(item.sorting).get(count, 0) for count in SortCount))
              for item in figures if item.sorting))
