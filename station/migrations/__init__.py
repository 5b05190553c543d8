"""Versioned schema migrations: `NNNN_name.sql` files applied once each, in number order.

Features own number ranges so that work on them never collides: 0001-0099 core,
0100-0199 printing, 0200-0299 sync, 0300-0399 returns, 0400-0499 metrics, 0500-0599 scanning,
0600-0699 carriers, 0700-0749 sort wall (0710-0719 gifts and steps to confirm),
0750-0759 kits.
"""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent


def pending(conn: sqlite3.Connection) -> list[Path]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT)"
    )
    applied = {row[0] for row in conn.execute("SELECT id FROM schema_migrations")}
    return [path for path in sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))
            if path.stem not in applied]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply what is pending, each migration in its own transaction. Returns what ran."""
    done = []
    for path in pending(conn):
        script = path.read_text(encoding="utf-8")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)",
                (path.stem, datetime.now(UTC).isoformat()),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        done.append(path.stem)
    return done


def _statements(script: str) -> list[str]:
    """Split a script on semicolons that end a complete statement (triggers included)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
