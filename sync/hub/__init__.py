"""The reference central service ("hub"): FastAPI on uvicorn, SQLAlchemy Core on SQLite or
PostgreSQL. Processes hold no state; the database is the truth, so several can serve one."""
