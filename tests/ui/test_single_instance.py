"""A second start on the same data folder brings the running window forward and says why."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.app import listen_for_second_starts
from ui.single_instance import ask_to_raise, server_name

ROOT = Path(__file__).resolve().parents[2]


def _second_start(data_dir: Path) -> subprocess.Popen[str]:
    """The second start's side, in its own process as on a real station."""
    code = ("import sys; from pathlib import Path; from ui.single_instance import ask_to_raise;"
            " print(ask_to_raise(Path(sys.argv[1])))")
    return subprocess.Popen([sys.executable, "-c", code, str(data_dir)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, text=True)


def test_a_second_start_brings_the_minimised_window_forward_with_a_notice(qtbot, station_app):
    window = station_app.window
    server = listen_for_second_starts(station_app)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    with qtbot.waitSignal(server.raise_requested, timeout=60_000):
        second = _second_start(station_app.settings.data_dir)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    answer, _ = second.communicate()
    assert answer.strip() == "True"
    assert not window.isMinimized()
    assert window.isVisible()
    assert window.toast.isVisible()
    assert "already open in this window" in window.toast.text()


def test_nobody_listening_means_no_answer(tmp_path, qapp):
    assert ask_to_raise(tmp_path / "no-station-here", timeout_ms=500) is False


def test_each_data_folder_has_its_own_name(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
