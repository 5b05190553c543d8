"""A wrapping label that breaks Japanese between phrases, not inside words ("スキャ｜ン。"):
its text is marked by `station.phrases.keep_phrases` for Qt's Unicode line breaker. `text()`
gives the text as it was set, without the invisible marks."""

from __future__ import annotations

from PySide6.QtGui import Qt  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QLabel, QWidget

from station.phrases import keep_phrases


class PhraseLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._text = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self._text = text
        # Rich text keeps its tags whole: it is shown as given.
        super().setText(text if Qt.mightBeRichText(text) else keep_phrases(text))

    def text(self) -> str:
        return self._text

    def shown_text(self) -> str:
        """What Qt lays out, with the phrase marks."""
        return super().text()
