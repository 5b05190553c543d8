"""Showing a PDF page as a picture, through QtPdf (no external viewer)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument


def render_page(pdf: bytes, width_px: int, page: int = 0) -> QImage:
    """The page scaled to `width_px`, or a null image when the bytes are not a PDF."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() <= page:
        return QImage()
    size = document.pagePointSize(page)
    height_px = round(width_px * size.height() / size.width())
    image = document.render(page, QSize(width_px, height_px))
    document.close()
    return image
