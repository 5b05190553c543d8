"""`ReturnsScreen`: renders what the returns session returns. The main window calls
`handle_scan` for every wedge scan while the screen is shown and `retranslate` when the
language changes; a graded unit sent to resale emits `label_requested` with its
`RecommerceLabelData` for printing; a write the disk refused emits `failed`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from scanning.interpret import interpret
from station.errors import StationError
from station.messages import Message, msg
from station.returns.models import ItemResult
from station.returns.outcomes import ReturnsOutcome, Tone
from station.returns.session import ReturnsSession
from station.scans import COMMAND_PREFIX, Command
from ui.i18n import language as ui_language
from ui.i18n import tr
from ui.phrase_label import PhraseLabel
from ui.returns import panels
from ui.returns.controls import CodeField, ExpectedList, TouchControls
from ui.returns.style import SCREEN, banner_style, grade_style
from ui.sounds import Sounds


def _label(name: str, text: str = "", *, wrap: bool = True) -> QLabel:
    """A wrapping label breaks Japanese between phrases."""
    label = PhraseLabel(text) if wrap else QLabel(text)
    label.setObjectName(name)
    return label


def _takes_what_is_left(widget: QListWidget) -> None:
    """A list grows into the height left over but does not ask for its default 192 px: in a
    scroll area the screen is laid out at its preferred height, which would push the
    buttons and the code field below the fold at 1366x768."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    widget.setMinimumHeight(70)


