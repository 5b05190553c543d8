"""Packing what one RFID tote read matched, and which of its outcomes the packer sees.

Every matched unit goes through the pack session as an RFID scan, so every core rule (wrong
item, serials, lot control, over-scan) applies to a tote as to a hand scan. One read gives
many outcomes; the screen shows one: the order's completion, or the worst thing that
happened, or (when all went well) the last."""

from __future__ import annotations

from collections.abc import Sequence

from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.pack.session import PackSession
from station.pack.tote import ToteCheck
from station.scans import Scan, ScanSource

# How much an outcome needs the packer's eye; GOOD and DONE (at most 1) are nothing to fix.
SEVERITY = {Tone.BAD: 4, Tone.WARN: 3, Tone.INFO: 2, Tone.DONE: 1, Tone.GOOD: 0}

# Outcomes after which no further unit of the read is fed in.
_STOPS = frozenset({Kind.WRONG_ITEM, Kind.OVER_SCAN, Kind.ACKNOWLEDGE_FIRST, Kind.NO_ORDER,
                    Kind.SIGN_IN_REQUIRED, Kind.ROLE_NOT_ALLOWED, Kind.STOPPED_BY_HUB})


def pack_matched(session: PackSession, check: ToteCheck) -> list[ScanOutcome]:
    """Feed every matched unit into the session as an RFID scan. A quantity prompt is answered
    by scanning the same unit again (one unit per tag); a refusal (expired, duplicate serial,
    lot required ...) is kept as that unit's outcome and packing goes on with the next."""
    outcomes: list[ScanOutcome] = []
    for item in check.matched:
        scan = Scan(text=item.epc, source=ScanSource.RFID, gtin=item.gtin, serial=item.serial)
        outcome = session.scan(scan)
        if outcome.kind is Kind.QUANTITY_NEEDED:
            outcome = session.scan(scan)
        outcomes.append(outcome)
        if outcome.kind in _STOPS or session.order is None:
            break
    return outcomes


def outcome_to_show(outcomes: Sequence[ScanOutcome]) -> ScanOutcome | None:
    """The one outcome of a read the packer sees: the last when it completed the order or
    nothing needs attention, otherwise the first of the most severe (None for no outcome)."""
    if not outcomes:
        return None
    last = outcomes[-1]
    worst = max(outcomes, key=lambda outcome: SEVERITY[outcome.tone])
    if last.kind is Kind.ORDER_COMPLETE or SEVERITY[worst.tone] <= SEVERITY[Tone.DONE]:
        return last
    return worst


def pack_tote(session: PackSession, check: ToteCheck) -> ScanOutcome | None:
    """Pack what `check` matched and say which outcome to show."""
    return outcome_to_show(pack_matched(session, check))
