"""The schedules' tables: ``shifts`` (one row per agent's shift) and ``workforce_policy``.

A shift's activities, queues and languages are small lists always read whole with the
shift, so they are JSON text columns (``[{"type": .., "start": .., "end": ..}]``,
``[1, 2]``, ``["fi", "en"]``). ``start``/``end`` are copies of the first and last
activity's times (UTC UNIX seconds) so "my shifts this week" and "who works at 10:00" are
index range scans. ``week`` is the ISO Monday the planner published it in, in
``timezone``: an import replaces an agent's week, and ``schedule.publish`` names one.

The policy is one row (``id`` 1) holding :class:`~protocol.kinds.workforce.
WorkforcePolicyData` as JSON: it is read and written whole, and a new rule (a field with
a default) needs no migration.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

shifts = sa.Table(
    "shifts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
    sa.Column("start", sa.Float, nullable=False),
    sa.Column("end", sa.Float, nullable=False),
    sa.Column("activities", sa.Text, nullable=False),
    sa.Column("queue_ids", sa.Text, nullable=False, server_default="[]"),
    sa.Column("min_level", sa.Integer, nullable=False, server_default="1"),
    sa.Column("languages", sa.Text, nullable=False, server_default="[]"),
    sa.Column("week", sa.String(10), nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC"),
    sa.Column("published", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("updated_at", sa.Float, nullable=False, server_default="0"),
    sa.Index("ix_shifts_agent_start", "agent_id", "start"),
    sa.Index("ix_shifts_start", "start"),
    # Ids are never reused: a trade or a desk's cache that names a removed shift must
    # not find a different one under its id after an import replaced the week.
    sqlite_autoincrement=True,
)

workforce_policy = sa.Table(
    "workforce_policy",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False, server_default="0"),
)
