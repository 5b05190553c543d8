"""Every write of the returns flow: a journal event (subject: the RMA id) and the rows it
moves, in one transaction. The session decides; the recorder only writes, and hands each event
it appends to `on_event` (the session's fold) so memory follows the journal step by step."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from station import journal
from station.clock import iso
from station.events import EventPayload
from station.events import returns as ev
from station.events.returns_lots import ReturnLotRecorded
from station.models import Product
from station.recording import SessionRecorder
from station.returns import rmas
from station.returns.inspection import Inspection
from station.returns.models import ItemResult, RecommerceLabelData, Rma, RmaLine, RmaStatus
from station.returns.photos import StoredPhoto
from station.returns.policy import Checklist, Rule

OPEN_KEY = "returns_open"


class Recorder(SessionRecorder):
    def _append(self, rma_id: str, payload: EventPayload) -> journal.Event:
        event = journal.append(self.conn, self._event(payload, rma_id))
        self._on_event(event)
        return event

    def _one(self, rma_id: str, payload: EventPayload) -> None:
        """One event that moves no other row, committed before the scan is acknowledged."""
        with self._store.write():
            self._append(rma_id, payload)

    def received(self, rma: Rma, scanned: str) -> None:
        """The parcel is opened at this station (once), and remembered across a restart."""
        with self._store.write():
            if rma.status is RmaStatus.EXPECTED:
                rmas.set_status(self.conn, rma.id, RmaStatus.RECEIVED)
                self._append(rma.id, ev.ReturnReceived(
                    rma=rma.id, brand=rma.brand, order=rma.order_id, scanned=scanned,
                    tracking=rma.tracking, unannounced=rma.unannounced,
                    lines=tuple(ev.ReturnLine(line_no=line.line_no, sku=line.sku,
                                              quantity=line.quantity) for line in rma.lines)))
            self.conn.execute("INSERT OR REPLACE INTO station_state (key, value) VALUES (?, ?)",
                              (OPEN_KEY, rma.id))

    def open_rma_id(self) -> str | None:
        row = self.conn.execute("SELECT value FROM station_state WHERE key = ?",
                                (OPEN_KEY,)).fetchone()
        return str(row[0]) if row and row[0] else None

    def inspection_started(self, rma: Rma, line: RmaLine, product: Product, unit_no: int, *,
                           checklist: Checklist, serial: str | None,
                           lot: tuple[str, date] | None = None) -> None:
        """The unit's inspection starts; with its `lot` (lot, expiry) in the same write."""
        with self._store.write():
            self._append(rma.id, ev.InspectionStarted(
                unit=unit_no, line_no=line.line_no, sku=product.sku, serial=serial,
                checklist=checklist.id))
            if lot is not None:
                self._append(rma.id, ReturnLotRecorded(
                    unit=unit_no, line_no=line.line_no, sku=product.sku, serial=serial,
                    lot=lot[0], expiry=lot[1].isoformat()))

    def answered(self, rma: Rma, item: Inspection, question: str, answer: str,
                 proposal: Rule | None) -> None:
        """One checklist answer; the last one also names the grade the rules propose."""
        self._one(rma.id, ev.ChecklistAnswered(
            **item.unit, question=question, answer=answer,
            proposed=proposal.grade if proposal else None,
            rule=proposal.name if proposal else None))

    def answer_undone(self, rma: Rma, item: Inspection, question: str, answer: str) -> None:
        self._one(rma.id, ev.ChecklistAnswerUndone(**item.unit, question=question,
                                                   answer=answer))

    def note_added(self, rma: Rma, item: Inspection, note: str) -> None:
        self._one(rma.id, ev.InspectionNoteAdded(**item.unit, note=note))

    def inspection_cancelled(self, rma: Rma, item: Inspection) -> None:
        self._one(rma.id, ev.InspectionCancelled(**item.unit, answers=len(item.answers)))

    def unexpected(self, rma: Rma, code: str, sku: str | None, serial: str | None,
                   other_order: str | None) -> None:
        with self._store.write():
            event = self._append(rma.id, ev.UnexpectedItemFound(
                rma=rma.id, code=code, sku=sku, serial=serial, other_order=other_order))
            self.conn.execute(
                "INSERT INTO return_unexpected (event_id, rma_id, code, sku, serial, other_order,"
                " found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (event.id, rma.id, code, sku, serial, other_order, event.ts))

    def graded(self, rma: Rma, item: Inspection, result: ItemResult,
               reason: str | None) -> bool:
        """Inspected, (overridden,) graded and dispositioned; closes the RMA when every expected
        unit is graded. Returns whether it closed."""
        proposal = item.proposal
        assert proposal is not None
        unit = item.unit
        with self._store.write():
            self._append(rma.id, ev.ItemInspected(
                **unit, checklist=item.checklist.id, answers=dict(item.answers),
                notes=tuple(item.notes), photos=tuple(item.photos),
                proposed=proposal.grade, rule=proposal.name))
            if reason is not None:
                self._append(rma.id, ev.GradeOverridden(
                    **unit, from_grade=proposal.grade, to=result.grade, reason=reason))
            self._append(rma.id, ev.ReturnGraded(
                **unit, brand=rma.brand, grade=result.grade, proposed=proposal.grade,
                overridden=reason is not None))
            self._append(rma.id, _dispositioned(unit, result))
            if result.label is not None:
                # The label request commits with the grade, so a kill between the two cannot
                # leave a unit graded for resale with no label coming (the print worker
                # renders it from this event).
                self._append(rma.id, ev.RecommerceLabelRequested(**asdict(result.label)))
            self._insert_unit(rma, item, result)
            done = rmas.graded_units(self.conn, rma.id)
            if all(done.get(line.line_no, 0) >= line.quantity for line in rma.lines):
                self._close(rma)
                return True
        return False

    def label_requested_again(self, rma_id: str, label: RecommerceLabelData) -> None:
        """REPRINT: one more request for the last graded unit's label."""
        self._one(rma_id, ev.RecommerceLabelRequested(**asdict(label)))

    def _close(self, rma: Rma) -> None:
        unexpected = self.conn.execute("SELECT count(*) FROM return_unexpected WHERE rma_id = ?",
                                       (rma.id,)).fetchone()[0]
        self._append(rma.id, ev.ReturnClosed(rma=rma.id, units=rma.units,
                                             unexpected=unexpected))
        rmas.set_status(self.conn, rma.id, RmaStatus.CLOSED)
        self.conn.execute("DELETE FROM station_state WHERE key = ?", (OPEN_KEY,))

    def photo(self, rma: Rma, unit_no: int | None, stored: StoredPhoto, source: str) -> bool:
        """Link a stored photo to the RMA. False when this RMA already has it."""
        with self._store.write():
            added = self.conn.execute(
                "INSERT OR IGNORE INTO return_photos (sha256, rma_id, unit_no, file, taken_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (stored.sha256, rma.id, unit_no, stored.file, iso(self._clock.now()))).rowcount
            if added:
                self._append(rma.id, ev.PhotoTaken(
                    rma=rma.id, unit=unit_no, sha256=stored.sha256, file=stored.file,
                    source=source, width=stored.width, height=stored.height))
        return bool(added)

    def _insert_unit(self, rma: Rma, item: Inspection, result: ItemResult) -> None:
        self.conn.execute(
            "INSERT INTO return_units (rma_id, unit_no, line_no, sku, serial, brand, grade,"
            " proposed_grade, disposition, new_sku, price_yen, refund, refund_yen, channels,"
            " title, graded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rma.id, item.unit_no, item.line.line_no, item.product.sku, item.serial, rma.brand,
             result.grade, result.proposed_grade, result.disposition.value, result.new_sku,
             result.price_yen, result.refund.kind.value, result.refund.amount_yen,
             json.dumps(result.channels, ensure_ascii=False), item.product.name,
             iso(self._clock.now())))


def _dispositioned(unit: dict[str, Any], result: ItemResult) -> ev.ItemDispositioned:
    return ev.ItemDispositioned(
        **unit, grade=result.grade, disposition=result.disposition.value,
        new_sku=result.new_sku, price_yen=result.price_yen,
        refund=ev.Refund(kind=result.refund.kind.value, amount_yen=result.refund.amount_yen,
                         reason=result.refund.reason.render()),
        exchange_sku=result.exchange_sku, channels=result.channels,
        label=result.label is not None)
