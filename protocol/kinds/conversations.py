"""Conversations: queues, agents, customers, conversation headers and messages."""

from __future__ import annotations

from typing import Literal

from protocol.kinds.base import EntityBase

Channel = Literal["chat", "email", "phone"]
ConversationStatus = Literal["open", "pending", "snoozed", "resolved"]
MessageDirection = Literal["in", "out", "note"]
Language = str  # a BCP 47 tag: en, zh-Hans, zh-Hant, fi, ...


class QueueData(EntityBase):
    """A routing queue the agent belongs to."""

    kind: Literal["queue"] = "queue"
    id: int
    name: str


class AgentData(EntityBase):
    """A colleague (or the signed-in agent): enough to show names and presence."""

    kind: Literal["agent"] = "agent"
    id: int
    username: str
    display_name: str
    role: Literal["agent", "supervisor"] = "agent"


class ConversationData(EntityBase):
    """A conversation's header: what the inbox lists. Messages travel separately."""

    kind: Literal["conversation"] = "conversation"
    id: int
    queue_id: int
    customer_id: int
    customer_name: str
    channel: Channel
    status: ConversationStatus
    subject: str = ""
    language: Language = "en"
    assignee_id: int | None = None
    created_at: float
    updated_at: float
    last_message_at: float
    last_message_preview: str = ""
    message_count: int = 0


class MessageData(EntityBase):
    """One message of a conversation. ``client_ref`` links a reply to the desk mutation
    that created it (``"<client_id>:<mutation_id>"``), so the desk can swap its pending
    copy for the real one in the same transaction."""

    kind: Literal["message"] = "message"
    id: int
    conversation_id: int
    direction: MessageDirection
    author_name: str
    author_agent_id: int | None = None
    body: str
    created_at: float
    client_ref: str | None = None
