"""A double-clicked launcher: the real app started twice on one data folder. The second start
brings the first window forward, says why and exits; once the first is killed, the folder is
free again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.core import open_core
from station.settings import load
from tests.support import wait_until
from ui.single_instance import ask_to_raise

ROOT = Path(__file__).resolve().parents[2]


def _app(data_dir: Path, **kwargs: object) -> subprocess.Popen[str]:
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("PACKSTATION_")}
    return subprocess.Popen(
        [sys.executable, "-m", "ui", "--data-dir", str(data_dir), "--no-sound",
         "--language", "en"], cwd=ROOT, text=True,
        env={**environment, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        **kwargs)  # type: ignore[call-overload]


@pytest.fixture
def first_app(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    data_dir = tmp_path / "data"
    first = _app(data_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Ready once its window answers a raise (the courtesy a second start uses).
        assert wait_until(lambda: first.poll() is not None or ask_to_raise(data_dir, 500),
                          timeout=120)
        assert first.poll() is None, "the first app ended by itself"
        yield first, data_dir
    finally:
        if first.poll() is None:
            first.kill()
        first.wait(timeout=30)


def test_a_second_start_raises_the_first_window_and_exits_with_the_reason(first_app):
    first, data_dir = first_app
    second = _app(data_dir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _out, err = second.communicate(timeout=120)     # no dialog waits: the first answered
    assert second.returncode == 3
    assert f"The station is already running on {data_dir}." in err
    assert "Traceback" not in err
    assert first.poll() is None                     # the first goes on


def test_the_folder_is_free_once_the_first_app_is_killed(first_app):
    first, data_dir = first_app
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    core = open_core(load(None, data_dir=data_dir, environ={}), demo_data=False)
    core.close()
