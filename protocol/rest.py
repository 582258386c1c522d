"""Bodies of the HTTP API (sign-in, intake, reads), shared by server, desk and simulator."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from protocol.entities import Channel, ConversationData, MessageData
from protocol.kinds.canned import CannedTitle, Shortcut, Variants
from protocol.kinds.routing import (
    MAX_CAPACITY,
    MAX_SKILL_LEVEL,
    DeclineReason,
    Skill,
    WrapupCode,
)
from protocol.text import (
    MAX_INT,
    Body,
    Email,
    LanguageTag,
    PersonName,
    Phone,
    QueueName,
    Ref,
    Subject,
    Unicode,
)

MAX_CONVERSATION_TOKEN_CHARS = 100


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(_Body):
    username: Annotated[Unicode, Field(min_length=1, max_length=100)]
    password: Annotated[Unicode, Field(min_length=1, max_length=1000)]


class LoginResponse(_Body):
    token: str
    expires_at: float
    agent_id: int
    display_name: str
    role: Literal["agent", "supervisor"]


class IntakeCustomer(_Body):
    """Who wrote. ``ref`` is the channel's stable handle (email address, phone number,
    chat visitor id): the same ref finds the same customer."""

    ref: Ref
    name: PersonName
    email: Email | None = None
    phone: Phone | None = None
    language: LanguageTag = "en"


class IntakeMessage(_Body):
    """A new inbound customer message. With ``conversation_token`` (from an earlier
    :class:`IntakeResult`) it continues exactly that conversation; without, the server
    continues the customer's open conversation on that channel, or opens a new one in
    ``queue``. A conversation id alone never picks a conversation: ids are guessable."""

    channel: Channel
    customer: IntakeCustomer
    body: Body
    subject: Subject = ""
    queue: QueueName | None = Field(default=None, description="queue name; default: by channel")
    conversation_token: str | None = Field(
        default=None, max_length=MAX_CONVERSATION_TOKEN_CHARS, pattern=r"^[0-9]+\.[A-Za-z0-9_-]+$"
    )


class IntakeResult(_Body):
    """``conversation_token`` lets this customer's channel add to this conversation later
    (a chat page keeps it for its visitor); only the intake API ever hands it out."""

    conversation_id: int
    message_id: int
    customer_id: int
    seq: int
    conversation_token: str = ""


class IntakeCallback(_Body):
    """``POST /api/intake/callbacks``: the customer asks to be called back (a "call me
    back" button on the chat page). ``conversation_token`` names their conversation; the
    callback is routed like a call at ``due_at`` (UNIX seconds; now or up to 60 days on).
    ``phone`` defaults to the one the customer gave before."""

    conversation_token: str = Field(
        max_length=MAX_CONVERSATION_TOKEN_CHARS, pattern=r"^[0-9]+\.[A-Za-z0-9_-]+$"
    )
    due_at: float = Field(ge=0, le=32503680000.0)
    phone: Phone | None = None
    note: Subject = ""


class IntakeCallbackResult(_Body):
    """The scheduled callback's id and when it will ring."""

    callback_id: int
    due_at: float
    phone: str
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

    slug: Annotated[Unicode, Field(min_length=1, max_length=200)]
    title: Annotated[Unicode, Field(min_length=1, max_length=500)]
    lang: Annotated[Unicode, Field(min_length=1, max_length=35)]
    body: Annotated[Unicode, Field(max_length=1_000_000)]
    category: Annotated[Unicode, Field(max_length=200)] = ""
    section: Annotated[Unicode, Field(max_length=200)] = ""
    tags: list[Annotated[Unicode, Field(max_length=100)]] = Field(
        default_factory=list, max_length=50
    )
    status: Annotated[str, Field(max_length=20)] = "published"
    version: Annotated[int, Field(ge=1, le=MAX_INT)] = 1
    translations: list[Annotated[Unicode, Field(max_length=200)]] = Field(
        default_factory=list, max_length=50
    )


class ImportScript(_Body):
    """One call script for ``POST /api/kb/import``: its YAML text plus what lists it."""

    slug: Annotated[Unicode, Field(min_length=1, max_length=200)]
    title: Annotated[Unicode, Field(min_length=1, max_length=500)]
    lang: Annotated[Unicode, Field(min_length=1, max_length=35)]
    source: Annotated[Unicode, Field(min_length=1, max_length=1_000_000)]


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


MAX_CANNED_IMPORT = 5_000
"""Shared canned replies one import may carry (the whole set of a centre, in one request,
so ``prune`` knows what is gone and nothing is ever half-imported)."""


class CannedFile(_Body):
    """One shared canned reply as a supervisor writes it in a file (YAML or JSON, one
    reply per file): ``queue`` is the queue's name, absent for every queue."""

    shortcut: Shortcut
    title: CannedTitle
    queue: QueueName | None = None
    variants: Variants


class CannedImport(_Body):
    """Body of ``POST /api/canned/import`` (supervisors only). Replies are upserted by
    shortcut and queue; ``prune`` deletes the shared replies the body does not name."""

    replies: list[CannedFile] = Field(default_factory=list, max_length=MAX_CANNED_IMPORT)
    prune: bool = False


class CannedImportResult(_Body):
    """What a canned import did. With any ``problems`` (an unknown queue, a shortcut twice
    for one queue) nothing was imported; ``item`` names the reply as ``queue/shortcut``
    (``*/shortcut`` for every queue). ``seq`` is the log position after it."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    problems: list[ImportProblem] = Field(default_factory=list)
    seq: int = 0


class WrapupCodeBody(_Body):
    """One wrap-up code of a queue: a short code and the label agents pick it by."""

    code: WrapupCode = Field(min_length=1)
    label: DeclineReason = Field(min_length=1)


class QueueRoutingBody(_Body):
    """``PUT /api/routing/queues/{queue_id}`` (supervisors): a queue's routing settings,
    replaced whole. Meanings in ``protocol.kinds.routing.QueueRoutingData``."""

    priority: int = Field(default=0, ge=-100, le=100)
    sla_seconds: int = Field(default=60, ge=1, le=7 * 86400)
    next_response_seconds: int = Field(default=300, ge=1, le=7 * 86400)
    widen_after_seconds: int = Field(default=30, ge=0, le=86400)
    min_level: int = Field(default=1, ge=1, le=MAX_SKILL_LEVEL)
    acw_seconds: int = Field(default=60, ge=0, le=3600)
    wrapup_required: bool = True
    wrapup_codes: list[WrapupCodeBody] = Field(default_factory=list, max_length=50)
    offer_seconds: float = Field(default=20.0, ge=5.0, le=120.0)


class RoutingProfileBody(_Body):
    """``PUT /api/routing/agents/{agent_id}`` (supervisors): an agent's skills (queue and
    level), languages (empty: any) and capacity per channel, replaced whole."""

    skills: list[Skill] = Field(default_factory=list, max_length=100)
    languages: list[LanguageTag] = Field(default_factory=list, max_length=10)
    capacity: dict[str, Annotated[int, Field(ge=0, le=MAX_CAPACITY)]] = Field(
        default_factory=dict, max_length=3
    )
    """Channel (phone, chat, email) -> contacts at once; channels left out keep defaults."""
