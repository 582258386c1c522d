"""The knowledge domain's tables: articles, call scripts, helpful votes, and images
(content-addressed, in the database rather than in files)."""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

articles = sa.Table(
    "articles",
    metadata,
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

scripts = sa.Table(
    "scripts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("slug", sa.String(200), nullable=False, unique=True),
    sa.Column("title", sa.String(500), nullable=False),
    sa.Column("lang", sa.String(35), nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)

votes = sa.Table(
    "votes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
    sa.Column("value", sa.Integer, nullable=False),
    sa.Column("comment", sa.Text),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.UniqueConstraint("article_id", "agent_id", name="uq_votes_article_agent"),
)

kb_assets = sa.Table(
    "kb_assets",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("content_type", sa.String(100), nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
)