class ReturnsScreen(QWidget):
    label_requested = Signal(object)   # RecommerceLabelData
    outcome_shown = Signal(object)     # ReturnsOutcome
    failed = Signal(object)            # StationError: a write the disk refused

    def __init__(self, session: ReturnsSession, parent: QWidget | None = None,
                 gs_substitute: str = "~", sounds: Sounds | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sounds = sounds
        self._gs_substitute = gs_substitute
        self.last_outcome: ReturnsOutcome | None = None
        self.last_error: StationError | None = None
        # The badge the banner was drawn for: when someone else signs in or out, the banner
        # of the last outcome no longer applies and says what to do now instead.
        self._banner_for: str | None = session.signin.user
        self.setObjectName("ReturnsScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(SCREEN)
        self._build()
        session.signin.subscribe(self.follow_sign_in)
        self.retranslate()

    # ------------------------------------------------------------------------- layout
    def _build(self) -> None:
        self.banner = _label("Banner")
        self.banner.setMinimumHeight(96)
        self.rma_heading = _label("Heading")
        self.rma_details = _label("")
        self.items = QListWidget()
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.expected_heading = _label("Heading")
        self.expected = ExpectedList(self.session, self.handle_scan)
        left = QVBoxLayout()
        left.addWidget(self.rma_heading)
        left.addWidget(self.rma_details)
        left.addWidget(self.items, 1)
        left.addWidget(self.expected_heading)
        left.addWidget(self.expected, 1)

        self.item_title = _label("Title")
        self.question = _label("Question")
        self.checklist = QListWidget()
        self.checklist.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for stretching in (self.items, self.expected, self.checklist):
            _takes_what_is_left(stretching)
        self.grade = _label("Grade", wrap=False)
        self.decision = _label("")
        self.controls = TouchControls(self.session, self.handle_scan)
        # The big grade letter stands beside the decision and the buttons, not above them:
        # the buttons stay above the fold at 1366x768.
        decision_and_controls = QVBoxLayout()
        decision_and_controls.addWidget(self.decision)
        decision_and_controls.addWidget(self.controls)
        grade_row = QHBoxLayout()
        grade_row.addWidget(self.grade, 0, Qt.AlignmentFlag.AlignTop)
        grade_row.addLayout(decision_and_controls, 1)
        self.item_heading = _label("Heading")
        right = QVBoxLayout()
        right.addWidget(self.item_heading)
        right.addWidget(self.item_title)
        right.addWidget(self.question)
        right.addWidget(self.checklist, 1)
        right.addLayout(grade_row)

        self.code = CodeField(self.handle_scan)
        self.note = QLineEdit()
        self.note.returnPressed.connect(self._on_note_entered)
        self.photo_file = QPushButton()
        self.photo_file.clicked.connect(self._on_photo_file_clicked)
        self.camera = QPushButton()
        self.camera.clicked.connect(self.take_camera_photo)
        self.camera.setEnabled(self.session.camera is not None)
        self.sign_out = QPushButton()
        self.sign_out.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # typed codes stay in the field
        self.sign_out.clicked.connect(
            lambda: self.handle_scan(f"{COMMAND_PREFIX}{Command.SIGN_OUT.value}"))
        self.hint = _label("")
        # The typed code and the tools sit under the return, not under everything: with an
        # item open, its buttons and the code field then fit 1366x768 without scrolling.
        tools = QHBoxLayout()
        tools.addWidget(self.photo_file)
        tools.addWidget(self.camera)
        tools.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.sign_out)
        left.addWidget(self.code)
        left.addLayout(note_row)
        left.addLayout(tools)

        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        root = QVBoxLayout(self)
        root.addWidget(self.banner)
        root.addLayout(middle, 1)
        root.addWidget(self.hint)

    # ------------------------------------------------------------------------ input
    def handle_scan(self, text: str) -> None:
        scan = interpret(text, gs_substitute=self._gs_substitute)
        self._run(lambda: self.session.scan(scan))

    def add_photo_file(self, path: Path) -> None:
        self.session.signin.touch()  # a photo added by hand is activity, as a scan is
        self._run(lambda: self.session.add_photo_file(path))

    def take_camera_photo(self) -> None:
        self.session.signin.touch()
        self._run(self.session.take_camera_photo)

    def add_note(self, text: str) -> None:
        self.session.signin.touch()  # typing a note is activity, as a scan is
        outcome = self._run(lambda: self.session.add_note(text))
        if outcome is not None and outcome.tone is Tone.GOOD:
            self.note.clear()

    def _on_photo_file_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr(msg("Returns screen", "Photo of the item")), "",
            tr(msg("Returns screen", "Images (*.jpg *.jpeg *.png *.webp *.heic)")))
        if name:
            self.add_photo_file(Path(name))

    def _on_note_entered(self) -> None:
        self.add_note(self.note.text())

    def _run(self, action: Callable[[], ReturnsOutcome]) -> ReturnsOutcome | None:
        """Do `action` and draw its outcome. A StationError (the disk refused the write) is
        drawn in the banner with the BAD tone and what to do next, the screen is redrawn from
        the session (folded again from the journal), and `failed` is emitted."""
        try:
            outcome = action()
        except StationError as error:
            self.last_outcome, self.last_error = None, error
            self._banner_for = self.session.signin.user
            self.refresh()
            self._draw_banner()
            self._play(Tone.BAD)
            self.failed.emit(error)
            return None
        self._show(outcome)
        return outcome

    # ---------------------------------------------------------------------- rendering
    def _show(self, outcome: ReturnsOutcome) -> None:
        self.last_outcome, self.last_error = outcome, None
        self._banner_for = self.session.signin.user
        self._draw_banner()
        self._play(outcome.tone)
        self.refresh()
        result = outcome.result
        if result is not None and result.label is not None:
            self.label_requested.emit(result.label)
        self.outcome_shown.emit(outcome)

    def _play(self, tone: Tone) -> None:
        if self.sounds is not None:
            self.sounds.play(tone)

    def _draw_banner(self) -> None:
        """The last outcome or error while it still applies; otherwise what to do now, from
        the sign-in and the session (nobody signed in, a parcel to scan, an item resumed)."""
        if self.last_error is not None:
            error = self.last_error
            self._say(msg("Returns screen", "{message}\n{next_step}", message=error.message,
                          next_step=error.next_step), Tone.BAD)
        elif self.last_outcome is not None:
            self._say(self.last_outcome.message, self.last_outcome.tone)
        elif self.session.signin.badge is None:
            self._say(msg("Returns screen", "Scan your badge, then the parcel: RMA, return "
                                            "label or order number."), Tone.INFO)
        elif (resumed := self.session.resumed()) is not None:
            self._say(resumed.message, resumed.tone)
        else:
            self._say(msg("Returns screen", "Scan the parcel: RMA, return label or order "
                                            "number."), Tone.INFO)

    def _say(self, message: Message, tone: Tone) -> None:
        self.banner.setText(tr(message))
        self.banner.setStyleSheet(banner_style(tone))

    def follow_sign_in(self) -> None:
        """After a sign-in or sign-out anywhere at the station, the banner of an outcome that
        was for someone else gives way to what this person should do now."""
        if self.session.signin.user != self._banner_for:
            self.last_outcome, self.last_error = None, None
            self._banner_for = self.session.signin.user
        self._draw_banner()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow_sign_in()
        self.code.setFocus()   # typing works on arrival, without a scanner

    def retranslate(self) -> None:
        """Everything in the UI's current language, product and grade names included (the
        session names products in `session.language`)."""
        self.session.language = ui_language()
        self.rma_heading.setText(tr(msg("Returns screen", "Return")))
        self.item_heading.setText(tr(msg("Returns screen", "Item")))
        self.note.setPlaceholderText(tr(msg("Returns screen", "Note about this item (Enter to "
                                                              "add)")))
        self.photo_file.setText(tr(msg("Returns screen", "Photo from file…")))
        self.camera.setText(tr(msg("Returns screen", "Camera photo")))
        self.sign_out.setText(tr(msg("Returns screen", "Sign out")))
        self.expected_heading.setText(tr(msg("Returns screen", "Returns expected")))
        self.code.retranslate()
        self._draw_banner()
        self.refresh()

    def _just_graded(self) -> ItemResult | None:
        """The result of the last outcome, while that outcome is what the screen shows."""
        return self.last_outcome.result if self.last_outcome is not None else None

    def refresh(self) -> None:
        """Redraw the RMA and item panels from the session."""
        session = self.session
        self.sign_out.setVisible(session.signin.badge is not None)
        self.rma_details.setText(panels.rma_text(session))
        panels.fill_items(self.items, session)
        item = session.item
        self.item_title.setText(
            item.product.display_name(session.language) if item else "")
        panels.fill_checklist(self.checklist, session)
        self.question.setText(panels.question_text(session))
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
        elif (result := self._just_graded()) is not None:
            self.grade.setText(result.grade)
            self.grade.setStyleSheet(grade_style(result.grade))
            self.decision.setText(panels.decision_text(result))
        else:  # the card of an item graded earlier does not stay beside the next parcel
            self.grade.setText("")
            self.grade.setStyleSheet("")
            self.decision.setText("")
        self.hint.setText(panels.hint_text(session))
        self.controls.refresh()
        waiting = session.rma is None
        self.expected_heading.setVisible(waiting)
        self.expected.setVisible(waiting)
        self.items.setVisible(not waiting)
        if waiting:
            self.expected.refresh()
