"""Bar charts of units packed by hour and by day, with the target as a line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from station.messages import Message, msg
from ui.i18n import tr


class TargetChart(QChartView):
    """Bars per category and a dashed target line across them."""

    def __init__(self, title: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(160)  # the whole supervisor page fits a 1366x768 window
        self.values: list[int] = []
        self.labels: list[str] = []
        self.target: float | None = None
        self.upright = False
        self.label_every = 1
        self.show_values([], [], None)

    def retranslate(self) -> None:
        """Draw the same figures again with the title and legend in the current language."""
        self.show_values(self.labels, self.values, self.target, upright=self.upright,
                         label_every=self.label_every)

    def show_values(self, labels: Sequence[str], values: Sequence[int],
                    target: float | None, *, upright: bool = False,
                    label_every: int = 1) -> None:
        """`label_every` n > 1 labels every n-th bar only, under its bar: Qt elides each
        category label to its bar's width, so narrow bars would all read "…"."""
        self.values, self.target = list(values), target
        self.labels, self.upright, self.label_every = list(labels), upright, label_every
        chart = QChart()
        chart.setTitle(tr(self._title))
        chart.legend().setVisible(True)
        # Beside the plot, with thin margins: a 1366x768 page leaves the plot little height.
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setMargins(QMargins(4, 2, 4, 2))
        bars = QBarSet(tr(msg("Supervisor", "Units packed")))
        bars.setColor(QColor("#3f6fb5"))
        bars.append([float(value) for value in values])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(labels))
        small = QFont(axis_x.labelsFont())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 6.0))
        axis_x.setLabelsFont(small)
        if upright:
            axis_x.setLabelsAngle(-90)
        axis_y = QValueAxis()
        top = max([*values, target or 0, 1])
        axis_y.setRange(0, top * 1.1)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        sparse = _sparse_axis(labels, label_every) if label_every > 1 and labels else None
        if sparse is not None:
            axis_x.setLabelsVisible(False)
            chart.addAxis(sparse, Qt.AlignmentFlag.AlignBottom)
        if target is not None and labels:
            line = QLineSeries()
            line.setName(tr(msg("Supervisor", "Target")))
            line.append([QPointF(-0.5, target), QPointF(len(labels) - 0.5, target)])
            pen = QPen(QColor("#b3261e"))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            chart.addSeries(line)
            hidden_x = QValueAxis()
            hidden_x.setRange(-0.5, len(labels) - 0.5)
            hidden_x.setVisible(False)
            chart.addAxis(hidden_x, Qt.AlignmentFlag.AlignBottom)
            line.attachAxis(hidden_x)
            if sparse is not None:
                line.attachAxis(sparse)
            line.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


def _sparse_axis(labels: Sequence[str], every: int) -> QCategoryAxis:
    """Every `every`-th label on the position of its bar (bars sit at 0, 1, 2...)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, len(labels) - 0.5)
    axis.setGridLineVisible(False)
    for index in range(0, len(labels), every):
        axis.append(labels[index], float(index))
    return axis
