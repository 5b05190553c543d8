"""What the pack session says about steps to confirm (熨斗, wrapping, flyers, samples): the
events it records and the outcomes it returns. The decisions are in `station.pack.steps`."""

from __future__ import annotations

from datetime import date

from station.events.steps import PackStep, StepsAssigned
from station.messages import Localized, msg
from station.models import Order
from station.pack.inserts import InsertRules
from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.pack.steps import Match, Steps, Verdict, steps_for


def label(step: PackStep) -> Localized:
    return Localized(step.name, step.name_ja)


def assigned(order: Order, rules: InsertRules, today: date) -> StepsAssigned | None:
    """The event fixing the order's steps when it opens, or None when it has none."""
    found = steps_for(order, rules.for_brand(order.brand), today)
    return StepsAssigned(steps=found) if found else None


def confirmed(step: PackStep, steps: Steps) -> ScanOutcome:
    left = steps.pending()
    if not steps.is_done(step):
        message = msg("Pack", "{step}: {done} of {quantity}. Scan the next one.",
                      step=label(step), done=steps.done[step.id], quantity=step.quantity)
    elif left:
        message = msg("Pack", "{step} confirmed. Next step: {next} ({code}).",
                      step=label(step), next=label(left[0]), code=left[0].code)
    else:
        message = msg("Pack", "{step} confirmed. Every step is done.", step=label(step))
    return ScanOutcome(Kind.STEP_CONFIRMED, Tone.GOOD, message)


def undone(step: PackStep) -> ScanOutcome:
    return ScanOutcome(Kind.UNDONE, Tone.INFO, msg(
        "Pack", "Undone: {step} is no longer confirmed. Scan {code} when it is done.",
        step=label(step), code=step.code))


def refused(found: Match) -> ScanOutcome:
    if found.verdict is Verdict.ALREADY_DONE:
        return ScanOutcome(Kind.STEP_ALREADY_DONE, Tone.WARN, msg(
            "Pack", "{step} is already confirmed: do not put in another.",
            step=label(found.step)))
    assert found.verdict is Verdict.WAITING
    assert found.waits_for is not None
    return ScanOutcome(Kind.STEP_OUT_OF_ORDER, Tone.WARN, msg(
        "Pack", "{step} comes after {before}: do {before} first and scan {code}.",
        step=label(found.step), before=label(found.waits_for), code=found.waits_for.code))


def pending(steps: Steps, order_id: str) -> ScanOutcome | None:
    """Completion refused while a step is not confirmed, naming the next one."""
    left = steps.pending()
    if not left:
        return None
    step = left[0]
    return ScanOutcome(Kind.STEPS_PENDING, Tone.WARN, msg(
        "Pack", "Not complete: {count} step(s) still to confirm. Next: {step} {detail}: do "
        "it, then scan {code}.", count=len(left), step=label(step),
        detail=f"({step.detail})" if step.detail else "", code=step.code), order_id=order_id)
