"""Showing `Message` values in Qt: translated through the installed QTranslators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from station.messages import TRANSLATIONS_DIR, Message


def language() -> str:
    """The language the UI is shown in ("en", "ja"), as `Translations.use` set it."""
    return QLocale().name().split("_")[0]


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tr(message: Message) -> str:
    """The message in the UI's language, fields filled (messages in fields translated too)."""
    return message.render(_translate(message.context, message.text), language(), _translate)


class Translations:
    """Installs our `.qm` catalogues and Qt's own for one language; switchable at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja"
                                   else QLocale.Language.English))
        if language == "en":
            return
        files = sorted(Path(TRANSLATIONS_DIR).glob(f"*_{language}.qm"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(Path(qt_dir) / f"qtbase_{language}.qm")
        for path in files:
            translator = QTranslator(self._app)
            if translator.load(str(path)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
