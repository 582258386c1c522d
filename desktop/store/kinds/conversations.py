"""Store declarations of the conversations domain: queues, agents, customers,
conversation headers and messages (tables made by schema migration ``_v1``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from desktop.store import search_index
from desktop.store.kinds.base import StoreKind
from desktop.store.kinds.customers import (
    CUSTOMER_COLUMNS,
    CUSTOMER_NOTE,
    customer_row,
    drop_erased,
)
from protocol.entities import AgentData, ConversationData, CustomerData, MessageData, QueueData


def _replace_pending_replies(conn: sqlite3.Connection, messages: Sequence[MessageData]) -> None:
    """The server's copy of a reply replaces the desk's pending one (negative id, same
    ``client_ref``) in the transaction that brings it."""
    refs = [(m.client_ref,) for m in messages if m.client_ref]
    if refs:
        conn.executemany("DELETE FROM messages WHERE client_ref = ? AND id < 0", refs)


def _delete_conversation(conn: sqlite3.Connection, conversation_id: int) -> Iterable[int]:
    conn.execute("DELETE FROM messages WHERE conversation_id = ?", (conversation_id,))
    conn.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
    return (conversation_id,)


def _delete_message(conn: sqlite3.Connection, message_id: int) -> Iterable[int]:
    """Deletes a message; touches its conversation's message list (if it was cached)."""
    found = conn.execute(
        "SELECT conversation_id FROM messages WHERE id = ?", (message_id,)
    ).fetchone()
    conn.execute("DELETE FROM messages WHERE id = ?", (message_id,))
    return (int(found[0]),) if found else ()


def message_row(message: MessageData) -> tuple[object, ...]:
    """The ``messages`` row of an entity: attachments as JSON text."""
    return (
        message.id,
        message.conversation_id,
        message.direction,
        message.author_name,
        message.author_agent_id,
        message.body,
        message.created_at,
        message.client_ref,
        message.delivery,
        message.delivery_error,
        message.delivery_attempts,
        message.html,
        message.quoted,
        json.dumps([a.model_dump() for a in message.attachments], ensure_ascii=False),
    )


QUEUE = StoreKind(
    model=QueueData, table="queues", columns=("id", "name"), topic="queues", migration="_v1"
)
AGENT = StoreKind(
    model=AgentData,
    table="agents",
    columns=("id", "username", "display_name", "role"),
    topic="agents",
    migration="_v1",
)
CUSTOMER = StoreKind(
    model=CustomerData,
    table="customers",
    columns=CUSTOMER_COLUMNS,  # the profile's columns came with _v13 (kinds/customers.py)
    row=customer_row,
    topic="customers",
    migration="_v1",
    after=drop_erased,  # an erased customer's profile and notes leave the cache
    follow=search_index.follow_customers,  # names, emails and phones are searchable
)
CONVERSATION = StoreKind(
    model=ConversationData,
    table="conversations",
    columns=(
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
    topic="conversations",
    migration="_v1",
    delete=_delete_conversation,
    follow=search_index.follow_conversations,  # the search index, same transaction
)
MESSAGE = StoreKind(
    model=MessageData,
    table="messages",
    columns=(
        "id",
        "conversation_id",
        "direction",
        "author_name",
        "author_agent_id",
        "body",
        "created_at",
        "client_ref",
        "delivery",  # the channel's columns came with _v16
        "delivery_error",
        "delivery_attempts",
        "html",
        "quoted",
        "attachments",
    ),
    row=message_row,
    topic="messages_of",
    touched_by="conversation_id",
    migration="_v1",
    replaced="id > 0",  # pending replies (negative ids) are the agent's unsent work
    after=_replace_pending_replies,
    delete=_delete_message,
    follow=search_index.follow_messages,  # searchable in the transaction that applies it
)

KINDS: tuple[StoreKind, ...] = (QUEUE, AGENT, CUSTOMER, CUSTOMER_NOTE, CONVERSATION, MESSAGE)
"""The domain's declarations, parents before children (the customer's notes, declared in
``kinds/customers.py``, right after the customer)."""
