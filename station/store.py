"""The station's local SQLite database: opened durable, migrated, written by one writer.

WAL with `synchronous=FULL` syncs the log at every commit, so an acknowledged scan survives
`kill -9` and power loss. Writes start with `BEGIN IMMEDIATE` so a write never upgrades late
and fails with SQLITE_BUSY halfway through a scan.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from station import migrations
from station.storage_errors import empty_file, storage_error


@contextmanager
def _absent(*names: str) -> Iterator[None]:
    """Modules not loaded yet look uninstalled to the imports inside the block (a `None` in
    `sys.modules` makes `import` raise ImportError)."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


if TYPE_CHECKING:
    import sqlite_utils

_LOADING = threading.Lock()


def load_sqlite_utils() -> None:
    """Import sqlite-utils, once. It imports numpy and pandas when they are installed, to type
    columns of their values; the station never stores them, and numpy (there for the camera)
    was ~50 ms of the start, so they are hidden from it. The app calls this on the UI thread
    right after its window is up, before its other threads start (a thread importing numpy
    while it is hidden would fail)."""
    with _LOADING:
        if "sqlite_utils" in sys.modules:
            return
        with _absent("numpy", "pandas"):
            import sqlite_utils  # noqa: F401


class Store:
    """One open station database. Every state change goes through `write()`."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._conn = conn
        self._db: sqlite_utils.Database | None = None
        self.path = path

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, made on first use: a start that writes nothing
        does not import it (~40 ms with click, pluggy and dateutil)."""
        if self._db is None:
            load_sqlite_utils()
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn)
        return self._db

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction: the state change and its journal event commit together or not at
        all. Nested calls join the outer transaction (sqlite-utils uses savepoints inside)."""
        if self.conn.in_transaction:
            yield self.db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise storage_error(self.path, error) from error
        try:
            yield self.db
        except sqlite3.Error as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise storage_error(self.path, error) from error
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise storage_error(self.path, error) from error

    def close(self) -> None:
        self._conn.close()


def open_store(path: Path | None) -> Store:
    """Open (creating if needed) and migrate the database at `path`; `None` means in memory.

    An existing file of zero bytes is refused: SQLite would take it for a new, empty database
    and the station would start again as a new station, its history gone."""
    conn: sqlite3.Connection | None = None
    try:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists() and path.stat().st_size == 0:
                raise empty_file(path)
        # Autocommit at the driver: transactions are only the explicit ones of `write()`, so
        # a stray statement can never leave an implicit transaction holding the write lock.
        conn = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False,
                               isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 5000")
        if path is not None:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        store = Store(conn, path)
        migrations.migrate(store.conn)
    except (sqlite3.DatabaseError, OSError) as error:
        if conn is not None:
            conn.close()
        raise storage_error(path, error) from error
    return store
