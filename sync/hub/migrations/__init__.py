"""The hub's schema as Alembic migrations (sync/hub/migrate.py runs them)."""
