"""Knowledge base: articles, call scripts and helpful votes (one per agent and article).

Written out in full, like 0001, so it stays what it was when later revisions change the
live definitions in the ``tables.py`` modules.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``articles``, ``scripts`` and ``votes``."""
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slug", sa.String(200), nullable=False, unique=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("lang", sa.String(35), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("category", sa.String(200), nullable=False, server_default=""),
        sa.Column("section", sa.String(200), nullable=False, server_default=""),
        sa.Column("tags", sa.Text, nullable=False, server_default="[]"),
        sa.Column("status", sa.String(20), nullable=False, server_default="published"),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("translations", sa.Text, nullable=False, server_default="[]"),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.Column("helpful_up", sa.Integer, nullable=False, server_default="0"),
        sa.Column("helpful_down", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "scripts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slug", sa.String(200), nullable=False, unique=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("lang", sa.String(35), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_table(
        "votes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("comment", sa.Text),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.UniqueConstraint("article_id", "agent_id", name="uq_votes_article_agent"),
    )


def downgrade() -> None:
    """Drop what 0002 created."""
    for name in ("votes", "scripts", "articles"):
        op.drop_table(name)
