"""The events the hub parked (rejected, or a conflict with what it holds), with its reasons,
for a supervisor."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.inbox.rejected import RejectedEvent, outcome_label
from station.messages import msg
from ui.i18n import tr


class RejectedEventsTable(QTableWidget):
    def __init__(self, events: list[RejectedEvent], parent: QWidget | None = None) -> None:
        headers = [msg("Sync", "When"), msg("Sync", "Event"), msg("Sync", "Order"),
                   msg("Sync", "Hub's answer"), msg("Sync", "Hub's reason")]
        super().__init__(len(events), len(headers), parent)
        self.setHorizontalHeaderLabels([tr(h) for h in headers])
        for row, event in enumerate(events):
            values = [event.rejected_at[:19].replace("T", " "), event.type,
                      event.subject or "", tr(outcome_label(event.outcome)), event.reason]
            for column, value in enumerate(values):
                self.setItem(row, column, QTableWidgetItem(value))
        self.resizeColumnsToContents()
        self.horizontalHeader().setStretchLastSection(True)


class RejectedEventsDialog(QDialog):
    def __init__(self, events: list[RejectedEvent], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(msg("Sync", "Events the hub parked")))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr(msg(
            "Sync", "These events were kept at this station. Check each order with the "
            "office; nothing here was sent twice or lost. A supervisor can export them: "
            "python -m station.inbox export-parked"))))
        self.table = RejectedEventsTable(events, self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 320)
