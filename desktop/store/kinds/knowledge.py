"""Store declarations of the knowledge domain: articles, call scripts and the agent's own
votes (tables made by schema migration ``_v2``).

Articles keep the search index (``desktop.knowledge.index``) in step in the batch's own
transaction, so the rows, the index and the cursor commit together: a crash can never
leave an article cached but unsearchable (or searchable after it was unpublished), and a
replayed batch re-indexes idempotently (the index replaces by slug). Indexing costs a few
milliseconds of text analysis per article; article events are rare (an import, a vote's
new totals), so the writer thread is the right place for it.

``KnowledgeIndex`` writes inside savepoints, and the cache's migration created its tables,
so opening it here never commits the open transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence

from desktop.knowledge.articles import Article
from desktop.knowledge.index import KnowledgeIndex
from desktop.store.kinds.base import Row, StoreKind
from protocol.entities import ArticleData, ScriptData, VoteData


def to_article(data: ArticleData) -> Article:
    """The search engine's view of a synced article (its id is the slug)."""
    return Article(
        id=data.slug,
        title=data.title,
        lang=data.lang,
        body=data.body,
        category=data.category,
        section=data.section,
        tags=tuple(data.tags),
        status=data.status,
        version=data.version,
        translations=tuple(data.translations),
    )


def _article_row(a: ArticleData) -> Row:
    return (
        a.id,
        a.slug,
        a.title,
        a.lang,
        a.body,
        a.category,
        a.section,
        json.dumps(a.tags, ensure_ascii=False),
        a.status,
        a.version,
        json.dumps(a.translations, ensure_ascii=False),
        a.updated_at,
        a.helpful_up,
        a.helpful_down,
    )


def _slugs_of(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        found.update(
            (int(i), str(s))
            for i, s in conn.execute(f"SELECT id, slug FROM articles WHERE id IN ({marks})", chunk)
        )
    return found


def _cached_published(conn: sqlite3.Connection) -> Iterable[Article]:
    rows = conn.execute(
        "SELECT id, slug, title, lang, body, category, section, tags, status, version,"
        " translations, updated_at FROM articles WHERE status = 'published' ORDER BY id"
    ).fetchall()
    return (
        Article(
            id=r[1],
            title=r[2],
            lang=r[3],
            body=r[4],
            category=r[5] or "",
            section=r[6] or "",
            tags=tuple(json.loads(r[7] or "[]")),
            status=r[8] or "published",
            version=int(r[9] or 1),
            translations=tuple(json.loads(r[10] or "[]")),
        )
        for r in rows
    )


def _follow_articles(
    conn: sqlite3.Connection,
    upserts: Sequence[ArticleData],
    deleted: Sequence[int],
    reindex_all: bool,
) -> Callable[[], None]:
    """Read the slugs the batch is about to change; once written, update the index.

    ``reindex_all`` (the snapshot path) clears the index and indexes every cached
    published article, so a rebuilt replica is searchable the moment it commits.
    """
    old_slugs = {} if reindex_all else _slugs_of(conn, [*(a.id for a in upserts), *deleted])

    def index() -> None:
        search = KnowledgeIndex(conn)
        if reindex_all:
            search.clear()
            search.add_articles(_cached_published(conn))
            return
        for article_id in deleted:
            if article_id in old_slugs:
                search.remove(old_slugs[article_id])
        batch: list[Article] = []
        for data in upserts:
            previous = old_slugs.get(data.id)
            if previous is not None and previous != data.slug:
                search.remove(previous)
            if data.status == "published":
                batch.append(to_article(data))
            else:
                search.remove(data.slug)
        if batch:
            search.add_articles(batch)

    return index


def _delete_article(conn: sqlite3.Connection, article_id: int) -> Iterable[int]:
    """An unpublished article leaves with the server's copies of its votes."""
    conn.execute("DELETE FROM votes WHERE article_id = ? AND id > 0", (article_id,))
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    return (article_id,)


def _one_vote_per_article(conn: sqlite3.Connection, votes: Sequence[VoteData]) -> None:
    """The server's copy of a vote replaces a pending or older one on the same article."""
    for vote in votes:
        conn.execute(
            "DELETE FROM votes WHERE article_id = ? AND id != ?", (vote.article_id, vote.id)
        )


def _delete_vote(conn: sqlite3.Connection, vote_id: int) -> Iterable[int]:
    rows = conn.execute("SELECT article_id FROM votes WHERE id = ?", (vote_id,))
    found = [int(r[0]) for r in rows]
    conn.execute("DELETE FROM votes WHERE id = ?", (vote_id,))
    return found


ARTICLE = StoreKind(
    model=ArticleData,
    table="articles",
    columns=(
        "id",
        "slug",
        "title",
        "lang",
        "body",
        "category",
        "section",
        "tags",
        "status",
        "version",
        "translations",
        "updated_at",
        "helpful_up",
        "helpful_down",
    ),
    row=_article_row,
    topic="articles",
    migration="_v2",
    delete=_delete_article,
    follow=_follow_articles,
)
SCRIPT = StoreKind(
    model=ScriptData,
    table="scripts",
    columns=("id", "slug", "title", "lang", "source", "version", "updated_at"),
    topic="scripts",
    migration="_v2",
)
VOTE = StoreKind(
    model=VoteData,
    table="votes",
    columns=("id", "article_id", "agent_id", "value", "comment", "updated_at"),
    fixed=(("pending", "0"), ("base_value", "0")),
    topic="articles",  # a vote changes how its article shows
    touched_by="article_id",
    migration="_v2",
    replaced="id > 0",  # the agent's pending votes survive a snapshot
    before=_one_vote_per_article,
    delete=_delete_vote,
)

KINDS: tuple[StoreKind, ...] = (ARTICLE, SCRIPT, VOTE)
"""The domain's declarations, parents before children."""
