"""The entities the server replicates to desks, as they travel inside events.

Each entity carries its full current state (events are idempotent upserts keyed by id), so a
desk that sees the same event twice, or an older and a newer one out of order within a
replay, ends in the same place. Ids are the server's integers.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Channel = Literal["chat", "email", "phone"]
ConversationStatus = Literal["open", "pending", "snoozed", "resolved"]
MessageDirection = Literal["in", "out", "note"]
Language = str  # a BCP 47 tag: en, zh-Hans, zh-Hant, fi, ...


class _Entity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QueueData(_Entity):
    """A routing queue the agent belongs to."""

    kind: Literal["queue"] = "queue"
    id: int
    name: str


class AgentData(_Entity):
    """A colleague (or the signed-in agent): enough to show names and presence."""

    kind: Literal["agent"] = "agent"
    id: int
    username: str
    display_name: str
    role: Literal["agent", "supervisor"] = "agent"


class CustomerData(_Entity):
    """A customer the agent can see because one of their conversations is in its queues."""

    kind: Literal["customer"] = "customer"
    id: int
    name: str
    email: str | None = None
    phone: str | None = None
    language: Language = "en"


class ConversationData(_Entity):
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


class MessageData(_Entity):
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


ArticleStatus = Literal["draft", "review", "published", "archived"]
VoteValue = Literal[1, -1]
MAX_VOTE_COMMENT_CHARS = 2_000


class ArticleData(_Entity):
    """A knowledge-base article in one language. ``id`` is the server's integer; ``slug``
    is the author's id from the front matter (stable across servers), and
    ``translations`` names the same article in other languages by slug. Only published
    articles reach desks; one that leaves ``published`` arrives as a delete. The helpful
    totals count every agent's votes (the votes themselves stay private)."""

    kind: Literal["article"] = "article"
    id: int
    slug: str
    title: str
    lang: Language
    body: str
    category: str = ""
    section: str = ""
    tags: list[str] = Field(default_factory=list)
    status: ArticleStatus = "published"
    version: int = 1
    translations: list[str] = Field(default_factory=list)
    updated_at: float
    helpful_up: int = 0
    helpful_down: int = 0


class ScriptData(_Entity):
    """A call script: ``source`` is its YAML text (``desktop.knowledge.scripts`` parses
    it), ``slug`` the author's id."""

    kind: Literal["script"] = "script"
    id: int
    slug: str
    title: str
    lang: Language
    source: str
    version: int = 1
    updated_at: float


class VoteData(_Entity):
    """One agent's helpful vote on an article: only ever sent to that agent."""

    kind: Literal["vote"] = "vote"
    id: int
    article_id: int
    agent_id: int
    value: VoteValue
    comment: str | None = None
    updated_at: float


EntityData = Annotated[
    QueueData
    | AgentData
    | CustomerData
    | ConversationData
    | MessageData
    | ArticleData
    | ScriptData
    | VoteData,
    Field(discriminator="kind"),
]

ENTITY_KINDS: tuple[str, ...] = (
    "queue",
    "agent",
    "customer",
    "conversation",
    "message",
    "article",
    "script",
    "vote",
)
