"""The unit being inspected: its checklist answers so far, notes, photos, and the grade the
rules propose once every question is answered. It changes only by folding the journal events
of its inspection (`station.returns.state`), so what it shows is what the disk holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from station.models import Product
from station.returns.models import RmaLine
from station.returns.policy import Checklist, Question, Rule


@dataclass
class Inspection:
    line: RmaLine
    product: Product
    unit_no: int
    checklist: Checklist
    serial: str | None = None
    answers: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)
    # A grade scanned to replace the proposal, waiting for its reason: a prompt, not a fact,
    # so it is not journaled (nothing is recorded until the reason is scanned).
    override: str | None = None

    @property
    def question(self) -> Question | None:
        """The next unanswered question, or None when the checklist is complete."""
        return next((q for q in self.checklist.questions if q.id not in self.answers), None)

    @property
    def proposal(self) -> Rule | None:
        """The rule that grades this unit, once every question is answered."""
        return self.checklist.propose(self.answers) if self.question is None else None

    def proposal_with(self, question_id: str, answer: str) -> Rule | None:
        """What the rules would propose after one more answer."""
        answers = {**self.answers, question_id: answer}
        if any(q.id not in answers for q in self.checklist.questions):
            return None
        return self.checklist.propose(answers)

    @property
    def last_answer(self) -> tuple[str, str] | None:
        """(question id, answer) of the answer an UNDO takes back."""
        if not self.answers:
            return None
        question = next(reversed(self.answers))
        return question, self.answers[question]

    @property
    def unit(self) -> dict[str, Any]:
        """How every event of this unit names it."""
        return {"unit": self.unit_no, "line_no": self.line.line_no, "sku": self.product.sku,
                "serial": self.serial}

    def same_unit(self, product: Product, serial: str | None) -> bool:
        return product.sku == self.product.sku and (serial is None or serial == self.serial)
