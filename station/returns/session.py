"""The returns session: every scan at a returns station goes in, a `ReturnsOutcome` comes out.

Scanner-driven: the inspector scans the parcel (RMA, tracking, order number or an item's
serial), then each item, answers its checklist with answer barcodes (`ANS:YES`, `ANS:NO`,
`ANS:FULL`...), and accepts the proposed grade with `CMD:OK` or overrides it with `GRADE:B`
followed by a reason (`WHY:HIDDEN_DAMAGE`). Every accepted step (an item started, each answer,
undo and note, a photo, the grade) is a journal event with the RMA id as subject, appended in
the same transaction as the tables it moves and then folded into `ParcelState`; a restart folds
the same events from the journal, so a killed station resumes the item where it stood."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from station import journal
from station.catalogue import Catalogue
from station.clock import Clock
from station.ids import OrderId, Sku
from station.limits import MAX_TEXT
from station.messages import Localized, Message, msg
from station.models import Product, Role
from station.reloading import reloads_on_error
from station.returns import photos, rmas
from station.returns.decide import decide
from station.returns.inspection import Inspection
from station.returns.labels import answer_label, answers_text, reasons_text
from station.returns.models import DISPOSITION_NAMES, ItemResult, Rma, RmaLine, RmaStatus
from station.returns.outcomes import ReturnsKind, ReturnsOutcome, Tone
from station.returns.policy import Policy
from station.returns.recorder import Recorder
from station.returns.state import ParcelState, rebuild
from station.scans import (
    ANSWER_PREFIX,
    GRADE_PREFIX,
    PHOTO_CODE,
    WHY_PREFIX,
    Command,
    ReturnsCodeKind,
    Scan,
    read_returns_code,
)
from station.signin import SignIn
from station.store import Store

# The returns codes are read in station.scans; their names stay importable from here.
__all__ = ["ANSWER_PREFIX", "GRADE_PREFIX", "PHOTO_CODE", "RETURNS_ROLES", "WHY_PREFIX",
           "ReturnsSession"]

RETURNS_ROLES = (Role.INSPECTOR, Role.SUPERVISOR)

Camera = Callable[[], bytes | None]
K = ReturnsKind


def _out(kind: ReturnsKind, tone: Tone, message: Message,
         result: ItemResult | None = None) -> ReturnsOutcome:
    return ReturnsOutcome(kind, tone, message, result)


class ReturnsSession:
    """Names in outcome messages are `Localized`, so a banner redrawn after a language switch
    names the product, question and grade in the new language; `language` is for the rest
    (the screen sets it to the UI's)."""

    def __init__(self, store: Store, catalogue: Catalogue, clock: Clock, signin: SignIn,
                 policies: dict[str, Policy], *, site: str, photos_dir: Path,
                 language: str = "en", camera: Camera | None = None) -> None:
        self._store = store
        self._catalogue = catalogue
        self._clock = clock
        self.signin = signin
        self.policies = policies
        self.site = site
        self.photos_dir = photos_dir
        self.language = language
        self.camera = camera
        self.last_result: ItemResult | None = None
        self._parcel: ParcelState | None = None
        self._record = Recorder(store, clock, signin, on_event=self._apply)
        self.reload()

    # ----------------------------------------------------------------- reading the session
    @property
    def rma(self) -> Rma | None:
        """The parcel open at this station."""
        return self._parcel.rma if self._parcel else None

    @property
    def item(self) -> Inspection | None:
        """The unit being inspected, as its journal events have built it."""
        return self._parcel.item if self._parcel else None

    @property
    def parcel(self) -> ParcelState | None:
        return self._parcel

    @property
    def policy(self) -> Policy | None:
        return self.policies.get(self.rma.brand) if self.rma else None

    def graded(self) -> dict[int, int]:
        return rmas.graded_units(self._store.conn, self.rma.id) if self.rma else {}

    def expected(self) -> list[Rma]:
        """The returns this site still expects, for opening one without a scanner."""
        return rmas.expected(self._store.conn, self.site)

    def product(self, sku: str) -> Product | None:
        return self._catalogue.product(Sku(sku))

    def resumed(self) -> ReturnsOutcome | None:
        """What a screen opened on this session says first: the parcel and the item this
        station was on when it stopped, and what to scan next (None when nothing is open)."""
        item, rma = self.item, self.rma
        if item is None:
            return None if rma is None else _out(K.RESUMED, Tone.INFO, msg(
                "Returns", "{rma} is still open: scan the next item.", rma=rmas.rma_name(rma.id)))
        lead = msg("Returns", "Resumed where the station stopped: {name}, {answered} of "
                              "{questions} questions answered.",
                   name=item.product.label, answered=len(item.answers),
                   questions=len(item.checklist.questions))
        if item.proposal is not None:
            return _out(K.RESUMED, Tone.INFO, msg("Returns", "{lead} {next}", lead=lead,
                                                  next=self._proposed(K.RESUMED).message))
        return self._ask(K.RESUMED, lead)

    # ----------------------------------------------------------------------- the one entry
    @reloads_on_error
    def scan(self, scan: Scan) -> ReturnsOutcome:
        if scan.problem is not None:
            return _out(K.UNREADABLE, Tone.WARN, scan.problem)
        if not scan.text and scan.command is None:
            return _out(K.UNREADABLE, Tone.WARN, msg("Returns", "Nothing was read. Scan again."))
        if scan.badge is not None:
            return self._sign_in(scan.badge)
        if (refused := self._refuse_user()) is not None:
            return refused
        self.signin.touch()
        return self._route(scan)

    def _route(self, scan: Scan) -> ReturnsOutcome:
        if scan.command is not None:
            return self._command(scan.command)
        code = read_returns_code(scan.text)
        if code is not None:
            handlers: dict[ReturnsCodeKind, Callable[[str], ReturnsOutcome]] = {
                ReturnsCodeKind.ANSWER: self._answer, ReturnsCodeKind.GRADE: self._override,
                ReturnsCodeKind.WHY: self._reason,
                ReturnsCodeKind.PHOTO: lambda _value: self.take_camera_photo()}
            return handlers[code.kind](code.value)
        if self.item is not None and self.item.override is not None:
            return self._reason_needed()
        return self._open(scan) if self.rma is None else self._in_parcel(scan)

    def _in_parcel(self, scan: Scan) -> ReturnsOutcome:
        """With an RMA open: an item, or another parcel (the open one is put aside and resumes
        when scanned again), or something unexpected."""
        known_item = (scan.gtin is not None
                      and self._catalogue.product_by_gtin(scan.gtin) is not None)
        if not known_item and (rmas.find_rma(self._store.conn, scan.text) is not None
                               or self._catalogue.order_for_code(scan.text) is not None):
            if self.item is not None:
                return self._ask(K.FINISH_ITEM_FIRST, msg(
                    "Returns", "Finish this item first (or cancel it)."), Tone.WARN)
            return self._open(scan)
        if scan.gtin is not None:
            return self._item(scan)
        return self._unexpected(scan, None)

    def _refuse_user(self) -> ReturnsOutcome | None:
        if self.signin.badge is None:
            return _out(K.SIGN_IN_REQUIRED, Tone.INFO,
                        msg("Returns", "Scan your badge to sign in."))
        if not self.signin.has_role(*RETURNS_ROLES):
            return _out(K.ROLE_NOT_ALLOWED, Tone.WARN, msg(
                "Returns", "Returns need an inspector or supervisor badge."))
        return None

    def _sign_in(self, badge_id: str) -> ReturnsOutcome:
        result = self.signin.sign_in(badge_id)
        if result.badge is None:
            return _out(K.UNKNOWN_BADGE, Tone.WARN,
                        msg("Returns", "Badge {badge} is not known.", badge=badge_id))
        if not self.signin.has_role(*RETURNS_ROLES):
            return _out(K.ROLE_NOT_ALLOWED, Tone.WARN, msg(
                "Returns", "Returns need an inspector or supervisor badge."))
        return _out(K.SIGNED_IN, Tone.GOOD,
                    msg("Returns", "Signed in: {name}.", name=result.badge.name))

    def _command(self, command: Command) -> ReturnsOutcome:
        if command is Command.SIGN_OUT:
            self.signin.sign_out()
            return _out(K.SIGNED_OUT, Tone.INFO, msg("Returns", "Signed out."))
        handlers: dict[Command, Callable[[], ReturnsOutcome]] = {
            Command.CANCEL: self._cancel, Command.OK: self._confirm,
            Command.COMPLETE: self._confirm, Command.UNDO: self._undo,
            Command.REPRINT: self._reprint}
        handler = handlers.get(command)
        if handler is None:
            return _out(K.NOTHING_TO_DO, Tone.INFO, msg("Returns", "Nothing to confirm."))
        return handler()

    def _undo(self) -> ReturnsOutcome:
        """Take back the last checklist answer (a wrong answer barcode scanned)."""
        item, rma = self.item, self.rma
        last = item.last_answer if item else None
        if item is None or rma is None or last is None:
            return _out(K.NOTHING_TO_DO, Tone.INFO, msg("Returns", "No answer to take back."))
        self._record.answer_undone(rma, item, *last)
        return self._ask(K.ANSWER_UNDONE, msg("Returns", "Last answer taken back."))

    def _reprint(self) -> ReturnsOutcome:
        result = self.last_result
        if result is None or result.label is None:
            return _out(K.NOTHING_TO_DO, Tone.INFO, msg("Returns", "No label to print again."))
        self._record.label_requested_again(self.rma.id if self.rma else "", result.label)
        return _out(K.LABEL_REPRINTED, Tone.INFO, msg(
            "Returns", "Label for {sku} requested again.", sku=result.new_sku), result)

    def _confirm(self) -> ReturnsOutcome:
        """OK: accept the proposed grade; with no item, say what is still expected."""
        if self.item is None:
            if self.rma is not None:
                return self._missing()
            return _out(K.NOTHING_TO_DO, Tone.INFO, msg("Returns", "Nothing to confirm."))
        if self.item.override is not None:
            return self._reason_needed()
        if self.item.proposal is None:
            return self._ask(K.ANSWERED, msg("Returns", "Answer the checklist first."))
        return self._decide(self.item.proposal.grade, None)

    # ------------------------------------------------------------------------ the parcel
    def _open(self, scan: Scan) -> ReturnsOutcome:
        conn = self._store.conn
        rma = rmas.find_rma(conn, scan.text, scan.serial)
        if rma is None and scan.gtin is not None and scan.serial:
            order_id = rmas.order_of_serial(conn, scan.gtin, scan.serial)
            rma = rmas.find_rma(conn, order_id) if order_id else None
            if rma is None and order_id:
                return self._unannounced(order_id)
        if rma is None and scan.gtin is not None:
            return _out(K.OPEN_RMA_FIRST, Tone.INFO, msg(
                "Returns", "Scan the RMA, the return label or the order number first."))
        if rma is None:
            order = self._catalogue.order_for_code(scan.text)
            if order is not None:
                return self._unannounced(order.id)
            return _out(K.RMA_NOT_FOUND, Tone.WARN, msg(
                "Returns", "No RMA or order found for {code}. Put the parcel aside for a "
                           "supervisor.", code=scan.text))
        return self._receive(rma, scan.text)

    def _unannounced(self, order_id: str) -> ReturnsOutcome:
        order = self._catalogue.order(OrderId(order_id))
        if order is None:
            return _out(K.RMA_NOT_FOUND, Tone.WARN, msg(
                "Returns", "No RMA or order found for {code}. Put the parcel aside for a "
                           "supervisor.", code=order_id))
        with self._store.write() as db:
            result = rmas.upsert_rma(db.conn, rmas.unannounced_json(
                order, self.site, f"U-{order.id}"))
            rma = rmas.get_rma(db.conn, result.rma_id or "")
            assert rma is not None
            return self._receive(rma, order.id)

    def _receive(self, rma: Rma, scanned: str) -> ReturnsOutcome:
        if rma.site != self.site:
            return _out(K.RMA_OTHER_SITE, Tone.BAD, msg(
                "Returns", "{rma} belongs to site {site}, not this one ({here}). Do not "
                           "open it: put it aside for transfer.",
                rma=rmas.rma_name(rma.id), site=rma.site, here=self.site))
        if rma.status is RmaStatus.CLOSED:
            return _out(K.RMA_ALREADY_CLOSED, Tone.WARN, msg(
                "Returns", "{rma} is already closed. Put the parcel aside for a "
                           "supervisor.", rma=rmas.rma_name(rma.id)))
        if rma.brand not in self.policies:
            return _out(K.NO_POLICY, Tone.BAD, msg(
                "Returns", "There is no returns policy for brand {brand}.", brand=rma.brand))
        self._record.received(rma, scanned)
        self._fold(rma.id)
        text = (msg("Returns", "Unannounced return of order {order}: scan each item.",
                    order=rma.order_id) if rma.unannounced
                else msg("Returns", "{rma} for {customer}: scan each item.",
                         rma=rmas.rma_name(rma.id), customer=rma.customer_name))
        if (never := self._never_shipped(rma)) is not None:
            return _out(K.RMA_OPENED, Tone.WARN, msg("Returns", "{warning} {then}",
                                                     warning=never, then=text))
        return _out(K.RMA_OPENED, Tone.GOOD, text)

    def _never_shipped(self, rma: Rma) -> Message | None:
        """Why the order of `rma` cannot have shipped (cancelled, or unknown here), so the
        inspector checks with a supervisor before grading what came back."""
        order = self._catalogue.order(OrderId(rma.order_id))
        if order is None:
            return msg("Returns", "Order {order} is not known at this site: it may never have "
                                  "shipped. Check with a supervisor before grading.",
                       order=rma.order_id)
        if order.cancelled:
            return msg("Returns", "Order {order} was cancelled and never shipped. Check with "
                                  "a supervisor before grading.", order=rma.order_id)
        return None

    def _missing(self) -> ReturnsOutcome:
        assert self.rma is not None
        done = self.graded()
        left = sum(max(line.quantity - done.get(line.line_no, 0), 0) for line in self.rma.lines)
        if left == 1:
            return _out(K.ITEMS_MISSING, Tone.WARN, msg(
                "Returns", "1 expected item is not graded yet. Scan it, or call a supervisor "
                           "if it is not in the parcel."))
        return _out(K.ITEMS_MISSING, Tone.WARN, msg(
            "Returns", "{count} expected items are not graded yet. Scan them, or call a "
                       "supervisor if they are not in the parcel.", count=left))

    # -------------------------------------------------------------------------- the items
    def _item(self, scan: Scan) -> ReturnsOutcome:
        assert self.rma is not None
        assert scan.gtin is not None
        product = self._catalogue.product_by_gtin(scan.gtin)
        if self.item is not None:
            return self._while_inspecting(scan, product)
        line = self.rma.line_for(product.sku) if product else None
        if product is None or line is None:
            return self._unexpected(scan, product)
        if (duplicate := self._already_graded(line, scan.serial)) is not None:
            return duplicate
        policy = self.policy
        checklist = policy.checklist_for(product.category) if policy else None
        if checklist is None:
            return _out(K.NO_CHECKLIST, Tone.BAD, msg(
                "Returns", "No checklist for category {category} of brand {brand}. Call a "
                           "supervisor.", category=product.category, brand=product.brand))
        lot = (scan.lot, scan.expiry) if scan.lot and scan.expiry else None
        if product.lot_controlled and lot is None:
            return _out(K.LOT_NEEDED, Tone.WARN, msg(
                "Returns", "{name} has a lot and an expiry date: scan the code that carries "
                           "them (GS1-128 on the item or its box), not only the barcode.",
                name=product.label))
        unit_no = 1 + sum(self.graded().values())
        self._record.inspection_started(self.rma, line, product, unit_no, checklist=checklist,
                                        serial=scan.serial, lot=lot)
        if lot is not None:
            return self._ask(K.ITEM_STARTED, msg(
                "Returns", "{name}, lot {lot}, expiry {expiry}: answer the checklist.",
                name=product.label, lot=lot[0], expiry=lot[1].isoformat()))
        return self._ask(K.ITEM_STARTED, msg("Returns", "{name}: answer the checklist.",
                                             name=product.label))

    def _while_inspecting(self, scan: Scan, product: Product | None) -> ReturnsOutcome:
        assert self.item is not None
        if product is not None and self.item.same_unit(product, scan.serial):
            return self._ask(K.DUPLICATE_SCAN, msg(
                "Returns", "This item is already being inspected."), Tone.WARN)
        if product is None or self.rma is None or self.rma.line_for(product.sku) is None:
            return self._unexpected(scan, product)
        if self._next_accepts(product, scan.serial):
            return self._accept_and_start(scan)
        return self._ask(K.FINISH_ITEM_FIRST, msg(
            "Returns", "Finish this item first (or cancel it)."), Tone.WARN)

    def _next_accepts(self, product: Product | None, serial: str | None) -> bool:
        """Scanning the next expected item accepts the grade proposed for this one, so a
        typical item needs no confirmation scan. Only when that item can still be graded:
        anything else (an unexpected item, a duplicate) must not grade this one by accident."""
        item, rma = self.item, self.rma
        if item is None or rma is None or item.proposal is None or item.override is not None:
            return False
        line = rma.line_for(product.sku) if product else None
        if line is None:
            return False
        pending = self.graded().get(line.line_no, 0) + (line.line_no == item.line.line_no)
        graded = rmas.graded_serials(self._store.conn, rma.id)
        return pending < line.quantity and not (serial and serial in graded)

    def _accept_and_start(self, scan: Scan) -> ReturnsOutcome:
        proposal = self.item.proposal if self.item else None
        assert proposal is not None
        with self._store.write():   # one scan, one transaction: graded and the next started
            accepted = self._decide(proposal.grade, None)
            started = self._item(scan)
        return ReturnsOutcome(started.kind, started.tone, msg(
            "Returns", "Grade {grade} accepted. {next}", grade=accepted.result.grade
            if accepted.result else "?", next=started.message), accepted.result)

    def _already_graded(self, line: RmaLine, serial: str | None) -> ReturnsOutcome | None:
        assert self.rma is not None
        if serial and serial in rmas.graded_serials(self._store.conn, self.rma.id):
            return _out(K.ALREADY_GRADED, Tone.WARN, msg(
                "Returns", "Serial {serial} is already graded: this is a duplicate scan.",
                serial=serial))
        if self.graded().get(line.line_no, 0) >= line.quantity:
            return _out(K.ALREADY_GRADED, Tone.WARN, msg(
                "Returns", "All {count} of {sku} are already graded: this is a duplicate scan.",
                count=line.quantity, sku=line.sku))
        return None

    def _unexpected(self, scan: Scan, product: Product | None) -> ReturnsOutcome:
        """Record what should not be in the parcel; it is flagged, never dropped."""
        assert self.rma is not None
        conn = self._store.conn
        other = (rmas.order_of_serial(conn, scan.gtin, scan.serial)
                 if scan.gtin and scan.serial else None)
        if other == self.rma.order_id:
            other = None
        self._record.unexpected(self.rma, scan.text, product.sku if product else None,
                                scan.serial, other)
        if other is not None:
            text = msg("Returns", "This item belongs to order {order} of another customer. "
                                  "Recorded: put it in the exceptions tote.", order=other)
        elif product is None:
            text = msg("Returns", "{code} is not a known item. Recorded: put it in the "
                                  "exceptions tote.", code=scan.text)
        else:
            text = msg("Returns", "{sku} was not expected in this return. Recorded: put it in "
                                  "the exceptions tote.", sku=product.sku)
        return _out(K.UNEXPECTED_ITEM, Tone.BAD, text)

    # ------------------------------------------------------------------ checklist and grade
    def _ask(self, kind: ReturnsKind, lead: Message, tone: Tone = Tone.INFO) -> ReturnsOutcome:
        """Say what happened and what the inspector should scan next."""
        item = self.item
        if item is None:
            return _out(kind, tone, lead)
        question = item.question
        if question is not None:
            return _out(kind, tone, msg("Returns", "{lead} {question} ({answers})", lead=lead,
                                        question=Localized(question.text, question.text_ja),
                                        answers=answers_text(question.answers)))
        return _out(kind, tone, lead)

    def _answer(self, value: str) -> ReturnsOutcome:
        item, rma = self.item, self.rma
        if item is None or rma is None:
            return _out(K.NOTHING_TO_DO, Tone.WARN,
                        msg("Returns", "Scan an item before answering."))
        question = item.question
        if question is None:
            return self._proposed(K.GRADE_PROPOSED)
        if value not in question.answers:
            return self._ask(K.INVALID_ANSWER, msg(
                "Returns", "{value} is not an answer to this question.", value=value),
                Tone.WARN)
        self._record.answered(rma, item, question.id, value,
                              item.proposal_with(question.id, value))
        if item.proposal is not None:
            return self._proposed(K.GRADE_PROPOSED)
        return self._ask(K.ANSWERED, msg("Returns", "{answer}.", answer=answer_label(value)),
                         Tone.GOOD)

    def _proposed(self, kind: ReturnsKind) -> ReturnsOutcome:
        assert self.item is not None
        assert self.item.proposal is not None
        assert self.policy is not None
        grade = self.policy.grades[self.item.proposal.grade]
        return _out(kind, Tone.INFO, msg(
            "Returns", "Grade {grade} ({name}) → {disposition}. Accept it, or choose another "
                       "grade and a reason.", grade=grade.code,
            name=Localized(grade.name, grade.name_ja),
            disposition=DISPOSITION_NAMES[grade.disposition]))

    def _override(self, grade: str) -> ReturnsOutcome:
        item, policy = self.item, self.policy
        if item is None or item.proposal is None or policy is None:
            return _out(K.NOTHING_TO_DO, Tone.WARN,
                        msg("Returns", "Answer the checklist before changing the grade."))
        if grade not in policy.grades:
            return _out(K.UNKNOWN_GRADE, Tone.WARN, msg(
                "Returns", "Grade {grade} does not exist for {brand} ({known}).", grade=grade,
                brand=policy.brand, known=", ".join(policy.grades)))
        if item.proposal.locked and grade != item.proposal.grade:
            return _out(K.OVERRIDE_LOCKED, Tone.BAD, msg(
                "Returns", "Grade {grade} is fixed by the rule '{rule}' and cannot be changed.",
                grade=item.proposal.grade,
                rule=Localized(item.proposal.name, item.proposal.name_ja)))
        if grade == item.proposal.grade:
            item.override = None
            return self._decide(grade, None)
        item.override = grade
        return self._reason_needed()

    def _reason_needed(self) -> ReturnsOutcome:
        assert self.item is not None
        assert self.policy is not None
        return _out(K.REASON_NEEDED, Tone.INFO, msg(
            "Returns", "Changing the grade to {grade} needs a reason: choose one ({reasons}) "
                       "or cancel.", grade=self.item.override or "?",
            reasons=reasons_text(self.policy.override_reasons)))

    def _reason(self, reason: str) -> ReturnsOutcome:
        return self.override(self.item.override if self.item else None, reason)

    @reloads_on_error
    def override(self, grade: str | None, reason: str) -> ReturnsOutcome:
        """Override the proposed grade with a reason (from a scan or the screen)."""
        item, policy = self.item, self.policy
        if item is None or item.proposal is None or policy is None or not grade:
            return _out(K.NOTHING_TO_DO, Tone.WARN, msg(
                "Returns", "A reason is only used after choosing another grade."))
        if not reason.strip():
            item.override = grade
            return self._reason_needed()
        if reason not in policy.override_reasons:
            return _out(K.UNKNOWN_REASON, Tone.WARN, msg(
                "Returns", "{reason} is not an override reason ({reasons}).", reason=reason,
                reasons=", ".join(policy.override_reasons)))
        item.override = None
        if item.proposal.locked and grade != item.proposal.grade:
            return self._override(grade)
        return self._decide(grade, reason)

    def _cancel(self) -> ReturnsOutcome:
        if self.item is not None and self.item.override is not None:
            self.item.override = None
            return self._proposed(K.CANCELLED)
        if self.item is not None and self.rma is not None:
            self._record.inspection_cancelled(self.rma, self.item)
            return _out(K.CANCELLED, Tone.INFO, msg(
                "Returns", "Inspection of this item cancelled; nothing was graded."))
        return _out(K.NOTHING_TO_DO, Tone.INFO, msg("Returns", "Nothing to cancel."))

    def _decide(self, grade: str, reason: str | None) -> ReturnsOutcome:
        item, rma, policy = self.item, self.rma, self.policy
        assert item is not None
        assert item.proposal is not None
        assert rma is not None
        assert policy is not None
        result = decide(policy, rma, item.line, item.product, unit_no=item.unit_no,
                        grade_code=grade, proposed=item.proposal.grade, language=self.language)
        closed = self._record.graded(rma, item, result, reason)
        self.last_result = result
        if closed:
            self._parcel = None
            return _out(K.RMA_CLOSED, Tone.DONE, msg(
                "Returns", "Grade {grade}: {disposition}. Every item is accounted for: "
                           "{rma} closed.", grade=grade,
                disposition=DISPOSITION_NAMES[result.disposition],
                rma=rmas.rma_name(rma.id)), result)
        return _out(K.ITEM_GRADED, Tone.DONE, msg(
            "Returns", "Grade {grade}: {disposition}. Scan the next item.", grade=grade,
            disposition=DISPOSITION_NAMES[result.disposition]), result)

    # ------------------------------------------------------------------ photos and notes
    @reloads_on_error
    def add_note(self, text: str) -> ReturnsOutcome:
        if (refused := self._refuse_user()) is not None:
            return refused
        note = text.replace("\x00", "").strip()
        if self.item is None or self.rma is None or not note:
            return _out(K.NOTHING_TO_DO, Tone.WARN,
                        msg("Returns", "Notes belong to an item: scan the item first."))
        if len(note) > MAX_TEXT:
            return _out(K.NOTHING_TO_DO, Tone.WARN, msg(
                "Returns", "This note has {length} characters; a note can have at most "
                "{limit}. Shorten it and add it again.", length=len(note), limit=MAX_TEXT))
        self._record.note_added(self.rma, self.item, note)
        return self._ask(K.NOTE_ADDED, msg("Returns", "Note added."), Tone.GOOD)

    def take_camera_photo(self) -> ReturnsOutcome:
        if self.camera is None:
            return _out(K.NO_CAMERA, Tone.WARN, msg(
                "Returns", "No camera is connected. Add a photo from a file, or go on "
                           "without one."))
        frame = self.camera()
        if frame is None:
            return _out(K.NO_CAMERA, Tone.WARN, msg(
                "Returns", "The camera gave no picture. Check it, or add a photo from a file."))
        return self.add_photo(frame, "camera")

    def add_photo_file(self, path: Path) -> ReturnsOutcome:
        data = photos.read_photo_file(path)
        if isinstance(data, Message):
            return _out(K.NOT_AN_IMAGE, Tone.WARN, data)
        return self.add_photo(data, "file")

    @reloads_on_error
    def add_photo(self, data: bytes, source: str) -> ReturnsOutcome:
        if (refused := self._refuse_user()) is not None:
            return refused
        rma = self.rma
        if rma is None:
            return _out(K.OPEN_RMA_FIRST, Tone.INFO, msg(
                "Returns", "Scan the RMA, the return label or the order number first."))
        stored = photos.store_photo(data, self.photos_dir)
        if isinstance(stored, Message):
            return _out(K.NOT_AN_IMAGE, Tone.WARN, stored)
        unit_no = self.item.unit_no if self.item else None
        added = self._record.photo(rma, unit_no, stored, source)
        if not added:
            return _out(K.PHOTO_ALREADY_ATTACHED, Tone.INFO,
                        msg("Returns", "This photo is already attached."))
        return self._ask(K.PHOTO_TAKEN, msg("Returns", "Photo attached."), Tone.GOOD)

    # ------------------------------------------------------------------------- plumbing
    def reload(self) -> None:
        """Fold the open RMA from the journal: at start-up (resuming after a crash) and after
        a write that failed."""
        self._parcel = None
        rma_id = self._record.open_rma_id()
        if rma_id:
            self._fold(rma_id)

    def _fold(self, rma_id: str) -> None:
        rma = rmas.get_rma(self._store.conn, rma_id)
        policy = self.policies.get(rma.brand) if rma else None
        if rma is None or policy is None or rma.status is not RmaStatus.RECEIVED:
            self._parcel = None
            return
        self._parcel = rebuild(rma, policy, self.product,
                               journal.for_subject(self._store.conn, rma_id))

    def _apply(self, event: journal.Event) -> None:
        """Every event the recorder appends, folded as it is appended."""
        if self._parcel is not None and event.subject == self._parcel.rma.id:
            self._parcel.apply(event)
