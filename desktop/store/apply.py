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
from desktop.store import kb_apply, meta
from protocol.entities import (
    ArticleData,
    ConversationData,
    CustomerData,
    EntityBase,
    MessageData,
    ScriptData,
    VoteData,
)
from protocol.frames import Event

Entity = EntityBase
KNOWLEDGE_KINDS = frozenset({"article", "script", "vote"})
_KNOWLEDGE_TYPES = (ArticleData, ScriptData, VoteData)

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


def _row(entity: EntityBase) -> tuple[object, ...]:
    return tuple(getattr(entity, c) for c in _COLUMNS[entity.kind])


def _delete(
    conn: sqlite3.Connection,
    deletes: Iterable[tuple[str, int]],
    conversations: set[int],
    messages_of: set[int],
) -> None:
    """Delete conversation-side rows (knowledge kinds are ``kb_apply``'s)."""
    for kind, entity_id in deletes:
        if kind in KNOWLEDGE_KINDS:
            continue
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


def _write_entities(
    conn: sqlite3.Connection,
    entities: Iterable[Entity],
    deletes: Iterable[tuple[str, int]],
    *,
    reindex_all: bool = False,
) -> Changes:
    rows: dict[str, dict[int, tuple[object, ...]]] = {kind: {} for kind in _COLUMNS}
    conversations: set[int] = set()
    messages_of: set[int] = set()
    customers: set[int] = set()
    client_refs: list[tuple[str]] = []
    knowledge: list[kb_apply.KnowledgeEntity] = []
    for entity in entities:
        if isinstance(entity, _KNOWLEDGE_TYPES):
            knowledge.append(entity)
            continue
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
    deletes = list(deletes)
    articles, scripts = kb_apply.write(
        conn,
        knowledge,
        [(k, i) for k, i in deletes if k in KNOWLEDGE_KINDS],
        reindex_all=reindex_all,
    )
    _delete(conn, deletes, conversations, messages_of)
    return Changes(
        conversations=frozenset(conversations),
        messages_of=frozenset(messages_of),
        customers=frozenset(customers),
        queues=bool(rows["queue"]) or any(k == "queue" for k, _ in deletes),
        agents=bool(rows["agent"]) or any(k == "agent" for k, _ in deletes),
        articles=articles,
        scripts=scripts,
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
            if event.kind in TABLES or event.kind in KNOWLEDGE_KINDS:
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
    pending replies survive (they are the agent's unsent work), and so do the desk-only
    favourites and recently viewed articles and the agent's pending votes. The search
    index is rebuilt from the snapshot's articles in the same transaction."""
    with sqlite_utils.Database(conn).atomic():
        for table in ("queues", "agents", "customers", "conversations", "articles", "scripts"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM messages WHERE id > 0")
        conn.execute("DELETE FROM votes WHERE id > 0")
        _write_entities(conn, entities, (), reindex_all=True)
        meta.put(conn, meta.LAST_SEQ, seq)
        meta.put(conn, meta.EPOCH, epoch)
    return Changes(reset=True)
