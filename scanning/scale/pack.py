"""A captured box weight into the pack session, through the weight check it already has."""

from __future__ import annotations

from dataclasses import replace

from station.pack.outcomes import Kind, ScanOutcome
from station.pack.session import PackSession
from station.scans import WEIGHT_PREFIX, Scan, ScanSource, read_own_code

WEIGHING = frozenset({Kind.WEIGHT_NEEDED, Kind.WEIGHT_OFF})


def weight_scan(grams: int) -> Scan:
    """The same scan as the `WEIGHT:<g>` barcode, from the scale."""
    scan = read_own_code(f"{WEIGHT_PREFIX}{grams}")
    if scan is None:  # 0 g or over 1,000 kg: the session's own "not understood" answer
        return Scan(f"{WEIGHT_PREFIX}{grams}", ScanSource.SCALE)
    return replace(scan, source=ScanSource.SCALE)


def wants_weight(session: PackSession, last: ScanOutcome | None) -> bool:
    """Whether a captured weight is of use now: the session asked for one (weigh the box,
    or the last weight was off), or every unit of the open order is packed. A box filled on
    the scale settles after every item; checking those weights would only raise alarms."""
    if session.order is None:
        return False
    if last is not None and last.kind in WEIGHING:
        return True
    return session.missing_units() == 0
