"""The station window: a top bar (station, who is signed in, screens, language), the screen
for the current mode, and a status bar (sync backlog, printers)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station import journal
from station.clock import parse_iso
from station.core import StationCore
from station.messages import Message, msg
from station.models import Role
from station.pack.outcomes import ScanOutcome
from station.routing import Target, route
from ui.errors import ErrorPresenter, Toast
from ui.i18n import Translations, tr
from ui.pack.screen import PackScreen


@dataclass
class ScreenEntry:
    mode: str
    title: Message
    widget: QWidget
    roles: tuple[Role, ...]
    page: QWidget  # what the stack shows: the widget, or a scroll area around it


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, core: StationCore, pack_screen: PackScreen,
                 translations: Translations | None = None) -> None:
        super().__init__()
        self.core = core
        self.translations = translations
        self.pack_screen = pack_screen
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(self._mark_current_mode)
        self.screens: dict[str, ScreenEntry] = {}
        # Whether a scan is the sort wall's (set when the station has one: ui/sortwall).
        self.sort_wall_claims: Callable[[str], bool] | None = None
        self.mode_buttons: dict[str, QPushButton] = {}

        self.station_label = QLabel()
        self.station_label.setObjectName("subtle")
        self.user_label = QLabel()
        self.user_label.setObjectName("headline")
        self.language_button = QPushButton()
        # Buttons are for the mouse: keyboard focus stays on the scan entry.
        self.language_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_button.clicked.connect(self._on_language_clicked)
        self.mode_bar = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.user_label)
        top.addWidget(self.station_label)
        top.addStretch(1)
        top.addLayout(self.mode_bar)
        top.addWidget(self.language_button)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QWidget()
        bar.setLayout(top)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.backlog_label = QLabel()
        self._show_backlog = True
        self._shut_down = False
        self.statusBar().addPermanentWidget(self.backlog_label)
        self.toast = Toast(central)
        self.errors = ErrorPresenter(self.toast)
        # Takes scale commands (CMD:TARE); set by the composition root when devices are wired.
        self.device_commands: Callable[[str], object] | None = None

        self.add_screen("pack", msg("MainWindow", "Pack"), pack_screen,
                        (Role.PACKER, Role.SUPERVISOR))
        pack_screen.outcome.connect(self._on_pack_outcome)
        self._signed_in_as = core.signin.badge
        core.signin.subscribe(self._on_sign_in_changed)
        pack_screen.failed.connect(self.errors.show)
        self._backlog_timer = QTimer(self)
        self._backlog_timer.timeout.connect(self.refresh_backlog)
        self._backlog_timer.start(5000)
        self._idle_timer = QTimer(self)
        self._idle_timer.timeout.connect(self._on_idle_check)
        self._idle_timer.start(30_000)
        self.resize(1280, 800)
        self.retranslate()
        self._update_for_user()

    # ------------------------------------------------------------------- screens
    def add_screen(self, mode: str, title: Message, widget: QWidget,
                   roles: tuple[Role, ...]) -> None:
        page = widget if widget is self.pack_screen else self._scrolling(widget)
        self.screens[mode] = ScreenEntry(mode, title, widget, roles, page)
        self.stack.addWidget(page)
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCheckable(True)  # checked: the screen on show
        button.clicked.connect(lambda _=False, m=mode: self.show_mode(m))
        self.mode_buttons[mode] = button
        self.mode_bar.addWidget(button)
        self.retranslate()
        self._update_for_user()
        self._mark_current_mode()

    def _mark_current_mode(self) -> None:
        """The button of the screen on show stays pressed, so the bar says where you are."""
        current = self.current_mode()
        for mode, button in self.mode_buttons.items():
            button.setChecked(mode == current)

    @staticmethod
    def _scrolling(widget: QWidget) -> QScrollArea:
        """Another screen scrolls when it is taller than the window, rather than making the
        window too tall for a 1366x768 station screen (the stack's minimum is its tallest
        page's)."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def use_sync_status(self, widget: QWidget) -> None:
        """The sync worker's status (online, waiting, oldest) replaces the plain backlog."""
        self._backlog_timer.stop()
        self.statusBar().removeWidget(self.backlog_label)
        self.backlog_label.hide()
        self.statusBar().insertPermanentWidget(0, widget)
        self._show_backlog = False

    def current_mode(self) -> str:
        current = self.stack.currentWidget()
        return next((m for m, e in self.screens.items() if e.page is current), "pack")

    def show_mode(self, mode: str) -> None:
        """Show a screen the signed-in badge may use; with nobody signed in, only packing
        (which asks for a badge) is shown, never an RMA or the floor's figures."""
        entry = self.screens.get(mode)
        badge = self.core.signin.badge
        if entry is None or (badge is None and mode != "pack") or (
                badge is not None and badge.role not in entry.roles):
            self._mark_current_mode()  # a click on a refused screen must not look chosen
            return
        self.stack.setCurrentWidget(entry.page)
        self._mark_current_mode()  # also when it was on show already (the click unchecked it)
        refresh = getattr(entry.widget, "refresh", None)
        if refresh is not None:
            refresh()

    def handle_scan(self, text: str) -> None:
        """Every wedge scan lands here; `station.routing.route` says who takes it (the scale,
        the pack or returns session, the sort wall, or the screen on show) and that one draws
        the outcome. (The sessions count a scan as activity.)"""
        target = route(text, self.current_mode(), devices=self.device_commands is not None,
                       sort_wall=self.sort_wall_claims,
                       signed_in=self.core.signin.badge is not None)
        if target is Target.SORT_WALL:
            self.show_mode(Target.SORT_WALL)
        mode = self.current_mode()
        if target is Target.DEVICE and self.device_commands is not None:
            self.device_commands(text)
        elif target is Target.PACK:
            self.pack_screen.handle_scan(text)
        else:
            handler = getattr(self.screens[mode].widget, "handle_scan", None)
            if handler is not None:
                handler(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key no widget took (focus on nothing, or on something that ignores letters) is
        meant for the scan entry of the screen on show: typing and slow scanners are never
        lost, and every Enter gets an outcome."""
        entry = self._scan_entry()
        typed = bool(event.text()) or event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if entry is None or not typed or entry.hasFocus():
            super().keyPressEvent(event)
            return
        entry.setFocus()
        QApplication.sendEvent(entry, event.clone())
        event.accept()

    def _scan_entry(self) -> QLineEdit | None:
        entry = getattr(self.screens[self.current_mode()].widget, "entry", None)
        if isinstance(entry, QLineEdit) and entry.isVisible() and entry.isEnabled():
            return entry
        return None

    def _on_pack_outcome(self, outcome: ScanOutcome) -> None:
        self.refresh_backlog()

    def _on_sign_in_changed(self) -> None:
        """Whoever signed in or out, and on whichever screen: show their home screen."""
        badge = self.core.signin.badge
        if badge is not None and badge != self._signed_in_as:
            self._show_home_screen()
        self._signed_in_as = badge
        self._update_for_user()

    def shutdown(self) -> None:
        """Stop the timers that read the database, before it closes; nothing redraws from
        the database after this (a language change can still reach a closed window)."""
        self._shut_down = True
        self._backlog_timer.stop()
        self._idle_timer.stop()

    def _show_home_screen(self) -> None:
        """A badge opens the screen its role works at: inspectors returns, supervisors the
        floor's figures, packers packing."""
        badge = self.core.signin.badge
        if badge is None:
            return
        home = {Role.INSPECTOR: "returns", Role.SUPERVISOR: "supervisor"}.get(badge.role, "pack")
        self.show_mode(home if home in self.screens else "pack")

    def _update_for_user(self) -> None:
        badge = self.core.signin.badge
        self.user_label.setText(badge.name if badge else tr(msg("MainWindow", "Not signed in")))
        allowed = {mode for mode, entry in self.screens.items()
                   if badge is not None and badge.role in entry.roles}
        for mode, button in self.mode_buttons.items():
            button.setVisible(mode in allowed and len(allowed) > 1)
        if badge is None:
            self.stack.setCurrentWidget(self.pack_screen)
            return
        if badge.role not in self.screens[self.current_mode()].roles:
            self._show_home_screen()

    def _on_idle_check(self) -> None:
        outcome = self.core.pack.sign_out_if_idle()
        if outcome is not None:
            self.pack_screen.show_outcome(outcome)

    def refresh_backlog(self) -> None:
        if not self._show_backlog:
            return
        backlog = journal.backlog(self.core.store.conn)
        if backlog.waiting == 0 or backlog.oldest_ts is None:
            self.backlog_label.setText(tr(msg("MainWindow", "All events synced")))
            return
        age = self.core.clock.now() - parse_iso(backlog.oldest_ts)
        minutes = max(0, int(age.total_seconds() // 60))
        self.backlog_label.setText(tr(msg(
            "MainWindow", "Waiting to sync: {count} events, oldest {minutes} min",
            count=backlog.waiting, minutes=minutes)))

    # ------------------------------------------------------------------ language
    def _on_language_clicked(self) -> None:
        language = "en" if self.language() == "ja" else "ja"
        self.set_language(language)

    def language(self) -> str:
        return self.translations.language if self.translations else "en"

    def set_language(self, language: str) -> None:
        if self.translations is not None:
            self.translations.use(language)
        self.pack_screen.language = language
        self.retranslate()
        self.language_changed.emit(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._shut_down:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(tr(msg("MainWindow", "Packing station")))
        self.station_label.setText(tr(msg(
            "MainWindow", "Station {station} · Site {site}",
            station=self.core.settings.station.id, site=self.core.settings.station.site)))
        self.language_button.setText("English" if self.language() == "ja" else "日本語")
        for mode, entry in self.screens.items():
            self.mode_buttons[mode].setText(tr(entry.title))
        for entry in self.screens.values():
            retranslate = getattr(entry.widget, "retranslate", None)
            if retranslate is not None:
                retranslate()
        self._update_for_user()
        self.refresh_backlog()
