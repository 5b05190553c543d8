"""The unit being inspected: its checklist answers so far, notes, photos, and the grade the
rules propose once every question is answered. Kept in memory until the grade is decided."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    proposal: Rule | None = None
    override: str | None = None

    @property
    def question(self) -> Question | None:
        """The next unanswered question, or None when the checklist is complete."""
        return next((q for q in self.checklist.questions if q.id not in self.answers), None)

    def answer(self, value: str) -> bool:
        question = self.question
        if question is None or value not in question.answers:
            return False
        self.answers[question.id] = value
        if self.question is None:
            self.proposal = self.checklist.propose(self.answers)
        return True

    def undo(self) -> bool:
        """Forget the last answer (and any grade proposed from it)."""
        if not self.answers:
            return False
        self.answers.pop(next(reversed(self.answers)))
        self.proposal = None
        self.override = None
        return True

    def same_unit(self, product: Product, serial: str | None) -> bool:
        return product.sku == self.product.sku and (serial is None or serial == self.serial)
