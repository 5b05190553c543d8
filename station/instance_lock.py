"""One station app per data folder.

Two apps on one database would both pack the same order. The core therefore holds an OS-level
lock on `station.lock` beside `station.sqlite3` for as long as it is open: `flock` on POSIX,
`msvcrt.locking` on Windows. The operating system drops the lock when the process ends, however
it ends (a crash or `kill -9` included), so a stale lock file never keeps a station closed.
Cores opened by the same process (a background thread's own connection) share the lock; the
last one closed frees it.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import IO

from station.errors import StationError
from station.messages import msg
from station.storage_errors import storage_error

LOCK_NAME = "station.lock"


class AlreadyRunningError(StationError):
    """Another process has this data folder open."""


class _Held:
    """The open, locked file of one folder, shared by the cores this process has open on it."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle
        self.users = 1


# flock belongs to one open file, so a second open in this same process would refuse itself.
# One process is one app: its own extra cores (a background thread's connection) share it.
_HELD: dict[Path, _Held] = {}
_HELD_GUARD = threading.Lock()


class DataDirLock:
    """The held lock; `release()` (or the end of the process) frees it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._released = False

    @classmethod
    def acquire(cls, data_dir: Path) -> DataDirLock:
        """Take the folder's lock or raise `AlreadyRunningError` at once (never waits)."""
        path = data_dir / LOCK_NAME
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            key = path.resolve()
        except OSError as error:
            raise storage_error(path, error) from error
        with _HELD_GUARD:
            held = _HELD.get(key)
            if held is not None:
                held.users += 1
                return cls(key)
            _HELD[key] = _Held(_open_locked(data_dir, path))
        return cls(key)

    @property
    def held(self) -> bool:
        return not self._released

    def release(self) -> None:
        with _HELD_GUARD:
            if self._released:
                return
            self._released = True
            held = _HELD[self.path]
            held.users -= 1
            if held.users:
                return
            del _HELD[self.path]
        try:
            _unlock(held.handle)
        finally:
            held.handle.close()


def _open_locked(data_dir: Path, path: Path) -> IO[str]:
    try:
        handle = path.open("a+", encoding="utf-8")
    except OSError as error:
        raise storage_error(path, error) from error
    try:
        _lock(handle)
    except OSError as error:
        handle.close()
        raise AlreadyRunningError(
            msg("Storage", "The station is already running on {folder}.",
                folder=str(data_dir)),
            msg("Storage", "Use the window that is already open. If none is visible, "
                "wait a moment and start again, or restart the computer."),
        ) from error
    try:
        # The holder's process id, for whoever looks at the file; the lock is the truth.
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
    except OSError as error:
        _unlock(handle)
        handle.close()
        raise storage_error(path, error) from error
    return handle


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
