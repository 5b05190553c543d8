"""Bringing a hub's database to the schema this code expects, with Alembic.

Every start runs it (`open_hub_db`), and `python -m sync.hub migrate` on its own. A hub made
by create_all before Alembic (no `alembic_version` table) is recognised by the baseline
revision, which creates only the tables it lacks, so its rows stay as they are. Migrations
run in one transaction, holding a lock, so two hub processes starting at once migrate once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant both hub processes agree on: the key of PostgreSQL's advisory lock.
_LOCK_KEY = 0x6875626D  # "hubm"


@dataclass(frozen=True)
class Migrated:
    before: str | None      # None: a database not yet under Alembic (new, or made by create_all)
    after: str | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def config(conn: Connection) -> Config:
    cfg = _bare_config()
    cfg.attributes["connection"] = conn
    return cfg


def head() -> str | None:
    return ScriptDirectory.from_config(_bare_config()).get_current_head()


def current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> Migrated:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        # (SQLite: the hub's engine begins with BEGIN IMMEDIATE, which is the lock.)
        before = current(conn)
        command.upgrade(config(conn), revision)
        return Migrated(before, current(conn))


def draft(engine: Engine, message: str) -> None:
    """Write a new revision file from the difference between `schema.py` and `engine`'s
    database (at the current head): a draft for a person to read and finish."""
    latest = head()
    number = f"{int(latest) + 1:04d}" if latest and latest.isdigit() else None
    with engine.begin() as conn:
        command.revision(config(conn), message=message, autogenerate=True, rev_id=number)


def _bare_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg
