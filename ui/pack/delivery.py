"""The order's delivery wishes on the pack screen: date, time slot, cool, cash on delivery.

It sits in the header row (no height taken from the lines table) and is hidden for orders
without wishes. Each wish is its own label, two to a row, so none is ever broken in the
middle (Japanese text wraps between any two characters: 代金引 / 換). Cool and
cash-on-delivery orders are drawn amber: the parcel needs an ice pack or a COD envelope
before it is sealed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from station.carriers.contracts import Carrier, Contract, default_contracts
from station.carriers.notice import DeliveryNotice, delivery_notice
from station.core import StationCore
from station.models import Order
from station.pack.outcomes import Tone
from ui.i18n import tr
from ui.style import TONE_COLOURS

_STYLE = ("QFrame#delivery {{ border-radius: 8px; background: {colour}; }}"
          " QLabel {{ color: white; font-size: 18px; font-weight: 700; }}")
_PER_ROW = 2
_MOST = 4   # date and slot, cool, COD, handling note


class DeliveryStrip(QFrame):
    """Redrawn by the pack screen's header; `notice` is what is on show (None: hidden)."""

    def __init__(self, core: StationCore,
                 contracts: Mapping[Carrier, Contract] | None = None) -> None:
        super().__init__()
        self.setObjectName("delivery")
        self._core = core
        self._contracts = contracts
        self.notice: DeliveryNotice | None = None
        self._order_id: str | None = None
        self.parts = [QLabel() for _ in range(_MOST)]
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 3, 12, 3)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(0)
        for index, label in enumerate(self.parts):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, index // _PER_ROW, index % _PER_ROW)
        self.hide()

    def text(self) -> str:
        """The wishes on show, as one line (for tests and logs)."""
        return " · ".join(label.text() for label in self.parts if not label.isHidden())

    def show_order(self, order: Order | None) -> None:
        """Read the wishes when another order is on show (not on every scan); the text is
        redrawn each time, so it follows the language."""
        order_id = order.id if order is not None else None
        if order_id != self._order_id:
            self._order_id = order_id
            self.notice = (delivery_notice(self._core.store.conn, order, self._slot_names())
                           if order is not None else None)
        if self.notice is None:
            self.hide()
            return
        shown = self.notice.parts[:_MOST]
        for index, label in enumerate(self.parts):
            label.setText(tr(shown[index]) if index < len(shown) else "")
            label.setHidden(index >= len(shown))
        tone = Tone.WARN if self.notice.urgent else Tone.INFO
        self.setStyleSheet(_STYLE.format(colour=TONE_COLOURS[tone]))
        self.show()

    def _slot_names(self) -> Mapping[Carrier, Contract]:
        """The contracts name the time slots (午前中, 14〜16時); read when first needed, so
        the start does not wait for them."""
        if self._contracts is None:
            self._contracts = default_contracts()
        return self._contracts
