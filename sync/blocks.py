"""Keeping the station's number blocks topped up from the hub (tracking numbers for
self-issued labels, SSCC serials), called once per sync round.

A kind whose free serials fall below its low-water mark gets a new block. A hub that has no
numbers left for a kind (409) is not an outage: the station keeps labelling from what it has,
the supervisor's warning (`numbering.low_numbers`) says it runs low, and the next round asks
again."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from station.carriers.contracts import default_contracts
from station.carriers.numbering import SSCC_KIND, Actor, receive_block, remaining
from station.clock import Clock, SystemClock
from station.store import Store
from sync.client import HubClient, HubRefusedError

log = logging.getLogger("packstation.sync.blocks")


@dataclass(frozen=True)
class Want:
    """Claim `block_size` serials when fewer than `low_water` are left."""

    block_size: int
    low_water: int


def default_wants() -> dict[str, Want]:
    """Every self-issuing contract's tracking numbers and the SSCC serials."""
    wants = {contract.number_kind: Want(contract.numbering.block_size,
                                        contract.numbering.low_water)
             for contract in default_contracts().values() if contract.numbering.self_issued}
    wants[SSCC_KIND] = Want(500, 200)
    return wants


def top_up_blocks(store: Store, client: HubClient, clock: Clock | None = None,
                  wants: Mapping[str, Want] | None = None) -> int:
    """Claim a block for each kind running low. Returns the number of blocks received."""
    clock = clock or SystemClock()
    received = 0
    for kind, want in (wants if wants is not None else default_wants()).items():
        if remaining(store.conn, kind) >= want.low_water:
            continue
        try:
            block = client.claim_block(kind, want.block_size)
        except HubRefusedError as error:
            if error.status_code != 409:
                raise
            log.warning("the hub has no %s numbers left: %s", kind, error.detail)
            continue
        actor = Actor(station=str(block["station"]), user=None, at=clock.now())
        received += receive_block(store, kind, int(block["first"]), int(block["last"]), actor)
    return received
