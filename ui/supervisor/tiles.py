"""One live tile: a metric today, its target, green when on target and red when not."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from station.messages import msg
from station.metrics.dashboard import Tile
from station.metrics.definitions import Metric
from ui.i18n import tr

_COLOURS = {True: "#1b7f3b", False: "#b3261e", None: "#44474e"}


def format_value(value: float | None) -> str:
    if value is None:
        return "–"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


class TileWidget(QFrame):
    def __init__(self, metric: Metric, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = metric
        self.setObjectName(f"tile_{metric.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        self.title = QLabel(tr(metric.label))
        self.span = QLabel("")  # what the figure covers: "today, per hour of packing"
        self.value = QLabel("–")
        self.target = QLabel("")
        self.value.setStyleSheet("font-size: 26px; font-weight: 600;")
        self.title.setStyleSheet("color: #44474e;")
        self.span.setStyleSheet("color: #44474e; font-size: 11px;")
        for label in (self.title, self.span, self.value, self.target):
            layout.addWidget(label)
        self.on_target: bool | None = None
        self.tile: Tile | None = None

    def retranslate(self) -> None:
        self.title.setText(tr(self.kind.label))
        if self.tile is not None:
            self.show_tile(self.tile)

    def show_tile(self, tile: Tile) -> None:
        self.tile = tile
        self.span.setText(tr(tile.window) if tile.window is not None else "")
        self.value.setText(format_value(tile.value))
        self.on_target = tile.on_target
        if tile.target is None:
            self.target.setText("")
        elif tile.day_target is not None and tile.day_target != tile.target:
            self.target.setText(tr(msg("Supervisor", "Target {target} by now ({day} today)",
                                       target=format_value(tile.target),
                                       day=format_value(tile.day_target))))
        elif tile.metric.higher_is_better:
            self.target.setText(tr(msg("Supervisor", "Target {target}",
                                       target=format_value(tile.target))))
        else:
            self.target.setText(tr(msg("Supervisor", "At most {target}",
                                       target=format_value(tile.target))))
        colour = _COLOURS[tile.on_target]
        self.value.setStyleSheet(f"font-size: 26px; font-weight: 600; color: {colour};")
        self.setStyleSheet(f"#tile_{self.kind.value} {{ border-left: 6px solid {colour}; }}")
