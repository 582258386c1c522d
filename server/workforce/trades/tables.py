"""The trades' tables: ``swaps`` (with ``swap_queues``, the board's index) and ``time_off``.

A swap keeps the summaries of its shifts as they were when it was posted and accepted
(JSON), so a colleague's board and the history show what was traded even after the
shifts moved; ``shift_id`` and ``accepter_shift_id`` point at the live rows the approval
reassigns, cleared (NULL) when a re-import or a supervisor removes the shift (the
expiry job then ends an open swap at once). ``violations`` and ``history`` are small
lists always read whole (JSON).
``starts_at`` is the earlier start of the traded shifts and ``expires_at`` the notice
deadline, so the expiry job finds every due swap with one indexed range read.

``swap_queues`` lists the queues of a board post (no target): an agent sees a post of
their queues, and SQL can say so without parsing JSON.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

swaps = sa.Table(
    "swaps",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("type", sa.String(10), nullable=False),
    sa.Column("initiator_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
    sa.Column("shift_id", sa.Integer, sa.ForeignKey("shifts.id")),
    sa.Column("shift", sa.Text, nullable=False),
    sa.Column("target_agent_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("accepter_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("accepter_shift_id", sa.Integer, sa.ForeignKey("shifts.id")),
    sa.Column("accepter_shift", sa.Text),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("review_comment", sa.Text, nullable=False, server_default=""),
    sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("violations", sa.Text, nullable=False, server_default="[]"),
    sa.Column("history", sa.Text, nullable=False, server_default="[]"),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("starts_at", sa.Float, nullable=False),
    sa.Index("ix_swaps_state_expires", "state", "expires_at"),
    sa.Index("ix_swaps_shift", "shift_id"),
    sa.Index("ix_swaps_initiator", "initiator_id"),
)
"""``state`` is one of ``protocol.kinds.workforce.SWAP_STATES``."""

swap_queues = sa.Table(
    "swap_queues",
    metadata,
    sa.Column("swap_id", sa.Integer, sa.ForeignKey("swaps.id"), primary_key=True),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), primary_key=True),
    sa.Index("ix_swap_queues_queue", "queue_id"),
)

time_off = sa.Table(
    "time_off",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("start", sa.Float, nullable=False),
    sa.Column("end", sa.Float, nullable=False),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("review_comment", sa.Text, nullable=False, server_default=""),
    sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("violations", sa.Text, nullable=False, server_default="[]"),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Index("ix_time_off_agent_start", "agent_id", "start"),
)
"""``state`` is one of ``protocol.kinds.workforce.TIME_OFF_STATES``."""
