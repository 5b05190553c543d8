"""The site aggregate counts the carrier label check (LabelChecked, WrongLabelScanned,
LabelReissued) as category "label", as the station's migration 0410 does: the label checks
the hub already holds are counted once here. No table changes.

The count calls `sync/hub/site_metrics.count_label_checks` as it is at this revision.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sync.hub.site_metrics import count_label_checks

    count_label_checks(op.get_bind())


def downgrade() -> None:
    op.execute("DELETE FROM site_metrics_category WHERE kind = 'label'")
