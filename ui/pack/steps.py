"""The steps the packer confirms by scan before the order completes (熨斗, gift wrapping,
flyers and samples), one row each: what to do, the code to scan, and a tick once done. It
draws what the session folds; it decides nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from station.events.steps import PackStep
from station.messages import Message, msg
from station.pack.step_flow import label
from station.pack.steps import Steps
from ui.i18n import tr

_PENDING_STYLE = "color: #7a4d00; font-size: 17px;"
_DONE_STYLE = "color: #1e6b34; font-size: 17px;"


class StepsPanel(QFrame):
    """Hidden for an order with no steps and no problem with its brand's insert rules."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("steps")
        self.setStyleSheet("#steps { background: #fff8e6; border: 1px solid #e0b84c;"
                           " border-radius: 4px; }")
        self.language = "en"
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.rows: list[QLabel] = []
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.problems)
        self.setVisible(False)

    def show_steps(self, steps: Steps | None, problems: tuple[Message, ...] = (), *,
                   language: str = "en") -> None:
        self.language = language
        shown = steps.steps if steps is not None else ()
        self.setVisible(bool(shown or problems))
        self.title.setText(tr(msg("PackScreen", "Before completing, scan each when done:")))
        while len(self.rows) < len(shown):
            row = QLabel()
            row.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.rows.append(row)
            self._layout.insertWidget(len(self.rows), row)
        for index, row in enumerate(self.rows):
            row.setVisible(index < len(shown))
            if index < len(shown) and steps is not None:
                self._draw(row, shown[index], steps)
        self.problems.setVisible(bool(problems))
        self.problems.setText("\n".join(tr(problem) for problem in problems))

    def _draw(self, row: QLabel, step: PackStep, steps: Steps) -> None:
        done = steps.is_done(step)
        name = label(step).text(self.language)
        count = (f" {min(steps.done[step.id], step.quantity)}/{step.quantity}"
                 if step.quantity > 1 else "")
        detail = f" · {step.detail}" if step.detail else ""
        row.setText(("✓ " if done else "□ ") + tr(msg(
            "PackScreen", "{step}{count}{detail} — scan {code}", step=name, count=count,
            detail=detail, code=step.code)))
        row.setStyleSheet(_DONE_STYLE if done else _PENDING_STYLE)
