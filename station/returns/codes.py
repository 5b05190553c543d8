"""The barcodes an inspector scans instead of touching the screen: checklist answers, grade
overrides, override reasons and the returns commands, listed for a brand's barcode sheet."""

from __future__ import annotations

from dataclasses import dataclass

from station.messages import Message, msg
from station.returns.labels import answer_label, reason_label
from station.returns.policy import Policy
from station.scans import (
    ANSWER_PREFIX,
    COMMAND_PREFIX,
    GRADE_PREFIX,
    PHOTO_CODE,
    WHY_PREFIX,
    Command,
)


@dataclass(frozen=True)
class SheetCode:
    code: str
    caption: Message


def sheet_codes(policy: Policy) -> list[SheetCode]:
    answers: list[str] = []
    for checklist in policy.checklists:
        for question in checklist.questions:
            answers += [a for a in question.answers if a not in answers]
    codes = [SheetCode(f"{ANSWER_PREFIX}{a}", msg("Returns", "Answer: {answer}",
                                                               answer=answer_label(a)))
             for a in answers]
    codes += [
        SheetCode(f"{COMMAND_PREFIX}{Command.OK.value}", msg("Returns", "Accept the grade")),
        SheetCode(f"{COMMAND_PREFIX}{Command.CANCEL.value}", msg("Returns", "Cancel")),
        SheetCode(f"{COMMAND_PREFIX}{Command.UNDO.value}",
                  msg("Returns", "Take back the last answer")),
        SheetCode(f"{COMMAND_PREFIX}{Command.REPRINT.value}",
                  msg("Returns", "Print the label again")),
        SheetCode(PHOTO_CODE, msg("Returns", "Camera photo")),
    ]
    codes += [SheetCode(f"{GRADE_PREFIX}{g}", msg("Returns", "Change the grade to {grade}",
                                                  grade=g)) for g in policy.grades]
    codes += [SheetCode(f"{WHY_PREFIX}{r}", msg("Returns", "Reason: {reason}",
                                                              reason=reason_label(r)))
              for r in policy.override_reasons]
    return codes
