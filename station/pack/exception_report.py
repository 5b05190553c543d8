"""What a packer says when sending an order to the exception queue: the reason, and for a
short or damaged item which one and how many, a note for OTHER. Scanner-first: the reason,
the item and its quantity are scans (`REASON:`, the item's barcode, `QTY:`), `CMD:OK` sends,
`CMD:CANCEL`/`CMD:UNDO` goes back; the screen's dialog edits the same draft with a keypad
and a note field. A wrong pick is sent at once: the item goes back to its location."""

from __future__ import annotations

from dataclasses import dataclass

from station.catalogue import Catalogue
from station.events.pack import ExceptionReported
from station.ids import Sku
from station.limits import MAX_TEXT
from station.messages import Message, counted, msg
from station.models import Order, OrderLine
from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.scans import Command, ExceptionReason, Scan

NEEDS_ITEM = frozenset({ExceptionReason.SHORT, ExceptionReason.DAMAGED})


@dataclass
class Draft:
    reason: ExceptionReason | None = None
    sku: str | None = None
    quantity: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Send:
    """The draft is complete: the session records it and closes the order."""

    payload: ExceptionReported


class ExceptionReports:
    """The report being put together for the open order (None when none is)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self.draft: Draft | None = None

    # -------------------------------------------------------------- editing the draft
    def start(self) -> None:
        self.draft = Draft()

    def cancel(self) -> None:
        self.draft = None

    def choose_reason(self, reason: ExceptionReason) -> None:
        assert self.draft is not None
        self.draft.reason = reason
        if reason not in NEEDS_ITEM:
            self.draft.sku = self.draft.quantity = None

    def choose_item(self, order: Order, sku: str) -> Message | None:
        """The item the report is about; a message when it is not in the order."""
        assert self.draft is not None
        line = order.line_for(Sku(sku))
        if line is None:
            product = self._catalogue.product(sku)  # type: ignore[arg-type]
            return msg("Pack", "{name} is not in order {order}: scan an item of the order.",
                       name=product.label if product else sku, order=order.id)
        self.draft.sku = sku
        self.draft.quantity = self.draft.quantity or 1
        return None

    def set_quantity(self, order: Order, quantity: int) -> Message | None:
        assert self.draft is not None
        line = order.line_for(self.draft.sku) if self.draft.sku else None  # type: ignore[arg-type]
        if line is not None and quantity > line.quantity:
            return msg("Pack", "Order {order} has only {quantity} of this item.",
                       order=order.id, quantity=line.quantity)
        self.draft.quantity = quantity
        return None

    def set_note(self, note: str) -> None:
        assert self.draft is not None
        self.draft.note = note.strip()[:MAX_TEXT]

    # ------------------------------------------------------------------ scans
    def scan(self, scan: Scan, order: Order, missing_units: int) -> ScanOutcome | Send | None:
        """What a scan does to the draft; None when the draft takes no such scan."""
        draft = self.draft
        if draft is None:
            return None
        if scan.command in (Command.CANCEL, Command.UNDO):
            self.cancel()
            return ScanOutcome(Kind.CANCELLED_PROMPT, Tone.INFO,
                               msg("Pack", "Not sent to the exception queue."))
        if scan.reason is not None:
            self.choose_reason(scan.reason)
            if scan.reason is ExceptionReason.WRONG_PICK:
                return self.send(order, missing_units)
            return self.ask(order)
        if draft.reason is None:
            return self.ask(order)
        if scan.gtin is not None and draft.reason in NEEDS_ITEM:
            product = self._catalogue.product_by_gtin(scan.gtin)
            problem = (self.choose_item(order, product.sku) if product is not None else
                       msg("Pack", "Unknown item {code}. It is not in the catalogue.",
                           code=scan.text))
            return self._refused(problem) if problem else self.ask(order)
        if scan.quantity is not None and draft.sku is not None:
            problem = self.set_quantity(order, scan.quantity)
            return self._refused(problem) if problem else self.ask(order)
        if scan.command in (Command.OK, Command.EXCEPTION):
            return self.send(order, missing_units)
        return self.ask(order)

    def send(self, order: Order, missing_units: int) -> ScanOutcome | Send:
        """The report to record, or what it still lacks."""
        draft = self.draft
        assert draft is not None
        if self.missing(draft) is not None:
            return self.ask(order)
        assert draft.reason is not None
        self.draft = None
        return Send(ExceptionReported(
            reason=draft.reason.value, missing_units=missing_units, sku=draft.sku,
            quantity=draft.quantity if draft.sku else None, note=draft.note or None))

    # ------------------------------------------------------------------ asking
    @staticmethod
    def missing(draft: Draft) -> str | None:
        """What the draft still needs: "reason", "item", "note", or None."""
        if draft.reason is None:
            return "reason"
        if draft.reason in NEEDS_ITEM and (draft.sku is None or not draft.quantity):
            return "item"
        if draft.reason is ExceptionReason.OTHER and not draft.note:
            return "note"
        return None

    def ask(self, order: Order) -> ScanOutcome:
        """The next step of the draft, as the banner says it."""
        draft = self.draft
        assert draft is not None
        missing = self.missing(draft)
        if missing == "reason":
            return ScanOutcome(Kind.REASON_NEEDED, Tone.INFO, msg(
                "Pack", "Scan the reason: short, damaged, wrong item picked or other."))
        if missing == "item":
            text = (msg("Pack", "Short: scan the item that is short, then its quantity.")
                    if draft.reason is ExceptionReason.SHORT else
                    msg("Pack", "Damaged: scan the damaged item, then its quantity."))
            return ScanOutcome(Kind.EXCEPTION_ITEM_NEEDED, Tone.INFO, text, order_id=order.id)
        if missing == "note":
            return ScanOutcome(Kind.EXCEPTION_ITEM_NEEDED, Tone.INFO, msg(
                "Pack", "Other: type what happened, then send."), order_id=order.id)
        line = order.line_for(draft.sku) if draft.sku else None  # type: ignore[arg-type]
        return ScanOutcome(Kind.EXCEPTION_ITEM_NEEDED, Tone.INFO, msg(
            "Pack", "{what}. Scan OK to send it to the exception queue.",
            what=describe(draft, line)), order_id=order.id, line_no=line.line_no if line else None)

    @staticmethod
    def _refused(problem: Message) -> ScanOutcome:
        return ScanOutcome(Kind.EXCEPTION_ITEM_NEEDED, Tone.WARN, problem)


def describe(draft: Draft | ExceptionReported, line: OrderLine | None) -> Message:
    """"Short: 2 × T-shirt", "Other: the tote was wet": what the report says."""
    reason = draft.reason.value if isinstance(draft.reason, ExceptionReason) else draft.reason
    label = REASON_LABELS.get(reason or "", msg("Pack", "Other"))
    if line is not None and draft.quantity:
        return msg("Pack", "{reason}: {quantity} × {name}", reason=label,
                   quantity=draft.quantity, name=line.product.label)
    if draft.note:
        return msg("Pack", "{reason}: {note}", reason=label, note=draft.note)
    return label


REASON_LABELS: dict[str, Message] = {
    ExceptionReason.SHORT.value: msg("Pack", "Short"),
    ExceptionReason.DAMAGED.value: msg("Pack", "Damaged"),
    ExceptionReason.WRONG_PICK.value: msg("Pack", "Wrong item picked"),
    ExceptionReason.OTHER.value: msg("Pack", "Other"),
}


def sent_message(order_id: str, packed_units: int) -> Message:
    """What the packer does once the order is queued: units already packed stay in the box,
    so the supervisor finds the order whole on the exception shelf (review item 10)."""
    if packed_units == 0:
        return msg("Pack", "Order {order} is in the exception queue. Put the tote on the "
                           "exception shelf.", order=order_id)
    return msg("Pack", "Order {order} is in the exception queue. Leave the {units} packed in "
                       "the box: put the box and the tote together on the exception shelf.",
               order=order_id, units=counted(packed_units, msg("Pack", "1 unit"),
                                             msg("Pack", "{count} units", count=packed_units)))
