"""Knowledge images: content-addressed (SHA-256) blobs that articles reference as
``asset:<sha256>``.

Written out in full, like 0001 and 0002.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``kb_assets``."""
    op.create_table(
        "kb_assets",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    """Drop ``kb_assets``."""
    op.drop_table("kb_assets")
