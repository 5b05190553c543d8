"""The hub's JSON shapes (the OpenAPI description is generated from these)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field

from station.limits import Id, Name, Timestamp

MAX_BATCH = 1000
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-fA-F]{64}$")]
EventKey = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z-]+$")]


class WireEvent(BaseModel):
    """One station journal event, as `station.journal.Event.to_wire()` sends it. The hub
    validates each event of a batch on its own (`sync.hub.ingest`), its payload against the
    event catalogue (`station.events`), so one bad event never refuses its batch."""

    id: EventKey
    seq: Annotated[int, Field(ge=1, le=2**62)]
    ts: Timestamp
    station: Name
    user: Name | None = None
    type: Name
    subject: Id | None = None
    payload: dict[str, Any]


class PushRequest(BaseModel):
    events: Annotated[list[dict[str, Any]], Field(
        max_length=MAX_BATCH, description="Journal events, each a WireEvent. Each is "
        "validated on its own and answered on its own: a bad event is `rejected`, the "
        "others are applied.")]


class EventResultModel(BaseModel):
    id: str
    status: str = Field(description="applied | duplicate | rejected | conflict")
    reason: str | None = Field(default=None, description="Why it was rejected or is in "
                               "conflict, for a supervisor.")


class PushResponse(BaseModel):
    results: list[EventResultModel]


class FeedRecordModel(BaseModel):
    position: int
    kind: str
    key: str
    data: dict[str, Any]


class FeedPage(BaseModel):
    records: list[FeedRecordModel]
    cursor: int = Field(description="Pass as `after` for the next page.")
    head: int = Field(description="The newest position: caught up when cursor == head.")
    snapshot_required: bool = Field(
        default=False, description="The cursor is older than the feed keeps: fetch /snapshot.")


class Snapshot(BaseModel):
    records: list[FeedRecordModel]
    cursor: int


class FileStored(BaseModel):
    sha256: str
    status: str = Field(description="created | exists")
