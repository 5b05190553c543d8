"""`ReturnsScreen`: renders what the returns session returns. The main window calls
`handle_scan` for every wedge scan while the screen is shown; a graded unit sent to resale
emits `label_requested` with its `RecommerceLabelData` for printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scanning.interpret import interpret
from station.messages import Message, msg
from station.returns.outcomes import ReturnsOutcome, Tone
from station.returns.session import ReturnsSession
from ui.returns import panels
from ui.returns.style import SCREEN, banner_style, grade_style
from ui.returns.text import tr


def _label(name: str, text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class ReturnsScreen(QWidget):
    label_requested = Signal(object)   # RecommerceLabelData
    outcome_shown = Signal(object)     # ReturnsOutcome

    def __init__(self, session: ReturnsSession, parent: QWidget | None = None,
                 gs_substitute: str = "~") -> None:
        super().__init__(parent)
        self.session = session
        self._gs_substitute = gs_substitute
        self.last_outcome: ReturnsOutcome | None = None
        self.setObjectName("ReturnsScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(SCREEN)
        self._build()
        resumed = session.resumed()
        if resumed is not None:
            self._say(resumed.message, resumed.tone)
        else:
            self._say(msg("Returns screen", "Scan your badge, then the parcel: RMA, return "
                                            "label or order number."), Tone.INFO)
        self.refresh()

    # ------------------------------------------------------------------------- layout
    def _build(self) -> None:
        self.banner = _label("Banner")
        self.banner.setMinimumHeight(130)
        self.rma_heading = _label("Heading", tr(msg("Returns screen", "Return")))
        self.rma_details = _label("")
        self.items = QListWidget()
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QVBoxLayout()
        left.addWidget(self.rma_heading)
        left.addWidget(self.rma_details)
        left.addWidget(self.items, 1)

        self.item_title = _label("Title")
        self.question = _label("Question")
        self.checklist = QListWidget()
        self.checklist.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grade = _label("Grade", wrap=False)
        self.decision = _label("")
        grade_row = QHBoxLayout()
        grade_row.addWidget(self.grade)
        grade_row.addWidget(self.decision, 1)
        right = QVBoxLayout()
        right.addWidget(_label("Heading", tr(msg("Returns screen", "Item"))))
        right.addWidget(self.item_title)
        right.addWidget(self.question)
        right.addWidget(self.checklist, 1)
        right.addLayout(grade_row)

        self.note = QLineEdit()
        self.note.setPlaceholderText(tr(msg("Returns screen", "Note about this item (Enter to "
                                                              "add)")))
        self.note.returnPressed.connect(self._on_note_entered)
        self.photo_file = QPushButton(tr(msg("Returns screen", "Photo from file…")))
        self.photo_file.clicked.connect(self._on_photo_file_clicked)
        self.camera = QPushButton(tr(msg("Returns screen", "Camera photo")))
        self.camera.clicked.connect(lambda: self._show(self.session.take_camera_photo()))
        self.camera.setEnabled(self.session.camera is not None)
        self.hint = _label("")
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.photo_file)
        bottom.addWidget(self.camera)

        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        root = QVBoxLayout(self)
        root.addWidget(self.banner)
        root.addLayout(middle, 1)
        root.addLayout(bottom)
        root.addWidget(self.hint)

    # ------------------------------------------------------------------------ input
    def handle_scan(self, text: str) -> None:
        self._show(self.session.scan(interpret(text, gs_substitute=self._gs_substitute)))

    def add_photo_file(self, path: Path) -> None:
        self._show(self.session.add_photo_file(path))

    def _on_photo_file_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr(msg("Returns screen", "Photo of the item")), "",
            tr(msg("Returns screen", "Images (*.jpg *.jpeg *.png *.webp *.heic)")))
        if name:
            self.add_photo_file(Path(name))

    def _on_note_entered(self) -> None:
        text = self.note.text()
        outcome = self.session.add_note(text)
        if outcome.tone is Tone.GOOD:
            self.note.clear()
        self._show(outcome)

    # ---------------------------------------------------------------------- rendering
    def _show(self, outcome: ReturnsOutcome) -> None:
        self.last_outcome = outcome
        self._say(outcome.message, outcome.tone)
        self.refresh()
        result = outcome.result
        if result is not None:
            self.grade.setText(result.grade)
            self.grade.setStyleSheet(grade_style(result.grade))
            self.decision.setText(panels.decision_text(result))
            if result.label is not None:
                self.label_requested.emit(result.label)
        self.outcome_shown.emit(outcome)

    def _say(self, message: Message, tone: Tone) -> None:
        self.banner.setText(tr(message))
        self.banner.setStyleSheet(banner_style(tone))

    def refresh(self) -> None:
        """Redraw the RMA and item panels from the session."""
        session = self.session
        self.rma_details.setText(panels.rma_text(session))
        panels.fill_items(self.items, session)
        item = session.item
        self.item_title.setText(
            item.product.display_name(session.language) if item else "")
        panels.fill_checklist(self.checklist, session)
        question = item.question if item else None
        self.question.setText(
            f"{question.display(session.language)}  [{' / '.join(question.answers)}]"
            if question else "")
        if item is not None and item.proposal is not None:
            grade = item.override or item.proposal.grade
            self.grade.setText(grade)
            self.grade.setStyleSheet(grade_style(grade))
            self.decision.setText(panels.proposal_text(session))
        elif item is not None:
            self.grade.setText("?")
            self.grade.setStyleSheet(grade_style(""))
            self.decision.setText(tr(msg("Returns screen", "The grade is proposed when every "
                                                           "question is answered.")))
        self.hint.setText(panels.hint_text(session))
