"""Opening the hub's database from a URL or a file path, the same code for both engines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event


def database_url(value: str) -> str:
    """A PostgreSQL URL, an SQLAlchemy URL, or a plain path to an SQLite file."""
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def open_hub_db(value: str, *, create: bool = True) -> Engine:
    """An engine on the hub's database; with `create`, the schema brought up to date first
    (Alembic, sync/hub/migrate.py: a new database, or one made before Alembic, alike)."""
    url = database_url(value)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _sqlite_durable_and_immediate(engine)
    else:
        engine = create_engine(url, pool_size=10, max_overflow=60, pool_pre_ping=True)
    if create:
        from sync.hub.migrate import upgrade

        upgrade(engine)
    return engine


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _sqlite_durable_and_immediate(engine: Engine) -> None:
    """WAL, full sync, and `BEGIN IMMEDIATE` so writers queue instead of failing halfway
    (SQLAlchemy's documented recipe for pysqlite's transaction handling)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
