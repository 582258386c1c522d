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
class AttachmentRow:
    """A file of a message (``protocol.kinds.conversations.AttachmentRef`` as the cache
    keeps it): the desk fetches its bytes only when the agent opens it."""

    id: int
    name: str
    content_type: str
    size: int
    inline: bool = False
    content_id: str = ""


@dataclass(frozen=True, slots=True)
class MessageRow:
    """One message in the conversation pane. ``pending`` replies wait in the outbox
    (negative ids); ``failed`` carries the reason a reply was refused.

    The channel's part (issue 12): ``delivery`` is where an outbound message stands
    (``queued``, ``sent``, ``delivered``, ``failed``; None for inbound messages, notes and
    phone lines) with the channel's ``delivery_error`` and ``delivery_attempts``; an
    email's sanitised ``html``, its folded ``quoted`` history and its ``attachments``."""

    id: int
    conversation_id: int
    direction: str
    author_name: str
    body: str
    created_at: float
    pending: bool
    delivery: str | None = None
    delivery_error: str = ""
    delivery_attempts: int = 0
    html: str = ""
    quoted: str = ""
    attachments: tuple[AttachmentRow, ...] = ()
