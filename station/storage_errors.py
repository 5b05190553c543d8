"""What went wrong with the station's storage, in words a packer or supervisor can act on.

Each kind of trouble is its own `StorageError` with its own next step: a read-only folder, an
empty database file (refused, never silently a new station), a full disk, a damaged file."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from station.errors import StorageError
from station.messages import msg

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# Less room than this when a write fails: the disk is full, whatever the error's words.
_NEARLY_FULL_BYTES = 1 << 20


class ReadOnlyStorageError(StorageError):
    """The data folder or the database cannot be written."""


class DiskFullError(StorageError):
    """The disk (or the user's quota) is full."""


class EmptyDatabaseError(StorageError):
    """`station.sqlite3` exists with zero bytes: opening it would make a new station."""


class DamagedDatabaseError(StorageError):
    """The file is not a readable SQLite database."""


def read_only_folder(folder: Path) -> ReadOnlyStorageError:
    return ReadOnlyStorageError(
        msg("Storage", "The data folder {folder} is read-only: the station cannot record "
            "anything there.", folder=str(folder)),
        msg("Storage", "Give the station's user write access to the folder (or start with "
            "--data-dir on a writable one), then start again. Nothing has been changed."),
    )


def read_only_file(path: Path | None) -> ReadOnlyStorageError:
    return ReadOnlyStorageError(
        msg("Storage", "The station database {path} cannot be written.", path=_where(path)),
        msg("Storage", "Check the disk and the file's permissions, then restart."),
    )


def full(path: Path | None) -> DiskFullError:
    return DiskFullError(
        msg("Storage", "The disk holding {path} is full: nothing more can be recorded.",
            path=_where(path)),
        msg("Storage", "Free space on that disk (old print files, logs, downloads), then try "
            "again. Everything recorded before is kept."),
    )


def empty_file(path: Path) -> EmptyDatabaseError:
    return EmptyDatabaseError(
        msg("Storage", "The station database {path} is empty (0 bytes). The station does not "
            "start on it, so that it never becomes a new station by accident.", path=str(path)),
        msg("Storage", "If this station has never been used, delete the empty file and start "
            "again. Otherwise restore the file from its backup, or call a supervisor: do not "
            "start the station until then."),
    )


def storage_error(path: Path | None, error: BaseException) -> StorageError:
    """The message for an error met while opening or writing the database at `path`."""
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    if (code == sqlite3.SQLITE_FULL or "disk is full" in text
            or (isinstance(error, OSError) and error.errno in _FULL_ERRNOS)):
        return full(path)
    if path is not None and not _writable(path.parent) and (
            code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN)
            or isinstance(error, OSError)):
        return read_only_folder(path.parent)
    if (code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text
            or (isinstance(error, OSError) and error.errno in _READ_ONLY_ERRNOS)):
        return read_only_file(path)
    if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT) or (
            "not a database" in text or "malformed" in text or "corrupt" in text):
        return DamagedDatabaseError(
            msg("Storage", "The station database {path} is damaged.", path=_where(path)),
            msg("Storage",
                "Do not delete it. Call a supervisor: events not yet synced are inside it."),
        )
    if path is not None and _nearly_full(path.parent):
        # SQLite meets a full disk as "disk I/O error" when its shared-memory file cannot grow.
        return full(path)
    return StorageError(
        msg("Storage", "The station database {path} cannot be opened: {reason}",
            path=_where(path), reason=str(error)),
        msg("Storage", "Check that the data folder exists and the disk is not full."),
    )


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def _writable(folder: Path) -> bool:
    """Whether files can be made in `folder` (or the nearest folder above it that exists):
    False on a read-only mount even for root."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _where(path: Path | None) -> str:
    return str(path) if path is not None else ":memory:"
