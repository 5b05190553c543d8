"""A partial index on the webhook deliveries still waiting, which the worker's claim reads
(sync/hub/webhooks.py): the lookup stays as small as the backlog.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_WAITING = sa.text("delivered_at IS NULL AND failed_at IS NULL")


def upgrade() -> None:
    op.create_index("oms_deliveries_pending", "oms_deliveries", ["webhook", "position"],
                    sqlite_where=_WAITING, postgresql_where=_WAITING)


def downgrade() -> None:
    op.drop_index("oms_deliveries_pending", table_name="oms_deliveries")
