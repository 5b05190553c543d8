"""One station app per data folder: the core's OS lock, seen from real second processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.core import open_core
from station.instance_lock import LOCK_NAME, AlreadyRunningError
from station.settings import load

ROOT = Path(__file__).resolve().parents[2]

# Opens the core on the folder given, says READY, and holds it until stdin closes or a kill.
HOLDER = ("import sys; from pathlib import Path; from station.core import open_core;"
          " from station.settings import load;"
          " core = open_core(load(None, data_dir=Path(sys.argv[1]), environ={}));"
          " print('READY', flush=True); sys.stdin.read(); core.close()")


def _environment(**extra: str) -> dict[str, str]:
    clean = {key: value for key, value in os.environ.items()
             if not key.startswith("PACKSTATION_")}
    return {**clean, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **extra}


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """A real station process holding `tmp_path/data`."""
    data_dir = tmp_path / "data"
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)], cwd=ROOT,
                             env=_environment(), stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    yield child, data_dir
    if child.poll() is None:
        child.kill()
    child.wait(timeout=30)
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            stream.close()


def _second_start(data_dir: Path, language: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", "--data-dir", str(data_dir), "--no-sound",
         "--language", language, "--exit-when-ready"],
        check=False, cwd=ROOT, env=_environment(), capture_output=True, text=True,
        timeout=120)


def test_a_second_app_on_the_same_folder_says_the_station_is_already_running(holder):
    _child, data_dir = holder
    second = _second_start(data_dir, "en")
    assert second.returncode == 3
    assert f"The station is already running on {data_dir}." in second.stderr
    assert "Use the window that is already open." in second.stderr
    assert "Traceback" not in second.stderr
    assert "ready_ms" not in second.stdout


def test_the_second_start_says_it_in_japanese_on_a_japanese_station(holder):
    _child, data_dir = holder
    second = _second_start(data_dir, "ja")
    assert second.returncode == 3
    assert "既に" in second.stderr
    assert "Traceback" not in second.stderr


def test_the_folder_is_free_again_once_the_first_app_is_killed(holder, clock):
    child, data_dir = holder
    settings = load(None, data_dir=data_dir, environ={})
    with pytest.raises(AlreadyRunningError):
        open_core(settings, clock)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert (data_dir / LOCK_NAME).exists()      # the file stays; the OS dropped the lock
    core = open_core(settings, clock)
    core.close()


def _someone_else_can_open(data_dir: Path) -> bool:
    """Whether another process could open the station on `data_dir` now."""
    probe = subprocess.run([sys.executable, "-c", HOLDER, str(data_dir)], check=False, cwd=ROOT,
                           env=_environment(), input="", capture_output=True, text=True,
                           timeout=120)
    return probe.returncode == 0 and probe.stdout.strip() == "READY"


def test_cores_of_one_process_share_the_lock_until_the_last_closes(file_core, settings):
    second = open_core(settings, demo_data=False)     # a background thread's own connection
    file_core.close()
    assert not _someone_else_can_open(settings.data_dir)
    second.close()
    assert _someone_else_can_open(settings.data_dir)


def test_an_in_memory_core_takes_no_lock(core, settings):
    assert not (settings.data_dir / LOCK_NAME).exists()
    other = open_core(settings)
    other.close()
