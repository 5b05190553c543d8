"""Partition tables (TDS 14.5): partition value -> (company prefix bits, digits, other bits,
other digits or characters). The other field is the item, serial, location, asset, service,
document or component reference, depending on the scheme."""

from __future__ import annotations

Partition = tuple[int, int, int, int]
Table = dict[int, Partition]


def _table(other: list[tuple[int, int]]) -> Table:
    prefixes = [(40, 12), (37, 11), (34, 10), (30, 9), (27, 8), (24, 7), (20, 6)]
    return {p: (*prefixes[p], *other[p]) for p in range(7)}


# SGTIN and ITIP: indicator digit + item reference (Table 14-2).
SGTIN = _table([(4, 1), (7, 2), (10, 3), (14, 4), (17, 5), (20, 6), (24, 7)])
# SSCC (extension digit + serial reference), GSRN and GSRNP (service reference).
SSCC = _table([(18, 5), (21, 6), (24, 7), (28, 8), (31, 9), (34, 10), (38, 11)])
GSRN = SSCC
# SGLN (location reference), GDTI and SGCN (document type).
SGLN = _table([(1, 0), (4, 1), (7, 2), (11, 3), (14, 4), (17, 5), (21, 6)])
GDTI = SGLN
SGCN = SGLN
# GRAI: asset type.
GRAI = _table([(4, 0), (7, 1), (10, 2), (14, 3), (17, 4), (20, 5), (24, 6)])
# GIAI-96: individual asset reference as an integer of up to this many digits.
GIAI_96 = _table([(42, 13), (45, 14), (48, 15), (52, 16), (55, 17), (58, 18), (62, 19)])
# GIAI-202: individual asset reference as 7-bit characters, up to this many.
GIAI_202 = _table([(148, 18), (151, 19), (154, 20), (158, 21), (161, 22), (164, 23),
                   (168, 24)])
# CPI-96: component/part reference as an integer of up to this many digits.
CPI_96 = _table([(11, 3), (14, 4), (17, 5), (21, 6), (24, 7), (27, 8), (31, 9)])
# CPI-var: component/part reference as 6-bit characters, up to this many.
CPI_VAR = _table([(114, 18), (120, 19), (126, 20), (132, 21), (138, 22), (144, 23),
                  (150, 24)])


def by_prefix_digits(table: Table, digits: int) -> int | None:
    """The partition value for a company prefix of `digits` digits."""
    return next((p for p, row in table.items() if row[1] == digits), None)
