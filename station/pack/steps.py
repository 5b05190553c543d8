"""Steps the packer confirms by scan before an order completes: one mechanism for the gift's
熨斗 and wrapping and for the flyers and samples to enclose. Pure: the session records the
events, this decides and folds.

A gift's steps follow the counter's order: 内のし goes on the box before it is wrapped,
外のし on the wrapping after it, so the noshi and the wrapping each wait for the other."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from station.events.pack import OrderOpened, ScanUndone
from station.events.steps import PackStep, StepConfirmed, StepsAssigned
from station.gift import Gift, Placement
from station.gtin import to_gtin14
from station.journal import Event
from station.models import Order
from station.pack.inserts import InsertRule, OrderFacts, inserts_for

NOSHI_CODE = "GIFT:NOSHI"
WRAPPING_CODE = "GIFT:WRAP"


class StepKind(StrEnum):
    NOSHI = "noshi"
    WRAPPING = "wrapping"
    FLYER = "flyer"
    SAMPLE = "sample"


def gift_steps(gift: Gift | None) -> list[PackStep]:
    """The noshi and wrapping steps of a gift, in the order they are done."""
    if gift is None:
        return []
    noshi = wrapping = None
    if gift.noshi is not None:
        noshi = PackStep(id=StepKind.NOSHI.value, kind=StepKind.NOSHI.value, code=NOSHI_CODE,
                         name="Noshi", name_ja="熨斗", detail=gift.noshi.summary_ja())
    if gift.wrapping.strip():
        wrapping = PackStep(id=StepKind.WRAPPING.value, kind=StepKind.WRAPPING.value,
                            code=WRAPPING_CODE, name="Gift wrapping", name_ja="ギフト包装",
                            detail=gift.wrapping.strip())
    if noshi is None or wrapping is None:
        return [step for step in (noshi, wrapping) if step is not None]
    assert gift.noshi is not None
    if gift.noshi.placement is Placement.INNER:
        return [noshi, wrapping.model_copy(update={"after": noshi.id})]
    return [wrapping, noshi.model_copy(update={"after": wrapping.id})]


def insert_steps(rules: Sequence[InsertRule], order: Order, today: date) -> list[PackStep]:
    return [PackStep(id=f"insert:{rule.id}", kind=rule.kind.value, code=rule.code,
                     quantity=rule.quantity, name=rule.name, name_ja=rule.name_ja)
            for rule in inserts_for(rules, OrderFacts.of(order, today))]


def steps_for(order: Order, rules: Sequence[InsertRule], today: date) -> tuple[PackStep, ...]:
    return tuple(gift_steps(order.gift) + insert_steps(rules, order, today))


@dataclass
class Steps:
    """The open order's steps and how many times each has been confirmed, folded from its
    events since it was last opened."""

    steps: tuple[PackStep, ...] = ()
    done: Counter[str] = field(default_factory=Counter)
    # The StepConfirmed events still standing, by event id: CMD:UNDO takes one back.
    confirmations: dict[str, str] = field(default_factory=dict)

    def apply(self, event: Event) -> None:
        if event.type in {OrderOpened.TYPE, StepsAssigned.TYPE}:
            self.steps = (event.read(StepsAssigned).steps
                          if event.type == StepsAssigned.TYPE else ())
            self.done, self.confirmations = Counter(), {}
        elif event.type == StepConfirmed.TYPE:
            step_id = event.read(StepConfirmed).step
            self.done[step_id] += 1
            self.confirmations[event.id] = step_id
        elif event.type == ScanUndone.TYPE:
            undone = event.read(ScanUndone).undone_event
            if undone in self.confirmations:
                self.done[self.confirmations.pop(undone)] -= 1

    def confirmed_by(self, event_id: str) -> PackStep | None:
        """The step the StepConfirmed event `event_id` confirmed, if it still stands."""
        step_id = self.confirmations.get(event_id)
        return self.step(step_id) if step_id is not None else None

    def is_done(self, step: PackStep) -> bool:
        return self.done[step.id] >= step.quantity

    def pending(self) -> list[PackStep]:
        return [step for step in self.steps if not self.is_done(step)]

    def step(self, step_id: str) -> PackStep | None:
        return next((step for step in self.steps if step.id == step_id), None)


def rebuild(events: Iterable[Event]) -> Steps:
    steps = Steps()
    for event in events:
        steps.apply(event)
    return steps


class Verdict(StrEnum):
    CONFIRM = "confirm"
    ALREADY_DONE = "already_done"
    WAITING = "waiting"       # the step it waits for is not confirmed yet


@dataclass(frozen=True)
class Match:
    step: PackStep
    verdict: Verdict
    waits_for: PackStep | None = None


def match(steps: Steps, text: str, gtin: str | None) -> Match | None:
    """The step a scan confirms, or None when the scan is not a step's code (then it is an
    item or an order as before). A sample's code may be its JAN: it matches the GTIN read."""
    code = text.strip().upper()
    for step in steps.steps:
        if step.code.upper() != code and not (gtin is not None and _same_gtin(step.code, gtin)):
            continue
        if steps.is_done(step):
            return Match(step, Verdict.ALREADY_DONE)
        before = steps.step(step.after) if step.after else None
        if before is not None and not steps.is_done(before):
            return Match(step, Verdict.WAITING, before)
        return Match(step, Verdict.CONFIRM)
    return None


def _same_gtin(code: str, gtin: str) -> bool:
    return code.isdigit() and len(code) in {8, 12, 13, 14} and to_gtin14(code) == gtin
