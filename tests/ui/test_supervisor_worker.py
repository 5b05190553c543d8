"""The dashboard worker: one query at a time, the newest request wins, failures reported."""

from __future__ import annotations

import threading

from ui.supervisor.worker import DashboardWorker


def test_requests_made_while_a_query_runs_collapse_into_the_newest(qtbot):
    worker = DashboardWorker()
    release = threading.Event()
    ran: list[str] = []

    def load(name):
        def run():
            ran.append(name)
            if name == "first":
                release.wait(5)
            return name
        return run

    results = []
    worker.loaded.connect(lambda result: results.append(result.dashboard))
    worker.request(load("first"))
    worker.request(load("second"))
    worker.request(load("third"))
    assert worker.busy
    with qtbot.waitSignal(worker.loaded, timeout=5000):
        release.set()
    assert ran == ["first", "third"]  # "second" was replaced while it waited
    assert results == ["third"]       # the answer to an older request is dropped
    assert worker.wait()


def test_a_failing_query_is_reported_not_lost(qtbot):
    worker = DashboardWorker()

    def broken():
        raise RuntimeError("disk I/O error")

    with qtbot.waitSignal(worker.failed, timeout=5000) as signal:
        worker.request(broken)
    assert "disk I/O error" in str(signal.args[0].error)
    assert not worker.busy
    assert worker.wait()
