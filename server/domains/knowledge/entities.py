"""The knowledge domain's rows as ``protocol.entities`` models, and its events.

Visibility: articles and scripts are shared knowledge, so their events carry neither a
queue nor an agent (every desk receives them). Only *published* articles travel: a draft,
review or archived article makes no event, and one that leaves ``published`` is sent as a
delete. A vote is private to its agent (``agent_id`` = voter); the article's event is
re-emitted with the new totals, which everybody may see.
"""

from __future__ import annotations

import json
from typing import Any

from protocol.entities import ArticleData, ScriptData, VoteData
from server.core import eventlog
from server.core.eventlog import Draft

Row = Any  # sqlalchemy Row with named columns


def article_from_row(r: Row) -> ArticleData:
    """An article from an ``articles`` row."""
    return ArticleData(
        id=r.id,
        slug=r.slug,
        title=r.title,
        lang=r.lang,
        body=r.body,
        category=r.category,
        section=r.section,
        tags=json.loads(r.tags),
        status=r.status,
        version=r.version,
        translations=json.loads(r.translations),
        updated_at=r.updated_at,
        helpful_up=r.helpful_up,
        helpful_down=r.helpful_down,
    )


def script_from_row(r: Row) -> ScriptData:
    """A call script from a ``scripts`` row."""
    return ScriptData(
        id=r.id,
        slug=r.slug,
        title=r.title,
        lang=r.lang,
        source=r.source,
        version=r.version,
        updated_at=r.updated_at,
    )


def vote_from_row(r: Row) -> VoteData:
    """A vote from a ``votes`` row."""
    return VoteData(
        id=r.id,
        article_id=r.article_id,
        agent_id=r.agent_id,
        value=1 if r.value > 0 else -1,
        comment=r.comment,
        updated_at=r.updated_at,
    )


def article_event(article: ArticleData) -> Draft:
    """Everybody's upsert of a published article."""
    return eventlog.upsert(article)


def article_delete(article_id: int) -> Draft:
    """Everybody's delete of an article that is no longer published."""
    return Draft("article", article_id, "delete", None, None, None)
