"""The canned domain's table: shared and personal replies in one table.

``queue_id`` NULL is a shared reply for every queue; ``owner_id`` is set for personal
replies only. Shared replies are unique by (queue, shortcut) and personal ones by (owner,
shortcut); SQL unique indexes treat NULLs as distinct, so the importer and the save
handler check these under the write gate instead.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

canned_replies = sa.Table(
    "canned_replies",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("scope", sa.String(10), nullable=False),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id")),
    sa.Column("owner_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("shortcut", sa.String(32), nullable=False),
    sa.Column("title", sa.String(500), nullable=False),
    sa.Column("variants", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Index("ix_canned_owner_shortcut", "owner_id", "shortcut"),
    sa.Index("ix_canned_queue_shortcut", "queue_id", "shortcut"),
)
