"""The returns screen without a scanner: a field to type any code, finger-sized buttons for the
answers, grades, reasons and commands a scan would give, and the returns expected today. Every
control produces the same code a scan of the barcode sheet would, through `submit`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.messages import Message, msg
from station.returns.labels import answer_label, reason_label
from station.returns.session import ReturnsSession
from station.scans import ANSWER_PREFIX, COMMAND_PREFIX, GRADE_PREFIX, WHY_PREFIX, Command
from ui.i18n import tr

# A fingertip is about 10 mm: at a station screen's ~96 dpi that is 40 px; a gloved finger
# on a 15" touch panel wants more.
FINGER = 64

_COMMANDS: tuple[tuple[Command, Message], ...] = (
    (Command.OK, msg("Returns screen", "Accept")),
    (Command.UNDO, msg("Returns screen", "Take back")),
    (Command.CANCEL, msg("Returns screen", "Cancel")),
)


def _button(text: str, code: str, submit: Callable[[str], None]) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumSize(FINGER * 2, FINGER)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typed codes stay in the code field
    button.setProperty("code", code)
    button.clicked.connect(lambda _=False: submit(code))
    return button


def _clear(layout: QHBoxLayout | QGridLayout) -> None:
    while (child := layout.takeAt(0)) is not None:
        widget = child.widget()
        if widget is not None:
            widget.deleteLater()


class TouchControls(QWidget):
    """Buttons for what the session asks now; `refresh` redraws them from the session."""

    def __init__(self, session: ReturnsSession, submit: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self._submit = session, submit
        self.choices = QGridLayout()   # answers, or override reasons (two a row if many)
        self.grades = QHBoxLayout()
        self.commands = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in (self.choices, self.grades, self.commands):
            layout.addLayout(row)
        self.buttons: list[QPushButton] = []

    def refresh(self) -> None:
        for row in (self.choices, self.grades, self.commands):
            _clear(row)
        self.buttons = []
        item, policy = self.session.item, self.session.policy
        if item is None:
            return
        choices: list[tuple[str, str]] = []
        if item.override is not None and policy is not None:
            choices = [(tr(reason_label(reason)), f"{WHY_PREFIX}{reason}")
                       for reason in policy.override_reasons]
        elif item.question is not None:
            choices = [(tr(answer_label(answer)), f"{ANSWER_PREFIX}{answer}")
                       for answer in item.question.answers]
        per_row = len(choices) if len(choices) <= 3 else 2
        for index, (text, code) in enumerate(choices):
            self._place(self.choices, text, code, index // per_row, index % per_row)
        if item.proposal is not None and not item.proposal.locked and policy is not None:
            for code, grade in policy.grades.items():
                button = self._add(self.grades, code, f"{GRADE_PREFIX}{code}")
                button.setMinimumWidth(FINGER)   # one letter: a fingertip wide is enough
                button.setToolTip(grade.display(self.session.language))
        for command, label in _COMMANDS:
            if command is Command.OK and item.proposal is None:
                continue
            self._add(self.commands, tr(label), f"{COMMAND_PREFIX}{command.value}")

    def _add(self, row: QHBoxLayout, text: str, code: str) -> QPushButton:
        button = _button(text, code, self._submit)
        row.addWidget(button)
        self.buttons.append(button)
        return button

    def _place(self, grid: QGridLayout, text: str, code: str, row: int, column: int) -> None:
        button = _button(text, code, self._submit)
        grid.addWidget(button, row, column)
        self.buttons.append(button)

    def button(self, code: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.property("code") == code), None)


class CodeField(QLineEdit):
    """Type what a scanner would read (an RMA, an order, an item's code) and press Enter."""

    def __init__(self, submit: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(FINGER)
        self.returnPressed.connect(self._on_enter)
        self._submit = submit

    def _on_enter(self) -> None:
        text = self.text().strip()
        if text:
            self._submit(text)
            self.clear()

    def retranslate(self) -> None:
        self.setPlaceholderText(tr(msg("Returns screen", "Type a code and press Enter: RMA, "
                                                         "order or item")))
        # Wide enough for the whole placeholder, in either language (the review saw it cut).
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 40)


class ExpectedList(QListWidget):
    """The returns this site expects; tapping one opens it, as scanning its RMA would."""

    def __init__(self, session: ReturnsSession, submit: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(f"QListWidget::item {{ min-height: {FINGER}px; }}")
        self.itemClicked.connect(lambda entry: submit(entry.data(Qt.ItemDataRole.UserRole)))

    def refresh(self) -> None:
        self.clear()
        for rma in self.session.expected():
            text = (msg("Returns screen", "{rma} · {customer} · 1 item", rma=rma.id,
                        customer=rma.customer_name) if rma.units == 1 else
                    msg("Returns screen", "{rma} · {customer} · {units} items", rma=rma.id,
                        customer=rma.customer_name, units=rma.units))
            entry = QListWidgetItem(tr(text))
            entry.setData(Qt.ItemDataRole.UserRole, rma.id)
            self.addItem(entry)
