"""The tables several server processes on one PostgreSQL database share for what is not in
the event log: which processes are alive, how many desk sockets each holds per agent,
each agent's presence across all of them, and who is viewing or typing where
(``server.core.pg_shared``; docs/scale-out.md "What the processes share").

A one-process SQLite server keeps all of this in memory (``server.core.connections``,
``server.core.activity``) and never touches these tables; they exist there too so one
schema serves both databases. On PostgreSQL the ephemeral ones are ``UNLOGGED`` (revision
0021): a database crash empties them, which loses nothing, as every process writes its
part again on its next heartbeat.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

cluster_processes = sa.Table(
    "cluster_processes",
    metadata,
    sa.Column("process_id", sa.String(100), primary_key=True),
    sa.Column("pid", sa.Integer, nullable=False),
    sa.Column("started_at", sa.Float, nullable=False),
    sa.Column("seen_at", sa.Float, nullable=False),
)
"""One row per live process, refreshed every heartbeat; a stale row is a dead process."""

desk_sockets = sa.Table(
    "desk_sockets",
    metadata,
    sa.Column("process_id", sa.String(100), primary_key=True),
    sa.Column("agent_id", sa.Integer, primary_key=True),
    sa.Column("count", sa.Integer, nullable=False),
)
"""Open desk websockets per process and agent (no row: none)."""

desk_presence = sa.Table(
    "desk_presence",
    metadata,
    sa.Column("agent_id", sa.Integer, primary_key=True),
    sa.Column("state", sa.String(10), nullable=False),
    sa.Column("until", sa.Float),
    sa.Column("signed_out_at", sa.Float),
)
"""Each agent's presence across the processes: ``here`` (a socket open somewhere),
``leaving`` (none since; away at ``until`` unless one opens) or ``away`` (the away hooks
ran). Kept (logged) so a restarted centre still makes away whoever never came back."""

activity_states = sa.Table(
    "activity_states",
    metadata,
    sa.Column("process_id", sa.String(100), primary_key=True),
    sa.Column("conn_key", sa.String(200), primary_key=True),
    sa.Column("conversation_id", sa.Integer, nullable=False),
    sa.Column("queue_id", sa.Integer, nullable=False),
    sa.Column("agent_id", sa.Integer, nullable=False),
    sa.Column("state", sa.String(10), nullable=False),
    sa.Column("until", sa.Float, nullable=False),
    sa.Index("ix_activity_states_conversation", "conversation_id"),
)
"""Who is viewing or typing where, per connection of each process (agent 0: the web chat
customer typing); a row lapses at ``until`` unless its process repeats it."""
