"""Where this station has read the hub's feed up to, kept with the records it applied."""

from __future__ import annotations

import sqlite3

_KEY = "feed_cursor"


def get_cursor(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (_KEY,)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def set_cursor(conn: sqlite3.Connection, position: int) -> None:
    conn.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                 (_KEY, str(position)))
