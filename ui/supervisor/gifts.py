"""The supervisor's table of gift orders and orders with inserts: 熨斗, wrapping, steps."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableWidget

from station.messages import Message, msg
from station.metrics.gift_orders import GiftOrderRow
from ui.i18n import tr
from ui.supervisor.tables import fill

_STATUS: dict[str, Message] = {
    "": msg("Supervisor", "not started"),
    "open": msg("Supervisor", "not started"),
    "packing": msg("Supervisor", "packing"),
    "packed": msg("Supervisor", "packed"),
    "exception": msg("Supervisor", "exception"),
    "stopped": msg("Supervisor", "stopped by the hub"),
}


def fill_gifts(table: QTableWidget, rows: Sequence[GiftOrderRow]) -> None:
    fill(table, (msg("Supervisor", "Order"), msg("Supervisor", "Brand"),
                 msg("Supervisor", "Noshi"), msg("Supervisor", "Wrapping"),
                 msg("Supervisor", "Inserts"), msg("Supervisor", "Steps confirmed"),
                 msg("Supervisor", "Status")),
         [(row.order, row.brand, row.noshi or "–", row.wrapping or "–", row.inserts,
           f"{row.steps_done}/{row.steps}",
           tr(_STATUS.get(row.status, msg("Supervisor", "{status}", status=row.status))))
          for row in rows])
