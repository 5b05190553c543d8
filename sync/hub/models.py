"""The hub's JSON shapes (the OpenAPI description is generated from these)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field

MAX_BATCH = 1000
# Printable text without control characters (PostgreSQL refuses NUL in text).
_TEXT = r"^[^\x00-\x1f]*$"
Name = Annotated[str, Field(min_length=1, max_length=64, pattern=_TEXT)]
Text = Annotated[str, Field(max_length=128, pattern=_TEXT)]
Site = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-fA-F]{64}$")]


class WireEvent(BaseModel):
    """One station journal event, as `station.journal.Event.to_wire()` sends it."""

    id: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z-]+$")]
    seq: Annotated[int, Field(ge=1, le=2**62)]
    ts: Annotated[str, Field(min_length=1, max_length=40, pattern=_TEXT)]
    station: Name
    user: Name | None = None
    type: Name
    subject: Text | None = None
    payload: dict[str, Any]


class PushRequest(BaseModel):
    events: Annotated[list[WireEvent], Field(max_length=MAX_BATCH)]


class EventResultModel(BaseModel):
    id: str
    status: str = Field(description="applied | duplicate | rejected")
    reason: str | None = None


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
