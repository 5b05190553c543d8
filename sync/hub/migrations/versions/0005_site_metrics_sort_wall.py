"""The site aggregate counts the sort wall (units sorted, strays, sort exceptions, batches
closed) as category "sort", under no brand, as the station's migration 0720 keeps
`metrics_sort`: the sort events the hub already holds are counted once here. No table
changes.

The count calls `sync/hub/site_metrics.count_sort_events` as it is at this revision.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sync.hub.site_metrics import count_sort_events

    count_sort_events(op.get_bind())


def downgrade() -> None:
    op.execute("DELETE FROM site_metrics_category WHERE kind = 'sort'")
