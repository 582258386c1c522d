"""Conversations: queues, agents, customers, conversation headers and messages."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from protocol.kinds.base import EntityBase

Channel = Literal["chat", "email", "phone"]
ConversationStatus = Literal["open", "pending", "snoozed", "resolved"]
MessageDirection = Literal["in", "out", "note"]
Language = str  # a BCP 47 tag: en, zh-Hans, zh-Hant, fi, ...
DeliveryState = Literal["queued", "sent", "delivered", "failed"]
"""Where an outbound message stands on its channel (issue 12): ``queued`` until the
channel takes it, ``sent`` once the channel accepted it (an SMTP relay said 250, a chat
page's socket was written), ``delivered`` when the channel confirms the customer has it
(the chat page acknowledged it), ``failed`` with the channel's error once retries are
exhausted or the error is permanent. Inbound messages, notes and phone lines have none."""

MAX_ATTACHMENTS = 50
MAX_ATTACHMENT_NAME_CHARS = 255
MAX_CONTENT_TYPE_CHARS = 127
MAX_DELIVERY_ERROR_CHARS = 500
MAX_HTML_CHARS = 400_000
"""Sanitised HTML of one email; a larger one keeps only its text part."""


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


class AttachmentRef(BaseModel):
    """A file that came with (or went out with) a message. The bytes are not synced: a
    desk fetches them on demand (``GET /api/attachments/{id}``, for agents who see the
    conversation) and opens them with the system viewer. ``inline`` parts are images an
    HTML email shows in place (``content_id`` is their ``cid:``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: int
    name: str = Field(max_length=MAX_ATTACHMENT_NAME_CHARS)
    content_type: str = Field(max_length=MAX_CONTENT_TYPE_CHARS)
    size: int = Field(ge=0)
    inline: bool = False
    content_id: str = Field(default="", max_length=MAX_ATTACHMENT_NAME_CHARS)


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
    delivery: DeliveryState | None = None
    """Outbound messages on a channel that delivers (email, chat); see :data:`DeliveryState`."""
    delivery_error: str = Field(default="", max_length=MAX_DELIVERY_ERROR_CHARS)
    """The channel's own words for the last failure (``550 5.1.1 no such user``)."""
    delivery_attempts: int = 0
    html: str = Field(default="", max_length=MAX_HTML_CHARS)
    """An email's HTML part, sanitised on the server (nh3: no scripts, no remote content,
    only ``cid:`` images); empty when the mail had none. ``body`` is always the text."""
    quoted: str = Field(default="", max_length=100_000)
    """The quoted history an email's ``body`` was cut from, folded away by the desk."""
    attachments: list[AttachmentRef] = Field(default_factory=list, max_length=MAX_ATTACHMENTS)
