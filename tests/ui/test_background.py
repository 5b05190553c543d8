"""The one owner of background work: results and errors come back on the UI thread, nothing
is delivered after stop(), and no thread outlives it. Polling timers run only while their
widget is shown. The leak checks that run around every test see what a test leaves behind."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from tests.leak_support import check_leaks
from ui.background import THREAD_PREFIX, BackgroundWork
from ui.polling import PollWhileShown


def _our_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate()
            if thread.name.startswith(THREAD_PREFIX)]


def test_a_result_comes_back_on_the_ui_thread_after_running_off_it(qtbot, background_work):
    ran_on: list[threading.Thread] = []
    delivered: list[tuple[object, threading.Thread]] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return 42

    background_work.run(work, lambda value: delivered.append((value,
                                                               threading.current_thread())))
    assert delivered == []  # never inside run(), even when the work is quick
    qtbot.waitUntil(lambda: bool(delivered))
    assert delivered == [(42, threading.main_thread())]
    assert ran_on[0] is not threading.main_thread()


def test_an_error_goes_to_the_callers_handler_or_else_to_failed(qtbot, background_work):
    handled: list[BaseException] = []
    background_work.run(lambda: 1 / 0, on_error=handled.append)
    qtbot.waitUntil(lambda: bool(handled))
    assert isinstance(handled[0], ZeroDivisionError)
    with qtbot.waitSignal(background_work.failed) as failed:
        background_work.run(lambda: int("abc"))
    assert isinstance(failed.args[0], ValueError)


def test_stop_waits_for_running_work_drops_its_result_and_refuses_more(qtbot):
    work = BackgroundWork()
    started, release = threading.Event(), threading.Event()
    delivered: list[object] = []

    def slow() -> str:
        started.set()
        release.wait(30)
        return "late"

    work.run(slow, delivered.append)
    assert started.wait(30)
    stopper = threading.Thread(target=work.stop)
    stopper.start()
    release.set()
    stopper.join(30)
    assert not stopper.is_alive()
    assert not work.busy
    assert work.run(lambda: "more", delivered.append) is None
    QCoreApplication.processEvents()  # a queued result would arrive now
    assert delivered == []
    assert _our_threads() == []


def test_a_polling_timer_runs_only_while_its_widget_is_shown(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    refreshes: list[int] = []
    poll = PollWhileShown(widget, 10, lambda: refreshes.append(1))
    assert not poll.active  # never shown: nothing reads anything
    widget.show()
    assert poll.active
    qtbot.waitUntil(lambda: len(refreshes) >= 2)
    widget.hide()
    assert not poll.active
    widget.show()
    poll.stop()
    assert not poll.active
    widget.close()


def test_the_leak_checks_see_a_running_timer_a_live_thread_and_an_open_window(qtbot):
    release = threading.Event()
    with check_leaks() as leaks:
        timer = QTimer()
        timer.start(60_000)
        QTimer.singleShot(60_000, lambda: None)
        thread = threading.Thread(target=release.wait, name="leaky")
        thread.start()
        window = QWidget()
        window.show()
    release.set()
    thread.join()
    assert len(leaks.found) == 4, leaks.found
    assert not timer.isActive()  # cleaned up for the next test
    assert not window.isVisible()
    with check_leaks() as clean:
        timer = QTimer()
        timer.start(60_000)
        timer.stop()
    assert clean.found == []
