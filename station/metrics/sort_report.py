"""The sort wall's counts as the supervisor's tables: one row per station or packer."""

from __future__ import annotations

from collections.abc import Callable

from station.messages import msg
from station.metrics.report import Table
from station.sortwall.figures import SortBy, SortRow


def sort_table(by: SortBy, rows: tuple[SortRow, ...],
               names: Callable[[str], str] | None = None) -> Table:
    """Who, then units sorted, strays, sort exceptions and batches closed (docs/metrics.md)."""
    label = names or (lambda key: key)
    who = msg("Metrics", "Station") if by is SortBy.STATION else msg("Metrics", "Packer")
    return Table(
        (who, msg("Metrics", "Units sorted"), msg("Metrics", "Strays"),
         msg("Metrics", "Sort exceptions"), msg("Metrics", "Batches closed")),
        tuple((label(row.key), row.counts.sorted_units, row.counts.strays,
               row.counts.exceptions, row.counts.batches_closed) for row in rows))
