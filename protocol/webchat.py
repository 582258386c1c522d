"""The customer web chat page's websocket frames (``/chat/ws``), never the agent protocol.

A visitor's page speaks only these frames: it can start a chat or resume its own, send
and acknowledge messages, say it is typing, ask for a transcript and rate the chat. It
never sees an agent's id, a queue id, a conversation's internal notes or anything of
another customer. Every frame is JSON with a ``type``; an unknown type, a bad field or an
oversized frame is answered with :class:`ChatError` (non-fatal) and changes nothing.

Resume works like the desk's cursor: the page keeps the id of the last message it showed;
``resume`` replays every message after it, so a reconnect (or a server restart) loses
nothing and repeats nothing. A customer message carries the page's ``client_id``: sent
twice (the first answer was lost with the socket), it is stored once.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter

from protocol.text import (
    Body,
    Email,
    Id,
    LanguageTag,
    PersonName,
    Position,
    QueueName,
    clean_multiline,
)

MAX_FRAME_CHARS = 640_000
"""Largest frame the server reads: a longest :data:`protocol.text.Body` even when every
character arrives as a six-character JSON escape."""
MAX_TOKEN_CHARS = 100
MAX_CLIENT_ID_CHARS = 64
MAX_COMMENT_CHARS = 2_000
MAX_ACKS = 100
"""Most message ids one ``ack`` may name."""
CHAT_LANGUAGES = ("en", "fi", "zh-Hans", "zh-Hant")
"""The languages the page is written in; any other known tag falls back to English."""

ClientId = Annotated[
    str, Field(min_length=1, max_length=MAX_CLIENT_ID_CHARS, pattern=r"^[A-Za-z0-9_.:-]+$")
]
Token = Annotated[str, Field(min_length=1, max_length=MAX_TOKEN_CHARS, pattern=r"^[A-Za-z0-9_-]+$")]


class _Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ------------------------------------------------------------------ page -> server


class StartChat(_Frame):
    """Open a new chat: a new customer session (and, with the first message, a
    conversation in ``queue``; the server's default queue when absent)."""

    type: Literal["start"] = "start"
    name: PersonName
    email: Email | None = None
    language: LanguageTag = "en"
    queue: QueueName | None = None


class ResumeChat(_Frame):
    """Continue the session ``token`` names; ``cursor`` is the last message id shown."""

    type: Literal["resume"] = "resume"
    token: Token
    cursor: Position = 0


class SendMessage(_Frame):
    """A customer message; ``client_id`` is the page's own id for it (idempotency)."""

    type: Literal["send"] = "send"
    client_id: ClientId
    body: Body


class Typing(_Frame):
    """The customer is (or stopped) typing; the page repeats ``True`` every few seconds."""

    type: Literal["typing"] = "typing"
    typing: bool


class Ack(_Frame):
    """The page shows these agent messages: they become ``delivered``."""

    type: Literal["ack"] = "ack"
    message_ids: list[Id] = Field(min_length=1, max_length=MAX_ACKS)


class RequestTranscript(_Frame):
    """Mail the conversation so far to ``email`` (default: the address given at start)."""

    type: Literal["transcript"] = "transcript"
    email: Email | None = None


class Rate(_Frame):
    """The customer's CSAT answer: one per contact (a second one replaces the first)."""

    type: Literal["rate"] = "rate"
    score: int = Field(ge=1, le=5)
    comment: Annotated[
        str, Field(max_length=MAX_COMMENT_CHARS), AfterValidator(clean_multiline)
    ] = ""


class EndChat(_Frame):
    """The customer closes the chat: the page then offers the rating."""

    type: Literal["end"] = "end"


PageFrame = Annotated[
    StartChat | ResumeChat | SendMessage | Typing | Ack | RequestTranscript | Rate | EndChat,
    Field(discriminator="type"),
]
PAGE_FRAME: TypeAdapter[PageFrame] = TypeAdapter(PageFrame)


# ------------------------------------------------------------------ server -> page

ChatStatus = Literal["waiting", "joined", "ended"]
"""``waiting``: no agent yet; ``joined``: an agent has the chat; ``ended``: resolved or
closed by the customer (the page offers the rating)."""


class SessionReady(_Frame):
    """Answer to ``start`` (with the new ``token``, which the page keeps) or ``resume``
    (``token`` empty: the page already has it)."""

    type: Literal["session"] = "session"
    token: str = ""
    name: str
    language: str
    status: ChatStatus
    agent_name: str = ""
    has_email: bool = False
    rated: bool = False


class ChatMessage(_Frame):
    """One message of the chat, customer's (``in``) or agent's (``out``)."""

    type: Literal["message"] = "message"
    id: int
    direction: Literal["in", "out"]
    author_name: str
    body: str
    created_at: float
    client_id: str = ""
    """The page's id of its own message (empty for agents' messages)."""


class Replayed(_Frame):
    """The resume replay is complete up to ``cursor``."""

    type: Literal["replayed"] = "replayed"
    cursor: int


class AgentTyping(_Frame):
    type: Literal["agent_typing"] = "agent_typing"
    typing: bool


class QueueInfo(_Frame):
    """Before an agent joins: the chat's place among the queue's waiting contacts (1 =
    next) and the expected wait in seconds (``None`` when there is nothing to go by)."""

    type: Literal["queue"] = "queue"
    position: int
    expected_wait: float | None = None


class AgentJoined(_Frame):
    """An agent has the chat (``name`` is their display name) or left it (``name`` empty)."""

    type: Literal["agent"] = "agent"
    name: str


class ChatEnded(_Frame):
    type: Literal["ended"] = "ended"


class Done(_Frame):
    """A request (``transcript``, ``rate``) went through."""

    type: Literal["done"] = "done"
    what: Literal["transcript", "rate"]


class ChatError(_Frame):
    """A refusal. ``code`` is stable (the page translates it); ``detail`` is English for
    logs. ``fatal``: the server closes the socket after it (bad token, too many sessions)."""

    type: Literal["error"] = "error"
    code: str
    detail: str = ""
    fatal: bool = False


ServerFrame = (
    SessionReady
    | ChatMessage
    | Replayed
    | AgentTyping
    | QueueInfo
    | AgentJoined
    | ChatEnded
    | Done
    | ChatError
)

ERROR_CODES = (
    "bad_frame",
    "too_large",
    "too_fast",
    "no_session",
    "bad_token",
    "expired",
    "busy",
    "no_mail",
    "no_address",
    "not_ended",
    "no_queue",
    "failed",
)
"""Every ``ChatError.code``: the page has a text for each."""
