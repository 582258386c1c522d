"""Rows read from the cache for display."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConversationRow:
    """One inbox line."""

    id: int
    queue_id: int
    customer_id: int
    customer_name: str
    channel: str
    status: str
    subject: str
    language: str
    assignee_id: int | None
    last_message_at: float
    last_message_preview: str
    message_count: int


@dataclass(frozen=True, slots=True)
class MessageRow:
    """One message in the conversation pane. ``pending`` replies wait in the outbox
    (negative ids); ``failed`` carries the reason a reply was refused."""

    id: int
    conversation_id: int
    direction: str
    author_name: str
    body: str
    created_at: float
    pending: bool
