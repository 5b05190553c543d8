"""Where the inspection of one open RMA stands, rebuilt by folding its journal events.

The session applies each returns event as the recorder appends it; a restart folds the same
events back from the journal. Both paths go through `ParcelState.apply`, so a station killed
mid-item resumes the same item with the same answers, notes, photos and proposed grade."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from station.journal import Event
from station.models import Product
from station.returns import events as ev
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
            handler(self, event.payload)

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

    def item_named(self, p: Mapping[str, Any]) -> Inspection | None:
        """The item in progress, when the event is about it."""
        item = self.item
        return item if item is not None and p.get("unit") == item.unit_no else None

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


def _started(state: ParcelState, p: Mapping[str, Any]) -> None:
    line = next((line for line in state.rma.lines if line.line_no == p["line_no"]), None)
    product = state.product_of(p["sku"])
    checklist = state.checklist(p["checklist"], product) if product else None
    if line is None or product is None or checklist is None:
        # The RMA or policy changed since: the journal keeps the answers, the item is
        # scanned again.
        state.item = None
        return
    state.item = Inspection(line, product, p["unit"], checklist, serial=p.get("serial"))


def _answered(state: ParcelState, p: Mapping[str, Any]) -> None:
    if (item := state.item_named(p)) is not None:
        item.answers[p["question"]] = p["answer"]


def _answer_undone(state: ParcelState, p: Mapping[str, Any]) -> None:
    if (item := state.item_named(p)) is not None:
        item.answers.pop(p["question"], None)
        item.override = None


def _note_added(state: ParcelState, p: Mapping[str, Any]) -> None:
    if (item := state.item_named(p)) is not None:
        item.notes.append(p["note"])


def _photo_taken(state: ParcelState, p: Mapping[str, Any]) -> None:
    if (item := state.item_named(p)) is not None:
        item.photos.append(p["sha256"])


def _finished(state: ParcelState, p: Mapping[str, Any]) -> None:
    state.item = None


_HANDLERS: dict[str, Callable[[ParcelState, Mapping[str, Any]], None]] = {
    ev.INSPECTION_STARTED: _started,
    ev.CHECKLIST_ANSWERED: _answered,
    ev.CHECKLIST_ANSWER_UNDONE: _answer_undone,
    ev.INSPECTION_NOTE_ADDED: _note_added,
    ev.PHOTO_TAKEN: _photo_taken,
    ev.INSPECTION_CANCELLED: _finished,
    ev.ITEM_INSPECTED: _finished,
    ev.RETURN_CLOSED: _finished,
}
