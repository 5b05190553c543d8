"""Issuing the numbers a box's labels carry: the carrier's tracking number (self-issued
labels) and the SSCC, both from this station's number blocks (see `numbering`)."""

from __future__ import annotations

from collections.abc import Iterable

from station.carriers.contracts import Contract
from station.carriers.numbering import SSCC_KIND, Actor, issue, void
from station.carriers.sscc import sscc_for_serial
from station.carriers.tracking import with_check_digit
from station.store import Store

# Warn a supervisor when fewer SSCC serials than this are left on the station.
SSCC_WARN_BELOW = 50


def issue_tracking(store: Store, contract: Contract, order_id: str, box_no: int,
                   actor: Actor) -> str:
    """The box's 12-digit tracking number (the same one again for a reprint), written on its
    parcel row in the same transaction when the box is recorded without a number."""
    with store.write() as db:
        number = issue(store, contract.number_kind, order_id, box_no, actor=actor,
                       render=with_check_digit)
        db.conn.execute("UPDATE parcels SET tracking = ?, tracking_source = 'issued' WHERE"
                        " order_id = ? AND box_no = ? AND tracking IS NULL",
                        (number, order_id, box_no))
    return number


def void_tracking(store: Store, contract: Contract, number: str, reason: str,
                  actor: Actor) -> bool:
    """Void a tracking number (a spoiled label); the box gets a new one on its next issue."""
    with store.write() as db:
        voided = void(store, contract.number_kind, number, reason, actor)
        if voided:
            db.conn.execute("UPDATE parcels SET tracking = NULL, tracking_source = NULL"
                            " WHERE tracking = ? AND tracking_source = 'issued'", (number,))
    return voided


def issue_sscc(store: Store, company_prefix: str, order_id: str, box_no: int,
               actor: Actor) -> str:
    """The box's SSCC: the one already issued to it, or one from the next free serial."""
    return issue(store, SSCC_KIND, order_id, box_no, actor=actor,
                 render=lambda serial: sscc_for_serial(company_prefix, serial))


def warn_levels(contracts: Iterable[Contract]) -> dict[str, int]:
    """The supervisor's warning value per kind of number: each self-issuing contract's
    `numbering.warn_below`, and the SSCC serials'. Pass to `numbering.low_numbers`."""
    levels = {c.number_kind: c.numbering.warn_below for c in contracts
              if c.numbering.self_issued}
    levels[SSCC_KIND] = SSCC_WARN_BELOW
    return levels
