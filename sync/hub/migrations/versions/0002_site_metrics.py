"""The site throughput's hourly aggregate (sync/hub/site_metrics.py), backfilled from the
events the hub already holds.

The backfill folds every stored event with sync/hub/site_metrics.py as it is at this
revision; a later revision that changes these tables must freeze its own copy of the fold.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TABLES = (
    "site_metrics_hour",
    "site_metrics_category",
    "site_metrics_pack_time",
    "site_metrics_pack_day",
    "site_metrics_last",
    "site_metrics_order",
    "site_metrics_brand",
    "site_metrics_exception",
)


def upgrade() -> None:
    op.create_table(
        "site_metrics_brand",
        sa.Column("subject", sa.String(length=128), nullable=False),
        sa.Column("brand", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("subject"),
    )
    op.create_table(
        "site_metrics_category",
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("hour", sa.String(length=13), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("brand", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site", "hour", "station", "user", "brand", "kind", "name"),
    )
    op.create_table(
        "site_metrics_exception",
        sa.Column("subject", sa.String(length=128), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=True),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("ts", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("subject"),
    )
    op.create_index(
        "site_metrics_exception_open",
        "site_metrics_exception",
        ["site", "type", "ts"],
        unique=False,
    )
    op.create_table(
        "site_metrics_hour",
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("hour", sa.String(length=13), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("brand", sa.Text(), nullable=False),
        sa.Column("orders", sa.BigInteger(), nullable=False),
        sa.Column("units", sa.BigInteger(), nullable=False),
        sa.Column("active_ms", sa.BigInteger(), nullable=False),
        sa.Column("wrong_scans", sa.BigInteger(), nullable=False),
        sa.Column("print_failures", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site", "hour", "station", "user", "brand"),
    )
    op.create_table(
        "site_metrics_last",
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("ts", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("station", "user"),
    )
    op.create_table(
        "site_metrics_order",
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=128), nullable=False),
        sa.Column("last_ts", sa.String(length=40), nullable=True),
        sa.Column("pack_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("station", "subject"),
    )
    op.create_table(
        "site_metrics_pack_time",
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("hour", sa.String(length=13), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("brand", sa.Text(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.Column("orders", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site", "hour", "station", "user", "brand", "seconds"),
    )
    op.create_table(
        "site_metrics_pack_day",
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("brand", sa.Text(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.Column("orders", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site", "day", "station", "user", "brand", "seconds"),
    )
    from sync.hub.site_metrics import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_index("site_metrics_exception_open", table_name="site_metrics_exception")
    for table in _TABLES:
        op.drop_table(table)
