"""The per-station and per-packer tables as rows: what the screen shows and exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from station.messages import Message, msg
from station.metrics.compute import Counts, Throughput
from station.metrics.definitions import exception_reason_label, label_outcome_label
from station.metrics.settings import Targets
from station.returns.models import DISPOSITION_NAMES, Disposition

Render = Callable[[Message], str]

Cell = str | int | float | None


class TableKind(StrEnum):
    STATIONS = "stations"
    PACKERS = "packers"


@dataclass(frozen=True)
class Table:
    headers: tuple[Message, ...]
    rows: tuple[tuple[Cell, ...], ...]


def headers(kind: TableKind) -> tuple[Message, ...]:
    who = (msg("Metrics", "Station") if kind is TableKind.STATIONS
           else msg("Metrics", "Packer"))
    return (
        who,
        msg("Metrics", "Orders"),
        msg("Metrics", "Units"),
        msg("Metrics", "Units/hour"),
        msg("Metrics", "Target units/hour"),
        msg("Metrics", "Median pack time (s)"),
        msg("Metrics", "Wrong items per 100 units"),
        msg("Metrics", "Exceptions"),
        msg("Metrics", "Exceptions by reason"),
        msg("Metrics", "Returns graded"),
        msg("Metrics", "Grades"),
        msg("Metrics", "Dispositions"),
        msg("Metrics", "Label checks"),
    )


def table(kind: TableKind, figures: tuple[Throughput, ...], targets: Targets,
          names: Callable[[str], str] | None = None, render: Render = str) -> Table:
    """One row per station or packer; numbers stay numbers (sorting, spreadsheets). Reason,
    grade and disposition codes are shown by name, rendered with `render` (the UI's
    translation; English by default)."""
    target = targets.for_station if kind is TableKind.STATIONS else targets.for_packer
    label = names or (lambda key: key)
    return Table(headers(kind), tuple(
        (label(item.key), item.orders, item.units, _round(item.units_per_hour),
         target(item.key), _round(item.median_pack_seconds), _round(item.wrong_per_100_units),
         item.exceptions_total, _counts(item.exceptions, exception_reason_label, render),
         item.returns_graded, _counts(item.grades, grade_label, render),
         _counts(item.dispositions, disposition_label, render),
         _counts(item.labels, label_outcome_label, render))
        for item in figures))


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def grade_label(grade: str) -> Message:
    """Grades are named per brand policy; across brands only the letter is common."""
    return msg("Metrics", "Grade {grade}", grade=grade)


def disposition_label(code: str) -> Message:
    try:
        return DISPOSITION_NAMES[Disposition(code)]
    except ValueError:
        return msg("Metrics", "Other: {reason}", reason=code)


def _counts(counts: Counts, label: Callable[[str], Message], render: Render) -> str:
    return ", ".join(f"{render(label(name))} {count}" for name, count in counts)
