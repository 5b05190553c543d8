"""Events of the carriers area: number blocks received from the hub, numbers issued and
voided (tracking numbers and SSCC serial references), tracking numbers attached from a
carrier's issued-history file, and parcels handed over at pickup."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from station.events.base import EventPayload

Kind = Annotated[str, Field(min_length=1, max_length=40)]
Serial = Annotated[int, Field(ge=0)]


class NumberBlockReceived(EventPayload):
    """The hub handed this station the serials first..last of `kind` (tracking/yamato, sscc)."""

    TYPE = "NumberBlockReceived"
    kind: Kind
    first: Serial
    last: Serial


class NumberIssued(EventPayload):
    """A serial of a block was used for one box; `number` is what the label prints."""

    TYPE = "NumberIssued"
    kind: Kind
    serial: Serial
    number: str
    order_id: str
    box_no: Annotated[int, Field(ge=1)]


class NumberVoided(EventPayload):
    TYPE = "NumberVoided"
    kind: Kind
    number: str
    order_id: str
    box_no: int
    reason: Annotated[str, Field(min_length=1)]


class TrackingNumberAttached(EventPayload):
    """A carrier-issued number from its issued-history file, attached to a box."""

    TYPE = "TrackingNumberAttached"
    carrier: str
    order_id: str
    box_no: int
    tracking: str
    source: str


class ParcelHandedOver(EventPayload):
    """A parcel scanned at hand-over to the carrier's driver (集荷)."""

    TYPE = "ParcelHandedOver"
    carrier: str
    order_id: str
    box_no: int
    tracking: str
    day: str


class ShipToCorrected(EventPayload):
    """A supervisor corrected an order's address at the station after a check refused it."""

    TYPE = "ShipToCorrected"
    order_id: str
    before: dict[str, str]
    after: dict[str, str]
    reason: str
