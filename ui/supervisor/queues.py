"""The exception queue and the events the hub rejected, each with what to do next."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from station.inbox.rejected import outcome_label
from station.messages import Message, msg
from station.metrics.dashboard import RejectedEvent
from station.metrics.definitions import exception_reason_label
from station.metrics.figures import OpenException
from station.sortwall.leftovers import NEXT_STEP as LEFTOVER_NEXT_STEP
from station.sortwall.leftovers import Leftover
from ui.i18n import tr
from ui.supervisor.tables import fill, one_line_rows

# The Order cell may say where the order was ("ORD-1 (batch B, slot 3)"): its id is kept here.
ORDER_ROLE = Qt.ItemDataRole.UserRole
# A batch's left-over items: the Order cell stands for the batch id, and Release is no choice.
LEFTOVER_ROLE = Qt.ItemDataRole.UserRole + 1

REJECTED_NEXT_STEP = msg(
    "Supervisor", "Read the reason, correct the order at the hub, then scan it again here. "
    "The event stays in this station's journal.")


def fill_exceptions(table: QTableWidget, queue: Sequence[OpenException], zone: ZoneInfo, *,
                    names: Callable[[str], str] | None = None,
                    where: Callable[[str], Message | None] | None = None,
                    what: Callable[[str], Message | None] | None = None,
                    leftovers: Sequence[tuple[Leftover, Message]] = ()) -> None:
    """`where` names where an order was when it was reported (a sort wall's batch and slot),
    `what` what was reported ("Short: 1 × T-shirt"); `leftovers` are batches' left-over
    items, each with what was left ("Left over: 2 × T-shirt"), a row per batch. One line a
    row, so a 768-high screen shows several: a long cell is cut and read whole in its
    tooltip."""
    name = names or (lambda badge: badge)

    def order(order_id: str) -> str:
        place = where(order_id) if where else None
        return f"{order_id} ({tr(place)})" if place else order_id

    def reason(item: OpenException) -> str:
        said = what(item.order) if what else None
        return tr(said) if said is not None else tr(exception_reason_label(item.reason))

    def batch(leftover: Leftover) -> str:
        return f"{leftover.batch_id} ({tr(msg('Supervisor', 'left over'))})"

    fill(table, (msg("Supervisor", "Order"), msg("Supervisor", "Station"),
                 msg("Supervisor", "Packer"), msg("Supervisor", "Reason"),
                 msg("Supervisor", "Reported"), msg("Supervisor", "What to do next")),
         [(order(item.order), item.station, name(item.user) if item.user else "",
           reason(item), f"{item.reported_at.astimezone(zone):%m-%d %H:%M}", tr(item.next_step))
          for item in queue]
         + [(batch(left), left.station, name(left.user) if left.user else "", tr(said),
             f"{left.reported_at.astimezone(zone):%m-%d %H:%M}", tr(LEFTOVER_NEXT_STEP))
            for left, said in leftovers])
    shown = {order(item.order): item.order for item in queue}
    batches = {batch(left): left.batch_id for left, _said in leftovers}
    for row in range(table.rowCount()):  # after fill: sorting may have moved the rows
        cell = table.item(row, 0)
        if cell is not None:
            cell.setData(ORDER_ROLE, batches.get(cell.text(),
                                                 shown.get(cell.text(), cell.text())))
            cell.setData(LEFTOVER_ROLE, cell.text() in batches)
    one_line_rows(table)


def order_id_of(cell: QTableWidgetItem | None) -> str | None:
    """The order id an exception queue's Order cell stands for."""
    if cell is None:
        return None
    order_id = cell.data(ORDER_ROLE)
    return str(order_id) if order_id else cell.text()


def is_leftover(cell: QTableWidgetItem | None) -> bool:
    """Whether an exception queue's row is a batch's left-over items (not an order)."""
    return cell is not None and bool(cell.data(LEFTOVER_ROLE))


def fill_rejected(table: QTableWidget, rejected: Sequence[RejectedEvent]) -> None:
    fill(table, (msg("Supervisor", "Event"), msg("Supervisor", "Type"),
                 msg("Supervisor", "Order or RMA"), msg("Supervisor", "Hub's answer"),
                 msg("Supervisor", "Reason"), msg("Supervisor", "Rejected"),
                 msg("Supervisor", "What to do next")),
         [(item.event_id, item.type, item.subject or "", tr(outcome_label(item.outcome)),
           item.reason, item.rejected_at, tr(REJECTED_NEXT_STEP)) for item in rejected])
