"""Writing shipments in a carrier's import layout: CSV, the carrier's encoding (CP932), a
header row. Each shipment is checked first (`check_shipment`) and must be writable in the
encoding; one that is not is left out whole and reported with its problems, never written
half or with characters replaced."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from station.carriers.checks import Problem, check_shipment
from station.carriers.contracts import Contract
from station.carriers.layouts import LAYOUTS, Layout
from station.carriers.layouts.b2 import B2Layout
from station.carriers.shipment import Shipment
from station.messages import msg


@dataclass(frozen=True)
class Refused:
    order_id: str
    problems: tuple[Problem, ...]


@dataclass
class CarrierFile:
    """One file's content and what went into it."""

    layout: str
    content: bytes = b""
    shipments: int = 0
    rows: int = 0
    refused: list[Refused] = field(default_factory=list)


def layout_named(contract: Contract, name: str) -> Layout:
    if name == "b2" and contract.file_columns:
        return B2Layout(contract.file_columns)
    return LAYOUTS[name]


def layout_for(contract: Contract, shipment: Shipment) -> str:
    """The file a shipment goes into: its service's own layout (クリックポスト) or the
    contract's."""
    service = contract.service(shipment.service)
    return (service.file_layout if service and service.file_layout else contract.file_layout)


def export(contract: Contract, shipments: Iterable[Shipment]) -> dict[str, CarrierFile]:
    """The carrier files for `shipments`, by layout name."""
    files: dict[str, CarrierFile] = {}
    rows_by_layout: dict[str, list[list[str]]] = {}
    for shipment in shipments:
        name = layout_for(contract, shipment)
        layout = layout_named(contract, name)
        result = files.setdefault(name, CarrierFile(name))
        problems = check_shipment(contract, shipment)
        rows = [] if problems else layout.rows(contract, shipment)
        problems += _unwritable(rows, layout.encoding)
        if problems:
            result.refused.append(Refused(shipment.order_id, tuple(problems)))
            continue
        rows_by_layout.setdefault(name, []).extend(rows)
        result.shipments += 1
        result.rows += len(rows)
    for name, result in files.items():
        layout = layout_named(contract, name)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(layout.header)
        writer.writerows(rows_by_layout.get(name, []))
        result.content = buffer.getvalue().encode(layout.encoding)
    return files


def _unwritable(rows: list[list[str]], encoding: str) -> list[Problem]:
    try:
        "\n".join("\n".join(row) for row in rows).encode(encoding)
    except UnicodeEncodeError:
        pass
    else:
        return []
    for row in rows:
        for value in row:
            try:
                value.encode(encoding)
            except UnicodeEncodeError as error:
                char = value[error.start:error.end]
                return [Problem("text", msg("Carriers", "The character {char} in {value}"
                                            " cannot be written for the carrier.",
                                            char=char, value=value),
                                msg("Carriers", "Replace it with a common character in the"
                                    " address or item text."))]
    return []
