"""Bad storage gets its own clear message and next step, and never a new station identity:
a read-only data folder, a zero-length database file, a full disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.core import open_core
from station.settings import load
from station.storage_errors import DiskFullError, EmptyDatabaseError, ReadOnlyStorageError
from tests.support import ean, find_order, scan

ROOT = Path(__file__).resolve().parents[2]


def _mount_tmpfs(where: Path, size: str) -> bool:
    """A small file system of our own (root only), so 'read-only' and 'full' are real."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          check=False, capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    if not _mount_tmpfs(mount, "24m"):
        pytest.skip("needs root and tmpfs to make a real small disk")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


def _remount_read_only(mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)


def _fill(mount: Path) -> None:
    """Write until the disk refuses: a full disk, not a simulated one."""
    chunk = b"\0" * (1 << 16)
    with (mount / "filler").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(chunk)
        except OSError:
            pass
    with (mount / "filler-small").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 512)
        except OSError:
            pass


def _station_with_a_scan(data_dir: Path):
    settings = load(None, data_dir=data_dir, environ={})
    core = open_core(settings)
    scan(core, "BADGE:P-1001")
    order = find_order(core, brand="KAZE", serial=False, min_lines=2, max_quantity=2)
    scan(core, order.id)
    scan(core, ean(core, order.lines[0].product.sku))
    return settings, core, order


def _scan_until_refused(core, code: str) -> DiskFullError:
    """Scan and undo until the disk refuses (the WAL may still have room for a few pages)."""
    for _ in range(200):
        try:
            scan(core, code)
            scan(core, "CMD:UNDO")
        except DiskFullError as error:
            return error
    raise AssertionError("200 scans were written to a full disk")


def _journal_size(settings) -> int:
    core = open_core(settings)
    try:
        return int(core.store.conn.execute("SELECT count(*) FROM journal").fetchone()[0])
    finally:
        core.close()


# ------------------------------------------------------------------------ read-only folder
def test_a_station_on_a_read_only_folder_is_refused_with_the_folder_named(small_disk):
    settings, core, _order = _station_with_a_scan(small_disk / "data")
    core.close()
    _remount_read_only(small_disk)
    with pytest.raises(ReadOnlyStorageError) as error:
        open_core(settings)
    assert f"The data folder {settings.data_dir} is read-only" in error.value.message.render()
    assert "write access" in error.value.next_step.render()


def test_the_app_on_a_read_only_folder_says_so_without_a_traceback(small_disk):
    data_dir = small_disk / "data"
    data_dir.mkdir()
    _remount_read_only(small_disk)
    started = subprocess.run(
        [sys.executable, "-m", "ui", "--data-dir", str(data_dir), "--no-sound",
         "--language", "en", "--exit-when-ready"], check=False, cwd=ROOT, capture_output=True,
        text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert started.returncode == 2
    assert "is read-only" in started.stderr
    assert "Traceback" not in started.stderr


# ------------------------------------------------------------------------ zero-length file
def test_a_zero_length_database_is_refused_and_never_becomes_a_new_station(settings):
    settings.data_dir.mkdir(parents=True)
    settings.database_path.write_bytes(b"")
    with pytest.raises(EmptyDatabaseError) as error:
        open_core(settings)
    assert str(settings.database_path) in error.value.message.render()
    assert "0 bytes" in error.value.message.render()
    assert "restore the file from its backup" in error.value.next_step.render()
    assert settings.database_path.stat().st_size == 0          # left as it was found
    assert not settings.database_path.with_name("station.sqlite3-wal").exists()
    settings.database_path.unlink()                            # what the message says to do
    core = open_core(settings)                                 # and the folder is not locked
    core.close()


# ------------------------------------------------------------------------ full disk
def test_a_scan_on_a_full_disk_says_the_disk_is_full_and_keeps_what_was_packed(small_disk):
    settings, core, order = _station_with_a_scan(small_disk / "data")
    before = core.store.conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    _fill(small_disk)
    try:
        error = _scan_until_refused(core, ean(core, order.lines[1].product.sku))
        assert "is full" in error.message.render()
        assert "Free space" in error.next_step.render()
    finally:
        core.close()
    (small_disk / "filler").unlink()
    (small_disk / "filler-small").unlink()
    assert _journal_size(settings) >= before


def test_a_station_started_on_a_full_disk_says_the_disk_is_full(small_disk):
    settings, core, _order = _station_with_a_scan(small_disk / "data")
    core.close()
    _fill(small_disk)
    with pytest.raises(DiskFullError) as error:
        open_core(settings)
    assert f"The disk holding {settings.database_path} is full" in error.value.message.render()


def test_sqlite_refusing_more_pages_reads_as_a_full_disk(file_core):
    """The same answer without root: SQLite's page limit gives the error a full disk gives."""
    scan(file_core, "BADGE:P-1001")
    order = find_order(file_core, brand="KAZE", serial=False, min_lines=2, max_quantity=2)
    scan(file_core, order.id)
    pages = file_core.store.conn.execute("PRAGMA page_count").fetchone()[0]
    file_core.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    _scan_until_refused(file_core, ean(file_core, order.lines[0].product.sku))
