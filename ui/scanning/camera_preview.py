"""Live camera preview: the newest frame with a box around every code read, a status line,
and a `scanned(Scan)` signal once per new code. Capture and decoding run in
`scanning.camera.CameraWorker`'s threads; their callbacks arrive here as queued Qt signals."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from scanning.camera import STATUS_TEXT, CameraRead, CameraStatus, CameraWorker, FrameSource
from scanning.camera_settings import CameraSettings
from scanning.decoders import Decoded, Decoder, Frame
from ui.i18n import tr

READ_COLOUR = QColor("#1db954")


class _Bridge(QObject):
    """Carries worker-thread callbacks into the GUI thread as queued signals."""

    read = Signal(object)
    status = Signal(object)
    frame = Signal(object, object)


class CameraPreview(QWidget):
    scanned = Signal(object)          # station.scans.Scan, once per new code
    status_changed = Signal(object)   # scanning.camera.CameraStatus

    def __init__(self, open_source: Callable[[], FrameSource], decoder: Decoder,
                 settings: CameraSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = _Bridge(self)
        self._bridge.read.connect(self._on_read)
        self._bridge.status.connect(self._on_status_changed)
        self._bridge.frame.connect(self._on_frame)
        self._worker = CameraWorker(
            open_source, decoder, settings or CameraSettings(enabled=True),
            on_read=self._bridge.read.emit, on_status=self._bridge.status.emit,
            on_frame=self._bridge.frame.emit)
        self.status = CameraStatus.STOPPED
        self.last_codes: list[Decoded] = []
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 180)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setStyleSheet("background: #202020;")
        self.status_line = QLabel(tr(STATUS_TEXT[CameraStatus.STOPPED]), self)
        self.status_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.status_line)

    def start(self) -> None:
        self._worker.start()

    def stop(self) -> None:
        self._worker.stop()

    def snapshot(self) -> Frame | None:
        """The newest camera frame, for `scanning.photos.save_box_photo` at sealing."""
        return self._worker.snapshot()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.stop()
        super().closeEvent(event)

    @Slot(object)
    def _on_read(self, read: CameraRead) -> None:
        self.scanned.emit(read.scan)

    @Slot(object)
    def _on_status_changed(self, status: CameraStatus) -> None:
        self.status = status
        self.status_line.setText(tr(STATUS_TEXT[status]))
        alert = status in {CameraStatus.NO_CAMERA, CameraStatus.DISCONNECTED,
                           CameraStatus.BLACK_FRAME}
        self.status_line.setStyleSheet("color: #b35c00; font-weight: bold;" if alert else "")
        if status in {CameraStatus.NO_CAMERA, CameraStatus.DISCONNECTED}:
            self.picture.clear()
        self.status_changed.emit(status)

    @Slot(object, object)
    def _on_frame(self, frame: Frame, codes: list[Decoded]) -> None:
        self.last_codes = codes
        self.picture.setPixmap(annotated(frame, codes).scaled(
            self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))


def annotated(frame: Frame, codes: list[Decoded]) -> QPixmap:
    """The frame with a green outline and the text of every code read in it."""
    image = _to_qimage(frame)
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(READ_COLOUR, max(3, frame.shape[1] // 320))
    painter.setPen(pen)
    font = painter.font()
    font.setPixelSize(max(14, frame.shape[0] // 30))
    font.setBold(True)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    for code in codes:
        painter.setPen(pen)
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in code.position]))
        x, y, _, height = code.box()
        text = code.text.replace(chr(29), "|")
        label = f"{code.symbology.value}: {text if len(text) <= 32 else text[:29] + '...'}"
        box = metrics.boundingRect(label).adjusted(-4, -2, 4, 2)
        box.moveTo(x, min(y + height + 4, frame.shape[0] - box.height()))
        painter.fillRect(box, QColor(0, 0, 0, 180))
        painter.setPen(READ_COLOUR)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


def _to_qimage(frame: Frame) -> QImage:
    data = np.ascontiguousarray(frame)
    height, width = data.shape[:2]
    if data.ndim == 2:
        return QImage(data.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    return QImage(data.data, width, height, 3 * width, QImage.Format.Format_BGR888).copy()
