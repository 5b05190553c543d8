"""Print jobs as they move (subject: the order id, or what the document is for)."""

from __future__ import annotations

from station.events.base import EventPayload
from station.limits import BoxNo, Bytes, Count, Id, Name, Sha256, Text, Timestamp


class _JobRecorded(EventPayload):
    job_id: Id
    order_id: Id | None = None
    kind: Name
    printer: Text
    format: Name
    name: Text
    box_no: BoxNo | None = None
    bytes: Bytes
    sha256: Sha256
    notes: tuple[Text, ...] = ()


class PrintJobQueued(_JobRecorded):
    TYPE = "PrintJobQueued"


class PrintJobReprinted(_JobRecorded):
    TYPE = "PrintJobReprinted"
    reprint_of: Id


class PrintJobSent(EventPayload):
    TYPE = "PrintJobSent"
    job_id: Id
    printer: Text
    attempt: Count
    recovered_after_failures: Count | None = None


class PrintJobFailed(EventPayload):
    """Only the change from queued to failed: the retries of one outage stay in the row."""

    TYPE = "PrintJobFailed"
    job_id: Id
    printer: Text
    attempt: Count
    error: Text
    retry_at: Timestamp


class PrintJobVoided(EventPayload):
    TYPE = "PrintJobVoided"
    job_id: Id
    was: Name
