"""Under the supervisor's exception queue: what the packer reported for the chosen order, a
reason, and Resolve (closed) or Release (back to be packed). Both are journaled by the core
(`station.pack.exception_desk`); the queue reloads after each. A batch's left-over items
(`station.sortwall.leftovers`) can only be resolved: there is no order to pack again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from station.core import StationCore
from station.messages import Message, msg
from station.pack.exception_desk import Decision, what_happened
from station.sortwall.leftovers import LeftoverDesk
from ui.i18n import tr
from ui.supervisor.queues import is_leftover, order_id_of


class ExceptionActions(QWidget):
    decided = Signal(object)  # the Decision

    def __init__(self, core: StationCore, table: QTableWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._table = table
        self._said: Message | None = None
        self._chosen: str | None = None   # kept across the queue's refreshes
        self._leftovers = LeftoverDesk(core.store, core.clock, core.signin)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.reason = QLineEdit()
        self.resolve_button = QPushButton()
        self.release_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.resolve_button.clicked.connect(self._resolve)
        self.release_button.clicked.connect(lambda: self._decide(self._core.exceptions.release))
        # Enter decides nothing: Resolve and Release are different, so the button is chosen.
        self.reason.returnPressed.connect(self._choose_a_button)
        table.itemSelectionChanged.connect(self._on_selection_changed)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.resolve_button)
        row.addWidget(self.release_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.retranslate()

    def keep_choice(self) -> None:
        """After the queue is refilled, choose again the order that was chosen (a refresh
        must not take it away while a reason is being typed), if it is still queued."""
        for row in range(self._table.rowCount()):
            item = self._table.item(row, 0)
            if self._chosen is not None and order_id_of(item) == self._chosen:
                self._table.selectRow(row)
                return
        # Gone from the queue (decided): nothing is chosen, so the details and buttons say so.
        self._table.setCurrentCell(-1, -1)
        self._table.clearSelection()
        self._on_selection_changed()

    def selected_order(self) -> str | None:
        row = self._table.currentRow()
        return order_id_of(self._table.item(row, 0)) if row >= 0 else None

    def retranslate(self) -> None:
        self.reason.setPlaceholderText(tr(msg("Exceptions", "Reason (required)")))
        self.resolve_button.setText(tr(msg("Exceptions", "Resolve (close)")))
        self.release_button.setText(tr(msg("Exceptions", "Release (pack again)")))
        self.result.setText(tr(self._said) if self._said is not None else "")
        self._on_selection_changed()

    def _leftover_chosen(self) -> bool:
        row = self._table.currentRow()
        return row >= 0 and is_leftover(self._table.item(row, 0))

    def _on_selection_changed(self) -> None:
        order_id = self.selected_order()
        if order_id is not None:
            self._chosen = order_id
        if order_id is not None and self._leftover_chosen():
            self.resolve_button.setEnabled(True)
            self.release_button.setEnabled(False)
            self.details.setText(tr(msg(
                "Exceptions", "Batch {batch}: items no order took. Find their order or return "
                "them to stock, then resolve with a reason.", batch=order_id)))
            return
        order = self._core.catalogue.order(order_id) if order_id else None  # type: ignore[arg-type]
        chosen = order is not None
        for button in (self.resolve_button, self.release_button):
            button.setEnabled(chosen)
        if order is None:
            self.details.setText(tr(msg("Exceptions", "Choose an order in the queue.")))
            return
        self.details.setText(tr(msg("Exceptions", "{order}: {what}", order=order.id,
                                    what=what_happened(self._core.store.conn, order))))

    def _say(self, message: Message) -> None:
        self._said = message
        self.result.setText(tr(message))

    def _choose_a_button(self) -> None:
        self._say(msg("Exceptions", "Press Resolve (close) or Release (pack again)."))

    def _resolve(self) -> None:
        if self._leftover_chosen():
            self._decide(self._leftovers.resolve)
        else:
            self._decide(self._core.exceptions.resolve)

    def _decide(self, action: Callable[[str, str], Decision]) -> None:
        order_id = self.selected_order()
        if order_id is None:
            self._say(msg("Exceptions", "Choose an order in the queue."))
            return
        decision = action(order_id, self.reason.text())
        self._say(decision.message)
        if decision.done:
            self.reason.clear()
            self._chosen = None
        else:
            self.reason.setFocus()  # what is missing is typed there
        self.decided.emit(decision)
