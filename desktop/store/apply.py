"""Applying server events and snapshots to the cache, in one transaction per batch.

The hot path of the desk: events arrive in batches (a live frame or a replay batch of a
thousand) and are written with ``executemany`` upserts, one statement per entity kind, the
cursor committed in the same transaction. Upserts keyed by id make every apply idempotent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

import sqlite_utils

from desktop.models.changes import Changes
from desktop.store import meta
from protocol.entities import (
    AgentData,
    ConversationData,
    CustomerData,
    MessageData,
    QueueData,
)
from protocol.frames import Event

Entity = QueueData | AgentData | CustomerData | ConversationData | MessageData

_COLUMNS: dict[str, tuple[str, ...]] = {
    "queue": ("id", "name"),
    "agent": ("id", "username", "display_name", "role"),
    "customer": ("id", "name", "email", "phone", "language"),
    "conversation": (
        "id",
        "queue_id",
        "customer_id",
        "customer_name",
        "channel",
        "status",
        "subject",
        "language",
        "assignee_id",
        "created_at",
        "updated_at",
        "last_message_at",
        "last_message_preview",
        "message_count",
    ),
    "message": (
        "id",
        "conversation_id",
        "direction",
        "author_name",
        "author_agent_id",
        "body",
        "created_at",
        "client_ref",
    ),
}
TABLES = {
    "queue": "queues",
    "agent": "agents",
    "customer": "customers",
    "conversation": "conversations",
    "message": "messages",
}


def _upsert_sql(kind: str) -> str:
    cols = _COLUMNS[kind]
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    marks = ", ".join("?" for _ in cols)
    return (
        f"INSERT INTO {TABLES[kind]} ({', '.join(cols)}) VALUES ({marks}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )


UPSERT_SQL = {kind: _upsert_sql(kind) for kind in _COLUMNS}


def _row(entity: Entity) -> tuple[object, ...]:
    return tuple(getattr(entity, c) for c in _COLUMNS[entity.kind])


def _write_entities(
    conn: sqlite3.Connection, entities: Iterable[Entity], deletes: Iterable[tuple[str, int]]
) -> Changes:
    rows: dict[str, dict[int, tuple[object, ...]]] = {kind: {} for kind in _COLUMNS}
    conversations: set[int] = set()
    messages_of: set[int] = set()
    customers: set[int] = set()
    client_refs: list[tuple[str]] = []
    for entity in entities:
        rows[entity.kind][entity.id] = _row(entity)  # the latest state of an id wins
        if isinstance(entity, ConversationData):
            conversations.add(entity.id)
        elif isinstance(entity, MessageData):
            messages_of.add(entity.conversation_id)
            if entity.client_ref:
                client_refs.append((entity.client_ref,))
        elif isinstance(entity, CustomerData):
            customers.add(entity.id)
    for kind, by_id in rows.items():
        if by_id:
            conn.executemany(UPSERT_SQL[kind], by_id.values())
    if client_refs:
        # The server's copy of a reply replaces the desk's pending one.
        conn.executemany("DELETE FROM messages WHERE client_ref = ? AND id < 0", client_refs)
    for kind, entity_id in deletes:
        if kind == "conversation":
            conn.execute("DELETE FROM messages WHERE conversation_id = ?", (entity_id,))
            conversations.add(entity_id)
        elif kind == "message":
            found = conn.execute(
                "SELECT conversation_id FROM messages WHERE id = ?", (entity_id,)
            ).fetchone()
            if found:
                messages_of.add(int(found[0]))
        conn.execute(f"DELETE FROM {TABLES[kind]} WHERE id = ?", (entity_id,))
    return Changes(
        conversations=frozenset(conversations),
        messages_of=frozenset(messages_of),
        customers=frozenset(customers),
        queues=bool(rows["queue"]) or any(k == "queue" for k, _ in deletes),
        agents=bool(rows["agent"]) or any(k == "agent" for k, _ in deletes),
    )


def apply_events(conn: sqlite3.Connection, events: Sequence[Event], upto: int) -> Changes:
    """Apply a batch and advance the cursor to ``upto``, atomically.

    The cursor never moves back: a re-sent older batch (after a ``pull``) re-applies
    idempotently without rewinding it.
    """
    entities: list[Entity] = []
    deletes: list[tuple[str, int]] = []
    for event in events:
        if event.op == "delete":
            if event.kind in TABLES:
                deletes.append((event.kind, event.id))
        elif event.data is not None:
            entities.append(event.data)
    with sqlite_utils.Database(conn).atomic():
        changes = _write_entities(conn, entities, deletes)
        if upto > meta.cursor(conn):
            meta.put(conn, meta.LAST_SEQ, upto)
    return changes


def advance_cursor(conn: sqlite3.Connection, seq: int) -> bool:
    """Move the cursor forward to ``seq`` (a heartbeat or caught-up said nothing visible
    happened before it). Returns whether it moved."""
    if seq <= meta.cursor(conn):
        return False
    meta.put(conn, meta.LAST_SEQ, seq)
    return True


def apply_snapshot(
    conn: sqlite3.Connection, entities: Sequence[Entity], seq: int, epoch: str
) -> Changes:
    """Replace the whole replica with a snapshot, atomically; the outbox and the desk's
    pending replies survive (they are the agent's unsent work)."""
    with sqlite_utils.Database(conn).atomic():
        for table in ("queues", "agents", "customers", "conversations"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM messages WHERE id > 0")
        _write_entities(conn, entities, ())
        meta.put(conn, meta.LAST_SEQ, seq)
        meta.put(conn, meta.EPOCH, epoch)
    return Changes(reset=True)
