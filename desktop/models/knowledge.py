"""Knowledge-base rows read from the cache for display (no Qt, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.knowledge.index import SearchHit


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One line of an article list (browse, favourites, recently viewed, translations)."""

    id: int
    slug: str
    title: str
    lang: str
    category: str
    section: str


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article for the reader. ``helpful_up``/``helpful_down`` include the agent's
    pending vote; ``my_vote`` is the agent's own (+1/-1) or None, ``my_vote_pending``
    while the server has not confirmed it."""

    id: int
    slug: str
    title: str
    lang: str
    body: str
    category: str
    section: str
    tags: tuple[str, ...]
    version: int
    translations: tuple[str, ...]
    updated_at: float
    helpful_up: int
    helpful_down: int
    my_vote: int | None
    my_vote_comment: str | None
    my_vote_pending: bool
    favourite: bool


@dataclass(frozen=True, slots=True)
class SectionCount:
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class CategoryNode:
    """A category of the browse tree with its sections (``""``: articles without one)."""

    name: str
    count: int
    sections: tuple[SectionCount, ...]


@dataclass(frozen=True, slots=True)
class KbHit:
    """A search result: the cache's article id plus the engine's hit (``hit.id`` is the
    slug; snippets and highlight spans come with it)."""

    article_id: int
    hit: SearchHit


@dataclass(frozen=True, slots=True)
class ScriptRow:
    """A call script; ``source`` is its YAML (``desktop.knowledge.scripts.parse_script``)."""

    id: int
    slug: str
    title: str
    lang: str
    version: int
    source: str
