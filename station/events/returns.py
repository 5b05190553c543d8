"""The returns flow's events (subject: the RMA id). Each step of an item's inspection is its
own event, so a station that stops mid-item resumes it (`station.returns.state`)."""

from __future__ import annotations

from pydantic import Field

from station.events.base import EventPayload, Part
from station.limits import (
    Code,
    Count,
    Id,
    LineNo,
    Name,
    Pixels,
    Quantity,
    Sha256,
    Text,
    Total,
    Yen,
)

RMA = "rma"


class ReturnEvent(EventPayload):
    """An event of one parcel's inspection: its subject is the RMA id."""

    SUBJECT = RMA


class ReturnLine(Part):
    line_no: LineNo
    sku: Id
    quantity: Quantity


class ReturnReceived(ReturnEvent):
    TYPE = "ReturnReceived"
    rma: Id
    brand: Id
    order: Id | None = None
    scanned: Code
    tracking: Id | None = None
    unannounced: bool = False
    lines: tuple[ReturnLine, ...] = ()


class UnitEvent(ReturnEvent):
    """How every event about one returned unit names it (`Inspection.unit`)."""

    unit: Quantity
    line_no: LineNo
    sku: Id
    serial: Id | None = None


class InspectionStarted(UnitEvent):
    TYPE = "InspectionStarted"
    checklist: Id


class ChecklistAnswered(UnitEvent):
    """One answer; the last one also names the grade the rules propose."""

    TYPE = "ChecklistAnswered"
    question: Id
    answer: Id
    proposed: Name | None = None
    rule: Text | None = None


class ChecklistAnswerUndone(UnitEvent):
    TYPE = "ChecklistAnswerUndone"
    question: Id
    answer: Id


class InspectionNoteAdded(UnitEvent):
    TYPE = "InspectionNoteAdded"
    note: Text


class InspectionCancelled(UnitEvent):
    TYPE = "InspectionCancelled"
    answers: Count


class ItemInspected(UnitEvent):
    TYPE = "ItemInspected"
    checklist: Id
    answers: dict[Id, Id] = Field(default_factory=dict)
    notes: tuple[Text, ...] = ()
    photos: tuple[Sha256, ...] = ()
    proposed: Name
    rule: Text


class GradeOverridden(UnitEvent):
    TYPE = "GradeOverridden"
    # "from" is a Python keyword: the payload key stays as the station always wrote it.
    from_grade: Name = Field(validation_alias="from", serialization_alias="from")
    to: Name
    reason: Text


class ReturnGraded(UnitEvent):
    TYPE = "ReturnGraded"
    brand: Id
    grade: Name
    proposed: Name
    overridden: bool


class Refund(Part):
    kind: Name
    amount_yen: Yen | None = None
    reason: Text


class ItemDispositioned(UnitEvent):
    TYPE = "ItemDispositioned"
    grade: Name
    disposition: Name
    new_sku: Id | None = None
    price_yen: Yen | None = None
    refund: Refund
    exchange_sku: Id | None = None
    channels: dict[Name, Text] = Field(default_factory=dict)
    label: bool


class PhotoTaken(ReturnEvent):
    TYPE = "PhotoTaken"
    rma: Id
    unit: Quantity | None = None
    sha256: Sha256
    file: Id
    source: Name
    width: Pixels
    height: Pixels


class UnexpectedItemFound(ReturnEvent):
    TYPE = "UnexpectedItemFound"
    rma: Id
    code: Code
    sku: Id | None = None
    serial: Id | None = None
    other_order: Id | None = None


class ReturnClosed(ReturnEvent):
    TYPE = "ReturnClosed"
    rma: Id
    units: Total
    unexpected: Count


class RecommerceLabelRequested(EventPayload):
    """Asks the print worker for the re-commerce label; the payload is the label's data
    (the fields of `RecommerceLabelData`). Its subject is the RMA, or the new SKU when a
    supervisor asks for the label again."""

    TYPE = "RecommerceLabelRequested"
    brand: Id
    original_sku: Id
    new_sku: Id
    barcode_value: Code
    grade: Name
    condition: Text
    title: Text
    price_yen: Yen
    qr_url: Text
    language: Name
