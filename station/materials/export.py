"""The packing-materials bill of one brand for one period: per order and material (what a 3PL
invoices line by line) and a summary per material with the total, counts from the sealed
orders' `PackingMaterialsRecorded` and rates from the materials file (the brand's own rate
where its contract has one). Days are the site's local days (`[metrics] time_zone`).

Written with the supervisor tables' CSV/XLSX writers (`station.metrics.export`), every cell
through `station.spreadsheet`."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from station import journal
from station.clock import iso
from station.events.materials import PackingMaterialsRecorded
from station.materials.catalogue import MaterialsFile
from station.messages import msg
from station.metrics.export import write_csv, write_xlsx
from station.metrics.report import Render, Table


@dataclass(frozen=True)
class BillLine:
    day: date
    order_id: str
    code: str
    quantity: int


def period(first: date, last: date, zone: ZoneInfo) -> tuple[str, str]:
    """Local days `first` to `last` included, as the UTC ISO bounds events' `ts` compare to
    (`start <= ts < end`)."""
    start = datetime.combine(first, time(), zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(), zone).astimezone(UTC)
    return iso(start), iso(end)


def lines_of(recorded: Iterable[tuple[str, PackingMaterialsRecorded]], brand: str,
             zone: ZoneInfo) -> list[BillLine]:
    """Each sealed order's materials (boxes summed), from (ts, bill) pairs of any source: a
    station's journal or the hub's events."""
    lines: list[BillLine] = []
    for ts, bill in recorded:
        if bill.brand != brand:
            continue
        day = datetime.fromisoformat(ts).astimezone(zone).date()
        counts: Counter[str] = Counter()
        for use in bill.used:
            counts[use.code] += use.quantity
        lines += [BillLine(day, bill.order_id, code, quantity)
                  for code, quantity in sorted(counts.items())]
    return lines


def bill_lines(conn: sqlite3.Connection, brand: str, first: date, last: date,
               zone: ZoneInfo) -> list[BillLine]:
    """The brand's bill lines from this station's journal."""
    start, end = period(first, last, zone)
    return lines_of(((event.ts, event.read(PackingMaterialsRecorded)) for event in
                     journal.of_type(conn, PackingMaterialsRecorded.TYPE, start, end)),
                    brand, zone)


def orders_table(lines: list[BillLine], materials: MaterialsFile, brand: str,
                 language: str) -> Table:
    rows = []
    for line in lines:
        material = materials.material(line.code)
        rate = materials.rate(brand, line.code)
        rows.append((line.day.isoformat(), line.order_id, line.code,
                     material.label.text(language) if material else line.code,
                     material.kind if material else "", line.quantity, rate,
                     _yen(rate * line.quantity)))
    return Table((msg("Materials", "Day"), msg("Materials", "Order"),
                  msg("Materials", "Material code"), msg("Materials", "Material"),
                  msg("Materials", "Kind"), msg("Materials", "Count"),
                  msg("Materials", "Rate (yen)"), msg("Materials", "Amount (yen)")),
                 tuple(rows))


def summary_table(lines: list[BillLine], materials: MaterialsFile, brand: str,
                  language: str, render: Render = str) -> Table:
    """One row per material used, in the file's order, then the total."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts[line.code] += line.quantity
    known = [m.code for m in materials.materials]
    codes = [code for code in known if code in counts] + sorted(set(counts) - set(known))
    rows: list[tuple[str | int | float | None, ...]] = []
    total = 0.0
    for code in codes:
        material = materials.material(code)
        rate = materials.rate(brand, code)
        amount = _yen(rate * counts[code])
        total += amount
        rows.append((code, material.label.text(language) if material else code,
                     material.kind if material else "", material.unit if material else "",
                     counts[code], rate, amount))
    orders = len({line.order_id for line in lines})
    rows.append((None, render(msg("Materials", "Total ({orders} orders)", orders=orders)),
                 None, None, sum(counts.values()), None, _yen(total)))
    return Table((msg("Materials", "Material code"), msg("Materials", "Material"),
                  msg("Materials", "Kind"), msg("Materials", "Unit"),
                  msg("Materials", "Count"), msg("Materials", "Rate (yen)"),
                  msg("Materials", "Amount (yen)")), tuple(rows))


def _yen(amount: float) -> float:
    """Whole yen stay integers in the sheet; fractional rates keep two decimals."""
    rounded = round(amount, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def write_bill(lines: list[BillLine], materials: MaterialsFile, path: Path, *, brand: str,
               language: str, render: Render = str) -> int:
    """The bill to `path`: `.xlsx` the summary and orders sheets, else the orders as CSV.
    Returns the number of orders billed."""
    orders = orders_table(lines, materials, brand, language)
    if path.suffix.lower() == ".xlsx":
        summary = summary_table(lines, materials, brand, language, render)
        write_xlsx(path, [(render(msg("Materials", "Summary")), summary),
                          (render(msg("Materials", "Orders")), orders)], render)
    else:
        write_csv(path, orders, render)
    return len({line.order_id for line in lines})
