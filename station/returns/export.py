"""Graded re-commerce stock as a listings CSV: one row per unit sent to resale, with the
condition of each channel the brand's policy maps its grade to. Cells go through
`station.spreadsheet.safe_row`, so a product title can never become a formula."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable

from station.returns.decide import condition_url
from station.returns.models import Disposition
from station.returns.policy import Policy
from station.spreadsheet import safe_row

FIXED_COLUMNS = ("brand", "new_sku", "original_sku", "title", "grade", "condition",
                 "price_yen", "rma", "unit", "condition_url", "graded_at")


def listing_rows(conn: sqlite3.Connection, policies: dict[str, Policy],
                 brand: str | None = None) -> list[dict[str, str]]:
    query = ("SELECT brand, new_sku, sku, title, grade, price_yen, rma_id, unit_no, channels,"
             " graded_at FROM return_units WHERE disposition = ?")
    params: list[str] = [Disposition.RESALE.value]
    if brand:
        query += " AND brand = ?"
        params.append(brand)
    rows = []
    for (brand_id, new_sku, sku, title, grade, price, rma_id, unit_no, channels,
         graded_at) in conn.execute(query + " ORDER BY graded_at, rma_id, unit_no", params):
        policy = policies.get(brand_id)
        known = policy.grades.get(grade) if policy else None
        row = {"brand": brand_id, "new_sku": new_sku, "original_sku": sku, "title": title,
               "grade": grade, "condition": known.name if known else "",
               "price_yen": str(price), "rma": rma_id, "unit": str(unit_no),
               "condition_url": condition_url(policy, rma_id, unit_no, new_sku) if policy
               else "", "graded_at": graded_at}
        for channel, value in json.loads(channels).items():
            row[f"{channel}_condition"] = value
        rows.append(row)
    return rows


def to_csv(rows: Iterable[dict[str, str]], channels: Iterable[str]) -> str:
    columns = [*FIXED_COLUMNS, *(f"{name}_condition" for name in channels)]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", extrasaction="ignore",
                            lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(dict(zip(row, safe_row(row.values()), strict=True)))
    return out.getvalue()
