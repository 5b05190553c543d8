"""The packing screen: the open order, its lines, and a banner that says what each scan did.

It holds no rules. Every scan and button goes to `PackSession.scan`; the returned outcome is
drawn (colour, sound, text) and only the line it touched is redrawn."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scanning.interpret import interpret
from station.carriers.names import carrier_label
from station.core import StationCore
from station.errors import StationError
from station.messages import Message, counted, msg
from station.models import Order, Product
from station.pack import kits
from station.pack.box_names import box_label
from station.pack.outcomes import Kind, ScanOutcome, Tone
from station.scans import (
    COMMAND_PREFIX,
    QUANTITY_PREFIX,
    REASON_PREFIX,
    WEIGHT_PREFIX,
    Command,
    ExceptionReason,
    Scan,
    ScanSource,
)
from ui.i18n import tr
from ui.pack.delivery import DeliveryStrip
from ui.pack.exception_dialog import ExceptionDialog
from ui.pack.lines import LinesTable
from ui.pack.steps import StepsPanel
from ui.phrase_label import PhraseLabel
from ui.sounds import Sounds
from ui.style import banner_style

_COMMAND_BUTTONS: list[tuple[Command, Message, str]] = [
    (Command.COMPLETE, msg("PackScreen", "Complete"), "primary"),
    (Command.NEW_BOX, msg("PackScreen", "New box"), ""),
    (Command.UNDO, msg("PackScreen", "Undo"), ""),
    (Command.EXCEPTION, msg("PackScreen", "Exception"), "danger"),
    (Command.REPRINT, msg("PackScreen", "Reprint"), ""),
    (Command.SIGN_OUT, msg("PackScreen", "Sign out"), ""),
]

_REASON_BUTTONS: list[tuple[ExceptionReason, Message]] = [
    (ExceptionReason.SHORT, msg("PackScreen", "Short")),
    (ExceptionReason.DAMAGED, msg("PackScreen", "Damaged")),
    (ExceptionReason.WRONG_PICK, msg("PackScreen", "Wrong item picked")),
    (ExceptionReason.OTHER, msg("PackScreen", "Other")),
]


_NOTHING_SHOWN = object()


class PackScreen(QWidget):
    """Emits `outcome(ScanOutcome)` after drawing each outcome, so printing and the main
    window can follow (an ORDER_COMPLETE prints the documents)."""

    outcome = Signal(object)
    failed = Signal(object)

    def __init__(self, core: StationCore, sounds: Sounds | None = None,
                 language: str = "en") -> None:
        super().__init__()
        self.setObjectName("screen")
        self.core = core
        self.sounds = sounds
        self.language = language
        self.last_outcome: ScanOutcome | None = None
        self._shown_state: object = _NOTHING_SHOWN
        # The materials in the boxes, read from the journal only when the order on show or
        # its materials may have changed (not on every item scanned).
        self._materials_read_for: object = None
        self._materials: list[Message] = []
        self._last_scan: Scan | None = None  # the last item scanned, for its lot and expiry

        self.banner = PhraseLabel()
        self.banner.setObjectName("banner")
        # Two lines of banner text; the lines table gets the rest (eight lines at 1366x768).
        self.banner.setMinimumHeight(72)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.lines = LinesTable()
        self.steps = StepsPanel()  # 熨斗, wrapping, inserts to confirm by scan
        self.entry = QLineEdit()
        self.entry.returnPressed.connect(self._on_entry_submitted)

        header = self._build_header()

        self.buttons: dict[Command, QPushButton] = {}
        commands = QHBoxLayout()  # the entry, OK and the commands share one row
        for command, _label, role in _COMMAND_BUTTONS:
            button = QPushButton()
            button.setObjectName(role or f"cmd-{command.value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=command: self.submit(COMMAND_PREFIX + c.value,
                                                                           ScanSource.KEYBOARD))
            self.buttons[command] = button
            commands.addWidget(button)

        self.ok_button = QPushButton()
        self.ok_button.setObjectName("danger")
        self.ok_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ok_button.clicked.connect(
            lambda: self.submit(COMMAND_PREFIX + Command.OK.value, ScanSource.KEYBOARD))
        self.reason_buttons: dict[ExceptionReason, QPushButton] = {}
        reasons = QGridLayout()
        for index, (reason, _label) in enumerate(_REASON_BUTTONS):
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, r=reason: self.submit(
                REASON_PREFIX + r.value, ScanSource.KEYBOARD))
            self.reason_buttons[reason] = button
            reasons.addWidget(button, 0, index)
        self.reason_row = QWidget()
        self.reason_row.setLayout(reasons)

        self.entry.setMinimumWidth(180)
        commands.insertWidget(0, self.entry, 1)
        commands.insertWidget(1, self.ok_button)

        main = QVBoxLayout()
        main.setSpacing(6)
        main.addLayout(header)
        main.addWidget(self.banner)
        main.addWidget(self.reason_row)
        main.addWidget(self.steps)
        main.addWidget(self.lines, 1)
        main.addLayout(commands)
        self.side = QVBoxLayout()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(main, 1)
        layout.addLayout(self.side)
        core.signin.subscribe(self._on_sign_in_changed)
        self.exception_dialog = ExceptionDialog(core, self)
        self.outcome.connect(self.exception_dialog.follow)
        self.retranslate()
        self.refresh()

    def _build_header(self) -> QHBoxLayout:
        """Order and customer on the left; progress and the unit just scanned on the right."""
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.details = QLabel()
        self.details.setObjectName("subtle")
        self.progress = QLabel()
        self.progress.setObjectName("headline")
        self.just_scanned = QLabel()
        self.just_scanned.setObjectName("subtle")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.headline)
        titles.addWidget(self.details)
        header.addLayout(titles, 1)
        self.delivery = DeliveryStrip(self.core)
        header.addWidget(self.delivery, 1)
        figures = QVBoxLayout()
        for label in (self.progress, self.just_scanned):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figures.addWidget(label)
        header.addLayout(figures)
        return header

    def _on_sign_in_changed(self) -> None:
        """Whoever signs out (here, idle, on another screen) takes the order off the screen:
        an unattended station shows no customer, and its buttons are off."""
        if self.core.signin.badge is None:
            self.last_outcome = None
            self._last_scan = None
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """On show (start-up, back from another screen) the scan entry takes the keys."""
        super().showEvent(event)
        self.entry.setFocus()

    def add_side_widget(self, widget: QWidget) -> None:
        """A device panel (camera preview, RFID tote panel) to the right of the lines."""
        widget.setMaximumWidth(420)
        self.side.addWidget(widget)

    # ------------------------------------------------------------------------ input
    def handle_scan(self, text: str,
                    source: ScanSource = ScanSource.WEDGE) -> ScanOutcome | None:
        return self.submit(text, source)

    def submit(self, text: str, source: ScanSource = ScanSource.WEDGE) -> ScanOutcome | None:
        """Scan `text`. A StationError (the disk refused the write) is drawn in the banner,
        the screen is redrawn from what the journal holds, and `failed` is emitted."""
        return self.submit_scan(interpret(text, source, self.core.settings.scanner.gs_substitute))

    def submit_scan(self, scan: Scan) -> ScanOutcome | None:
        """A scan already understood (from the camera or an RFID reader)."""
        if scan.is_item:
            self._last_scan = scan
        try:
            outcome = self.core.pack.scan(scan)
        except StationError as error:
            self.last_outcome = None
            self.refresh()
            self._draw_banner(Tone.BAD, f"{tr(error.message)}\n{tr(error.next_step)}")
            if self.sounds is not None:
                self.sounds.play(Tone.BAD)
            self.failed.emit(error)
            return None
        self.show_outcome(outcome)
        return outcome

    def _on_entry_submitted(self) -> None:
        """Typed codes are scans; a bare number typed while a quantity (or a box weight in
        grams) is asked for is that."""
        text = self.entry.text().strip()
        self.entry.clear()
        weighing = self.last_outcome is not None and self.last_outcome.kind in {
            Kind.WEIGHT_NEEDED, Kind.WEIGHT_OFF}
        if text.isdigit() and self.core.pack.awaiting_quantity:
            text = QUANTITY_PREFIX + text
        elif text.isdigit() and weighing:
            text = WEIGHT_PREFIX + text
        self.submit(text, ScanSource.KEYBOARD)

    # ----------------------------------------------------------------------- output
    def show_outcome(self, outcome: ScanOutcome) -> None:
        self.last_outcome = outcome
        if outcome.kind in (Kind.MATERIAL_RECORDED, Kind.UNDONE):
            self._materials_read_for = None   # read the materials again
        self._draw_banner(outcome.tone, self._banner_text(outcome))
        if self.sounds is not None:
            self.sounds.play(outcome.tone)
        self.refresh()
        self.lines.highlight(outcome.line_no)
        self.outcome.emit(outcome)

    def _banner_text(self, outcome: ScanOutcome) -> str:
        """The outcome's message; a unit refused by its date is named, so the packer knows
        which product goes to quarantine."""
        text = tr(outcome.message)
        product = self._scanned_product()
        if outcome.kind in {Kind.EXPIRED, Kind.SHORT_DATED} and product is not None:
            return tr(msg("PackScreen", "{product}: {message}",
                          product=product.display_name(self.language), message=text))
        return text

    def _scanned_product(self) -> Product | None:
        scan = self._last_scan
        return self.core.catalogue.product_by_gtin(scan.gtin) if scan and scan.gtin else None

    def _draw_just_scanned(self) -> None:
        """Lot and expiry of the unit just scanned, beside the order's progress."""
        scan = self._last_scan
        product = self._scanned_product()
        if scan is None or product is None or (scan.lot is None and scan.expiry is None):
            self.just_scanned.setText("")
            return
        self.just_scanned.setText(tr(msg(
            "PackScreen", "{product} · Lot {lot} · Expires {expiry}",
            product=product.display_name(self.language), lot=scan.lot or "-",
            expiry=scan.expiry.isoformat() if scan.expiry else "-")))

    def _draw_banner(self, tone: Tone, text: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(banner_style(tone))

    def _boxes_by_line(self) -> dict[int, list[int]]:
        boxes: dict[int, list[int]] = defaultdict(list)
        state = self.core.pack.state
        if state is not None:
            for item in state.items.values():
                boxes[item.line_no].append(item.box_no)
        return boxes

    def _materials_in_boxes(self, state: object) -> list[Message]:
        if self._materials_read_for is not state:
            self._materials_read_for = state
            self._materials = [
                msg("PackScreen", "{material} ×{quantity} (box {box})", material=material,
                    quantity=quantity, box=box)
                for material, quantity, box in self.core.pack.materials_in_boxes()]
        return self._materials

    def _show_kit_parts(self, order: Order) -> None:
        loose = self.core.pack.kit_parts_loose()
        for line in order.lines:
            if line.product.kit:
                parts = loose.get(line.line_no)
                self.lines.show_kit_parts(
                    line, kits.parts_progress(line.product, parts) if parts else None)

    def refresh(self, *, rebuild: bool = False) -> None:
        """Redraw from the session. The lines table is rebuilt only when another order (or a
        state reloaded from the journal) is on show, or when asked; otherwise only the lines
        whose packed count moved are redrawn. Rebuilding a 1,000-line table took 100 ms, six
        frames, on every wrong item, OK or quantity."""
        session = self.core.pack
        attended = self.core.signin.badge is not None
        order = session.order if attended else None
        state = session.state if attended else None
        if rebuild or state is not self._shown_state:
            self._shown_state = state
            packed = dict(state.packed_by_line) if state else {}
            self.lines.show_order(order, packed, self._boxes_by_line(), self.language)
        elif order is not None and state is not None:
            changed = self.lines.changed_lines(state.packed_by_line)
            if changed:
                boxes = self._boxes_by_line()
                for line_no in changed:
                    self.lines.update_line(order.line_numbered(line_no),
                                           state.packed(line_no), boxes[line_no])
        if order is not None and state is not None:
            self._show_kit_parts(order)
        for button in self.buttons.values():
            button.setEnabled(attended)
        self.steps.show_steps(session.steps if order is not None else None,
                              session.insert_problems(order.brand) if order else (),
                              language=self.language)
        self._draw_header()
        self._draw_just_scanned()
        awaiting = state is not None and state.awaiting_acknowledgement
        self.ok_button.setVisible(awaiting)
        reason_needed = self.last_outcome is not None and \
            self.last_outcome.kind is Kind.REASON_NEEDED
        self.reason_row.setVisible(reason_needed)
        if self.last_outcome is None:
            self._draw_idle_banner()

    def _draw_idle_banner(self) -> None:
        session = self.core.pack
        if self.core.signin.badge is None:
            text = msg("PackScreen", "Scan your badge to sign in.")
        elif session.order is None:
            text = msg("PackScreen", "Scan an order, tote or pick list.")
        else:
            text = msg("PackScreen", "Order {order} resumed: scan the next item.",
                       order=session.order.id)
        self._draw_banner(Tone.INFO, tr(text))

    def _draw_header(self) -> None:
        session = self.core.pack
        order = session.order if self.core.signin.badge is not None else None
        self.delivery.show_order(order if session.state is not None else None)
        if order is None or session.state is None:
            self.headline.setText(tr(msg("PackScreen", "No order open")))
            badge = self.core.signin.badge
            self.details.setText(tr(msg("PackScreen", "Packer: {name}", name=badge.name))
                                 if badge else "")
            self.progress.setText("")
            return
        brand = self.core.catalogue.brand(order.brand)
        box_no = session.state.current_box
        box_code = session.state.boxes.get(box_no)
        box = self.core.catalogue.box_type(box_code) if box_code else None
        self.headline.setText(tr(msg("PackScreen", "Order {order} · {brand}", order=order.id,
                                     brand=brand.name if brand else order.brand)))
        details = tr(msg(
            "PackScreen", "{customer} · {carrier} · Box {box_no}: {box}",
            customer=order.customer_name, carrier=carrier_label(order.carrier), box_no=box_no,
            box=box_label(box)))
        materials = self._materials_in_boxes(session.state)
        if materials:
            details += " · " + tr(msg("PackScreen", "Materials: {materials}",
                                      materials=", ".join(tr(m) for m in materials)))
        self.details.setText(details)
        packed = order.units - session.missing_units()
        self.progress.setText(tr(counted(
            order.units, msg("PackScreen", "{packed} / 1 item", packed=packed),
            msg("PackScreen", "{packed} / {units} items", packed=packed, units=order.units))))

    def retranslate(self) -> None:
        for command, label, _role in _COMMAND_BUTTONS:
            self.buttons[command].setText(tr(label))
        for reason, label in _REASON_BUTTONS:
            self.reason_buttons[reason].setText(tr(label))
        self.ok_button.setText(tr(msg("PackScreen", "OK, put aside")))
        self.exception_dialog.retranslate()
        self.entry.setPlaceholderText(tr(msg("PackScreen", "Type a code and press Enter")))
        self.lines.retranslate()
        if self.last_outcome is not None:
            self._draw_banner(self.last_outcome.tone, self._banner_text(self.last_outcome))
        self.refresh(rebuild=True)  # product names follow the language
