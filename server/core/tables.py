"""The house's own tables: who works where (agents, queues, memberships), sessions, each
desk's mutation counter, and the event log.

They live in the core because visibility (:mod:`server.core.visibility`), sign-in and
replication need them whatever domains exist; a domain's own tables live beside its code
(``server/domains/<domain>/tables.py``). All attach to :data:`server.db.metadata.metadata`.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

agents = sa.Table(
    "agents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(100), nullable=False, unique=True),
    sa.Column("display_name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False, server_default="agent"),
    sa.Column("password_hash", sa.String(255), nullable=False),
)

queues = sa.Table(
    "queues",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
)

agent_queues = sa.Table(
    "agent_queues",
    metadata,
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), primary_key=True),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), primary_key=True),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
)

client_state = sa.Table(
    "client_state",
    metadata,
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), primary_key=True),
    sa.Column("client_id", sa.String(64), primary_key=True),
    sa.Column("last_mutation_id", sa.BigInteger, nullable=False, server_default="0"),
    sa.Index("ix_client_state_client", "client_id"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("entity_id", sa.Integer, nullable=False),
    sa.Column("op", sa.String(10), nullable=False),
    sa.Column("queue_id", sa.Integer),
    sa.Column("agent_id", sa.Integer),
    sa.Column("payload", sa.Text),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Index("ix_events_kind_entity", "kind", "entity_id"),
    sqlite_autoincrement=True,
)
"""``ix_events_kind_entity`` lets a GDPR erase find every stored event of one entity
without scanning the log under the write gate (revision 0013)."""

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Float, nullable=False),
    sa.Column("actor_id", sa.Integer),
    sa.Column("actor_name", sa.String(200), nullable=False, server_default=""),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("customer_id", sa.Integer),
    sa.Column("detail", sa.String(500), nullable=False, server_default=""),
    sa.Index("ix_audit_log_customer", "customer_id", "id"),
    sa.Index("ix_audit_log_action", "action", "id"),
    sqlite_autoincrement=True,
)
"""Who read, exported, erased or merged which customer, and retention changes and runs
(:mod:`server.core.audit`). No foreign keys: the trail outlives agents and customers, and
``detail`` holds ids and counts only, so an erased customer's trail stays as it is."""
