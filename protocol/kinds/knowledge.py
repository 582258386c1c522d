"""The knowledge base: articles, call scripts and each agent's helpful votes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from protocol.kinds.base import EntityBase
from protocol.kinds.conversations import Language

ArticleStatus = Literal["draft", "review", "published", "archived"]
VoteValue = Literal[1, -1]
MAX_VOTE_COMMENT_CHARS = 2_000


class ArticleData(EntityBase):
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


class ScriptData(EntityBase):
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


class VoteData(EntityBase):
    """One agent's helpful vote on an article: only ever sent to that agent."""

    kind: Literal["vote"] = "vote"
    id: int
    article_id: int
    agent_id: int
    value: VoteValue
    comment: str | None = None
    updated_at: float
