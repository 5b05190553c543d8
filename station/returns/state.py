"""Where the inspection of one open RMA stands, rebuilt by folding its journal events.

The session applies each returns event as the recorder appends it; a restart folds the same
events back from the journal. Both paths go through `ParcelState.apply`, so a station killed
mid-item resumes the same item with the same answers, notes, photos and proposed grade."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from station.events import returns as ev
from station.journal import Event
from station.models import Product
from station.returns.inspection import Inspection
from station.returns.models import Rma
from station.returns.policy import Checklist, Policy

ProductOf = Callable[[str], Product | None]


@dataclass
class ParcelState:
    rma: Rma
    policy: Policy
    product_of: ProductOf
    item: Inspection | None = None

    def apply(self, event: Event) -> None:
        handler = _HANDLERS.get(event.type)
        if handler is not None:
            handler(self, event)

    def snapshot(self) -> dict[str, Any]:
        """A plain comparable picture, for tests and the crash check."""
        item = self.item
        if item is None:
            return {"rma": self.rma.id, "item": None}
        proposal = item.proposal
        return {"rma": self.rma.id, "item": {
            **item.unit, "checklist": item.checklist.id, "answers": list(item.answers.items()),
            "notes": list(item.notes), "photos": list(item.photos),
            "proposed": proposal.grade if proposal else None}}

    def item_named(self, p: ev.UnitEvent) -> Inspection | None:
        """The item in progress, when the event is about it."""
        item = self.item
        return item if item is not None and p.unit == item.unit_no else None

    def checklist(self, checklist_id: str, product: Product) -> Checklist | None:
        named = next((c for c in self.policy.checklists if c.id == checklist_id), None)
        return named or self.policy.checklist_for(product.category)


def rebuild(rma: Rma, policy: Policy, product_of: ProductOf, events: Iterable[Event]
            ) -> ParcelState:
    """Fold an RMA's events (all of them: an RMA is a handful of items)."""
    state = ParcelState(rma, policy, product_of)
    for event in events:
        state.apply(event)
    return state


def _started(state: ParcelState, event: Event) -> None:
    p = event.read(ev.InspectionStarted)
    line = next((line for line in state.rma.lines if line.line_no == p.line_no), None)
    product = state.product_of(p.sku)
    checklist = state.checklist(p.checklist, product) if product else None
    if line is None or product is None or checklist is None:
        # The RMA or policy changed since: the journal keeps the answers, the item is
        # scanned again.
        state.item = None
        return
    state.item = Inspection(line, product, p.unit, checklist, serial=p.serial)


def _answered(state: ParcelState, event: Event) -> None:
    p = event.read(ev.ChecklistAnswered)
    if (item := state.item_named(p)) is not None:
        item.answers[p.question] = p.answer


def _answer_undone(state: ParcelState, event: Event) -> None:
    p = event.read(ev.ChecklistAnswerUndone)
    if (item := state.item_named(p)) is not None:
        item.answers.pop(p.question, None)
        item.override = None


def _note_added(state: ParcelState, event: Event) -> None:
    p = event.read(ev.InspectionNoteAdded)
    if (item := state.item_named(p)) is not None:
        item.notes.append(p.note)


def _photo_taken(state: ParcelState, event: Event) -> None:
    p = event.read(ev.PhotoTaken)
    item = state.item
    if item is not None and p.unit == item.unit_no:
        item.photos.append(p.sha256)


def _finished(state: ParcelState, event: Event) -> None:
    state.item = None


_HANDLERS: dict[str, Callable[[ParcelState, Event], None]] = {
    ev.InspectionStarted.TYPE: _started,
    ev.ChecklistAnswered.TYPE: _answered,
    ev.ChecklistAnswerUndone.TYPE: _answer_undone,
    ev.InspectionNoteAdded.TYPE: _note_added,
    ev.PhotoTaken.TYPE: _photo_taken,
    ev.InspectionCancelled.TYPE: _finished,
    ev.ItemInspected.TYPE: _finished,
    ev.ReturnClosed.TYPE: _finished,
}
