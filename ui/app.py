"""The composition root: settings -> core services -> devices, printers, sync -> window.

Nothing connects, opens or starts at import time; `build()` does it all, in one place, and
`main()` adds the command line."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from scanning.scale.settings import scale_settings
from station.clock import Clock
from station.core import StationCore, open_core
from station.errors import StationError
from station.instance_lock import AlreadyRunningError
from station.messages import msg
from station.models import Role
from station.returns.setup import open_returns
from station.settings import Settings
from sync.settings import HubSettings
from ui.background import BackgroundWork
from ui.errors import show_fatal
from ui.i18n import Translations, tr
from ui.main_window import MainWindow
from ui.pack.scale import PackScale
from ui.pack.screen import PackScreen
from ui.returns.screen import ReturnsScreen
from ui.settings_sections import load_settings
from ui.single_instance import RaiseServer, ask_to_raise
from ui.sortwall.wiring import add_sort_wall
from ui.sounds import Sounds
from ui.style import APP_STYLE, FONT_FAMILIES
from ui.supervisor.factory import supervisor_screen
from ui.sync.wiring import StationSync
from ui.wedge import WedgeScanner


@dataclass
class StationApp:
    settings: Settings
    core: StationCore
    window: MainWindow
    wedge: WedgeScanner
    translations: Translations
    closers: list[Callable[[], None]] = field(default_factory=list)
    sync: StationSync | None = None
    scale: PackScale | None = None
    deferred: list[Callable[[], None]] = field(default_factory=list)

    def start_deferred(self) -> None:
        """Do what `build(defer_start=True)` left for after the window is up: printing
        (reportlab) and sync (the hub client and the embedded hub, FastAPI, on a background
        thread that would otherwise compete with the window's start for the interpreter)."""
        steps, self.deferred = self.deferred, []
        for step in steps:
            step()

    def close(self) -> None:
        """Stop background work (devices, printers, sync, the background operations)
        before the database closes."""
        for closer in reversed(self.closers):
            closer()
        for timer in self.window.findChildren(QTimer):
            timer.stop()
        self.window.close()
        self.core.close()


APP_NAME = "Packing station"
APP_ID = "packing-station"


def new_application() -> QApplication:
    """The QApplication, named before it exists: the window system takes the window's class
    (WM_CLASS, the Wayland app id) from these, not from `__main__.py`."""
    QApplication.setApplicationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    return QApplication([APP_ID])


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("packstation")
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(12)
    app.setFont(font)
    app.setStyleSheet(APP_STYLE)


def build(app: QApplication, settings: Settings, clock: Clock | None = None, *,
          sound: bool = True, in_memory: bool = False, sync: bool = True,
          defer_start: bool = False) -> StationApp:
    """Everything the station needs, wired. Raises StationError for what a person must fix.
    `sync=False` leaves the hub out (most UI tests); an in-memory station never syncs;
    `defer_start` leaves printing and sync to `StationApp.start_deferred()`, once the window
    is up."""
    # The core first: it holds the data folder's lock, so a second start writes nothing.
    core = open_core(settings, clock, in_memory=in_memory, demo_data=wants_demo(settings))
    _configure_logging(settings.data_dir, in_memory)
    translations = Translations(app)
    translations.use(settings.station.language)
    sounds = Sounds(settings.data_dir / "sounds", enabled=sound)
    pack_screen = PackScreen(core, sounds, language=settings.station.language)
    window = MainWindow(core, pack_screen, translations)
    returns_screen = ReturnsScreen(open_returns(core), sounds=sounds,
                                   gs_substitute=settings.scanner.gs_substitute)
    window.add_screen("returns", msg("MainWindow", "Returns"), returns_screen,
                      (Role.INSPECTOR, Role.SUPERVISOR))
    returns_screen.failed.connect(window.errors.show)
    add_sort_wall(core, window, pack_screen, sounds)
    supervisor = supervisor_screen(core)
    window.add_screen("supervisor", msg("MainWindow", "Supervisor"), supervisor,
                      (Role.SUPERVISOR,))

    work = BackgroundWork(window)  # every background operation of the UI; stopped last
    work.failed.connect(window.errors.show_unexpected)
    scale = PackScale(scale_settings(settings), pack_screen)
    if scale.widget is not None:
        window.add_status_widget(scale.widget)
    window.language_changed.connect(lambda _language: scale.retranslate())
    window.device_commands = scale.take_command  # CMD:TARE / CMD:ZERO, as routed by the core
    scale.start()
    closers: list[Callable[[], None]] = [work.stop, window.shutdown, supervisor.shutdown,
                                         scale.stop]
    deferred: list[Callable[[], None]] = [lambda: _wire_devices(core, pack_screen, work, closers),
                                          lambda: _wire_printing(
        core, window, pack_screen=pack_screen, returns_screen=returns_screen, work=work,
        closers=closers, background=not in_memory)]
    station_sync = None
    if sync and not in_memory:
        station_sync = StationSync(core, window, pack_screen, work)
        deferred.append(station_sync.start)
        closers.append(station_sync.stop)
    if not defer_start:
        for step in deferred:
            step()
        deferred = []

    window.errors.install_hook()
    wedge = WedgeScanner(settings.scanner.max_key_interval_ms, settings.scanner.min_length,
                         settings.scanner.suffix, parent=app)
    app.installEventFilter(wedge)

    wedge.scanned.connect(window.handle_scan)
    return StationApp(settings, core, window, wedge, translations, closers, station_sync, scale,
                      deferred)


def _wire_devices(core: StationCore, pack_screen: PackScreen, work: BackgroundWork,
                  closers: list[Callable[[], None]]) -> None:
    """Camera and RFID reader; imported here, as the camera's numpy and OpenCV are heavy for
    the start path."""
    from ui.pack.devices import PackDevices

    devices = PackDevices(core, pack_screen, work)
    devices.start()
    closers.append(devices.stop)


def _wire_printing(core: StationCore, window: MainWindow, *, pack_screen: PackScreen,
                   returns_screen: ReturnsScreen, work: BackgroundWork,
                   closers: list[Callable[[], None]], background: bool) -> None:
    """Printers and documents; imported here, as reportlab is heavy for the start path."""
    from ui.printing.wiring import StationPrinting

    printing = StationPrinting(core, window.errors, work, background=background)
    pack_screen.outcome.connect(printing.on_pack_outcome)
    returns_screen.label_requested.connect(printing.on_label_requested)
    window.add_status_widget(printing.button)
    window.language_changed.connect(lambda _language: printing.retranslate())
    closers.append(printing.stop)


def listen_for_second_starts(station: StationApp) -> RaiseServer:
    """A second start on this data folder brings this window forward, which says why."""
    server = RaiseServer(station.settings.data_dir, station.window)
    server.raise_requested.connect(lambda: station.window.errors.toast.show_text(tr(msg(
        "MainWindow", "The station is already open in this window: a second start was "
        "stopped."))))
    server.listen()
    station.closers.append(server.close)
    return server


def wants_demo(settings: Settings) -> bool:
    if settings.station.demo is not None:
        return settings.station.demo
    return not settings.section("hub", HubSettings).url


def _configure_logging(data_dir: Path, in_memory: bool) -> None:
    logger = logging.getLogger("packstation")
    logger.setLevel(logging.INFO)
    if in_memory or any(isinstance(h, RotatingFileHandler) for h in logger.handlers):
        return
    (data_dir / "logs").mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(data_dir / "logs" / "station.log", maxBytes=5_000_000,
                                  backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger.addHandler(handler)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="packstation", description="Packing station")
    parser.add_argument("--data-dir", type=Path, help="where the station database lives")
    parser.add_argument("--config", type=Path, help="a TOML settings file")
    parser.add_argument("--language", choices=["ja", "en"], help="override the UI language")
    parser.add_argument("--scan", action="append", default=[],
                        help="feed a scan at start (repeatable; for demos and screenshots)")
    parser.add_argument("--screenshot", type=Path, help="save the window to PNG and exit")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="print the start-up time and exit (for the benchmark)")
    parser.add_argument("--no-sound", action="store_true")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or new_application()
    assert isinstance(app, QApplication)
    configure_application(app)
    try:
        settings = load_settings(args.config, args.data_dir)
        if args.language:
            from dataclasses import replace
            settings = replace(settings, station=replace(settings.station,
                                                         language=args.language))
        station = build(app, settings, sound=not args.no_sound,
                        defer_start=not args.screenshot)
    except AlreadyRunningError as error:
        # The first window comes forward and says why; without one, say it here.
        Translations(app).use(settings.station.language)
        if ask_to_raise(settings.data_dir) or args.exit_when_ready or args.screenshot:
            print(f"{tr(error.message)}\n{tr(error.next_step)}", file=sys.stderr)
        else:
            show_fatal(error)
        return 3
    except StationError as error:
        if args.exit_when_ready or args.screenshot:
            print(error, file=sys.stderr)
        else:
            show_fatal(error)
        return 2
    window = station.window
    listen_for_second_starts(station)
    if args.screenshot:
        window.resize(1366, 768)  # a station screen, for the docs
        window.show()
    else:
        screen = app.primaryScreen()
        if screen is not None:  # fit the screen even where no window manager maximises
            available = screen.availableGeometry()
            window.resize(min(window.width(), available.width()),
                          min(window.height(), available.height()))
        window.showMaximized()  # a station screen is the station's whole screen
    for text in args.scan:
        window.handle_scan(text)
    app.processEvents()
    if args.exit_when_ready:
        print(f"ready_ms={(time.perf_counter() - started) * 1000:.1f} ready_at={time.time():.4f}",
              flush=True)
        station.close()
        return 0
    station.start_deferred()
    if args.screenshot:
        window.grab().save(str(args.screenshot))
        station.close()
        return 0
    code = app.exec()
    station.close()
    return code
