"""Bodies of the HTTP API (sign-in, intake, reads), shared by server, desk and simulator."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from protocol.entities import Channel, ConversationData, MessageData


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(_Body):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class LoginResponse(_Body):
    token: str
    expires_at: float
    agent_id: int
    display_name: str
    role: Literal["agent", "supervisor"]


class IntakeCustomer(_Body):
    """Who wrote. ``ref`` is the channel's stable handle (email address, phone number,
    chat visitor id): the same ref finds the same customer."""

    ref: str = Field(min_length=1, max_length=320)
    name: str = Field(min_length=1, max_length=200)
    email: str | None = None
    phone: str | None = None
    language: str = "en"


class IntakeMessage(_Body):
    """A new inbound customer message. Without ``conversation_id`` the server continues the
    customer's open conversation on that channel, or opens a new one in ``queue``."""

    channel: Channel
    customer: IntakeCustomer
    body: str = Field(min_length=1, max_length=100_000)
    subject: str = ""
    queue: str | None = Field(default=None, description="queue name; default: by channel")
    conversation_id: int | None = None


class IntakeResult(_Body):
    conversation_id: int
    message_id: int
    customer_id: int
    seq: int


class ConversationPage(_Body):
    items: list[ConversationData]
    next_cursor: str | None


class MessageList(_Body):
    items: list[MessageData]


class ImportArticle(_Body):
    """One article for ``POST /api/kb/import``: front matter and body already parsed by the
    authoring tool (``frontline kb import`` uses ``desktop.knowledge``). ``slug`` is the
    front matter's ``id``; ``version`` is the author's, a floor for the server's own."""

    slug: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1, max_length=500)
    lang: str = Field(min_length=1, max_length=35)
    body: str = Field(max_length=1_000_000)
    category: str = ""
    section: str = ""
    tags: list[str] = Field(default_factory=list)
    status: str = "published"
    version: int = 1
    translations: list[str] = Field(default_factory=list)


class ImportScript(_Body):
    """One call script for ``POST /api/kb/import``: its YAML text plus what lists it."""

    slug: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1, max_length=500)
    lang: str = Field(min_length=1, max_length=35)
    source: str = Field(min_length=1, max_length=1_000_000)


class KbImport(_Body):
    """Body of ``POST /api/kb/import`` (supervisors only). Items are upserted by slug;
    unchanged content makes no event and keeps the version."""

    articles: list[ImportArticle] = Field(default_factory=list)
    scripts: list[ImportScript] = Field(default_factory=list)


class ImportProblem(_Body):
    """An item the server refused, and why."""

    item: str
    reason: str


class ImportCounts(_Body):
    created: int = 0
    updated: int = 0
    unchanged: int = 0


class KbImportResult(_Body):
    """What an import did, per kind and in total; ``seq`` is the log position after it."""

    created: int
    updated: int
    unchanged: int
    articles: ImportCounts
    scripts: ImportCounts
    problems: list[ImportProblem]
    seq: int
