"""Applying knowledge entities (articles, scripts, the agent's votes) to the cache.

Called by :mod:`desktop.store.apply` inside the batch's transaction, so the rows, the
search index and the cursor commit together: a crash can never leave an article cached
but unsearchable (or searchable after it was unpublished), and a replayed batch re-indexes
idempotently (the index replaces by slug). Indexing costs a few milliseconds of text
analysis per article; article events are rare (an import, a vote's new totals), so the
writer thread is the right place for it, and doing it in the same transaction is what
keeps the two consistent without any repair pass.

``KnowledgeIndex`` writes inside savepoints, and the cache's migration created its tables,
so opening it here never commits the open transaction.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Iterable, Sequence

from desktop.knowledge.articles import Article
from desktop.knowledge.index import KnowledgeIndex
from protocol.entities import ArticleData, ScriptData, VoteData

log = logging.getLogger(__name__)

KnowledgeEntity = ArticleData | ScriptData | VoteData

_ARTICLE_SQL = (
    "INSERT INTO articles (id, slug, title, lang, body, category, section, tags, status,"
    " version, translations, updated_at, helpful_up, helpful_down)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
    " slug = excluded.slug, title = excluded.title, lang = excluded.lang,"
    " body = excluded.body, category = excluded.category, section = excluded.section,"
    " tags = excluded.tags, status = excluded.status, version = excluded.version,"
    " translations = excluded.translations, updated_at = excluded.updated_at,"
    " helpful_up = excluded.helpful_up, helpful_down = excluded.helpful_down"
)
_SCRIPT_SQL = (
    "INSERT INTO scripts (id, slug, title, lang, source, version, updated_at)"
    " VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET slug = excluded.slug,"
    " title = excluded.title, lang = excluded.lang, source = excluded.source,"
    " version = excluded.version, updated_at = excluded.updated_at"
)
_VOTE_SQL = (
    "INSERT INTO votes (id, article_id, agent_id, value, comment, updated_at, pending,"
    " base_value) VALUES (?,?,?,?,?,?,0,0) ON CONFLICT(id) DO UPDATE SET"
    " article_id = excluded.article_id, agent_id = excluded.agent_id,"
    " value = excluded.value, comment = excluded.comment, updated_at = excluded.updated_at,"
    " pending = 0, base_value = 0"
)


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


def write(
    conn: sqlite3.Connection,
    entities: Iterable[KnowledgeEntity],
    deletes: Iterable[tuple[str, int]],
    *,
    reindex_all: bool = False,
) -> tuple[frozenset[int], bool]:
    """Upsert/delete knowledge rows and keep the search index in step, in the caller's
    transaction. Returns (article ids changed, whether scripts changed).

    ``reindex_all`` (the snapshot path) clears the index and indexes every cached
    published article, so a rebuilt replica is searchable the moment it commits.
    """
    entities = list(entities)
    deletes = list(deletes)
    if not entities and not deletes and not reindex_all:
        return frozenset(), False  # the common batch: conversations and messages only
    articles: dict[int, ArticleData] = {}
    scripts: dict[int, ScriptData] = {}
    votes: dict[int, VoteData] = {}
    for entity in entities:
        if isinstance(entity, ArticleData):
            articles[entity.id] = entity
        elif isinstance(entity, ScriptData):
            scripts[entity.id] = entity
        else:
            votes[entity.id] = entity
    article_deletes = [i for kind, i in deletes if kind == "article"]
    changed = set(articles) | set(article_deletes)
    old_slugs = _slugs_of(conn, [*articles, *article_deletes])
    conn.executemany(
        _ARTICLE_SQL,
        [
            (
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
            for a in articles.values()
        ],
    )
    conn.executemany(
        _SCRIPT_SQL,
        [
            (s.id, s.slug, s.title, s.lang, s.source, s.version, s.updated_at)
            for s in scripts.values()
        ],
    )
    for vote in votes.values():
        # One vote per article: the server's copy replaces a pending or older one.
        conn.execute(
            "DELETE FROM votes WHERE article_id = ? AND id != ?", (vote.article_id, vote.id)
        )
        changed.add(vote.article_id)
    conn.executemany(
        _VOTE_SQL,
        [
            (v.id, v.article_id, v.agent_id, v.value, v.comment, v.updated_at)
            for v in votes.values()
        ],
    )
    scripts_changed = bool(scripts)
    for kind, entity_id in deletes:
        if kind == "article":
            conn.execute("DELETE FROM votes WHERE article_id = ? AND id > 0", (entity_id,))
            conn.execute("DELETE FROM articles WHERE id = ?", (entity_id,))
        elif kind == "script":
            conn.execute("DELETE FROM scripts WHERE id = ?", (entity_id,))
            scripts_changed = True
        elif kind == "vote":
            found = conn.execute("SELECT article_id FROM votes WHERE id = ?", (entity_id,))
            changed.update(int(r[0]) for r in found)
            conn.execute("DELETE FROM votes WHERE id = ?", (entity_id,))
    _index(conn, articles.values(), old_slugs, article_deletes, reindex_all=reindex_all)
    return frozenset(changed), scripts_changed


def _index(
    conn: sqlite3.Connection,
    upserts: Iterable[ArticleData],
    old_slugs: dict[int, str],
    deleted: Sequence[int],
    *,
    reindex_all: bool,
) -> None:
    index = KnowledgeIndex(conn)
    if reindex_all:
        index.clear()
        rows = conn.execute(
            "SELECT id, slug, title, lang, body, category, section, tags, status, version,"
            " translations, updated_at FROM articles WHERE status = 'published' ORDER BY id"
        ).fetchall()
        index.add_articles(
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
        return
    for article_id in deleted:
        if article_id in old_slugs:
            index.remove(old_slugs[article_id])
    batch: list[Article] = []
    for data in upserts:
        previous = old_slugs.get(data.id)
        if previous is not None and previous != data.slug:
            index.remove(previous)
        if data.status == "published":
            batch.append(to_article(data))
        else:
            index.remove(data.slug)
    if batch:
        index.add_articles(batch)


def ensure_index(conn: sqlite3.Connection) -> int:
    """Rebuild the search index if it was built by an older text analysis (a Frontline
    upgrade changed it). Returns how many articles were re-indexed (0: it was current)."""
    index = KnowledgeIndex(conn)
    if not index.stale:
        return 0
    count = index.rebuild()
    log.info("re-indexed %d knowledge articles for the new text analysis", count)
    return count


# --------------------------------------------------------------------------- desk-only


RECENT_LIMIT = 50
"""How many recently viewed articles the desk remembers."""


def _ids_of_slug(conn: sqlite3.Connection, slug: str) -> frozenset[int]:
    return frozenset(
        int(r[0]) for r in conn.execute("SELECT id FROM articles WHERE slug = ?", (slug,))
    )


def set_favourite(
    conn: sqlite3.Connection, slug: str, favourite: bool, now: float
) -> frozenset[int]:
    """Add or remove a favourite (desk-only, by slug); returns the article ids touched."""
    if favourite:
        conn.execute(
            "INSERT INTO favourites (slug, added_at) VALUES (?, ?) ON CONFLICT(slug) DO NOTHING",
            (slug, now),
        )
    else:
        conn.execute("DELETE FROM favourites WHERE slug = ?", (slug,))
    return _ids_of_slug(conn, slug)


def mark_viewed(conn: sqlite3.Connection, slug: str, now: float) -> frozenset[int]:
    """Remember that the agent opened an article (desk-only), keeping the newest
    :data:`RECENT_LIMIT`; returns the article ids touched."""
    conn.execute(
        "INSERT INTO recently_viewed (slug, viewed_at) VALUES (?, ?)"
        " ON CONFLICT(slug) DO UPDATE SET viewed_at = excluded.viewed_at",
        (slug, now),
    )
    conn.execute(
        "DELETE FROM recently_viewed WHERE slug NOT IN"
        " (SELECT slug FROM recently_viewed ORDER BY viewed_at DESC LIMIT ?)",
        (RECENT_LIMIT,),
    )
    return _ids_of_slug(conn, slug)


# ------------------------------------------------------------------ images (assets)

ASSET_REF = re.compile(r"asset:([0-9a-f]{64})")


def missing_assets(conn: sqlite3.Connection) -> list[str]:
    """SHA-256s that synced article bodies reference and the cache does not hold yet."""
    wanted: set[str] = set()
    for (body,) in conn.execute("SELECT body FROM articles WHERE body LIKE '%asset:%'"):
        wanted.update(ASSET_REF.findall(str(body)))
    have = {str(r[0]) for r in conn.execute("SELECT sha256 FROM kb_assets")}
    return sorted(wanted - have)


def put_asset(
    conn: sqlite3.Connection, sha256: str, content_type: str, data: bytes, now: float
) -> frozenset[int]:
    """Store one fetched image; the ids of the articles that show it (to repaint)."""
    conn.execute(
        "INSERT OR REPLACE INTO kb_assets (sha256, content_type, data, fetched_at)"
        " VALUES (?, ?, ?, ?)",
        (sha256, content_type, data, now),
    )
    rows = conn.execute("SELECT id FROM articles WHERE body LIKE ?", (f"%asset:{sha256}%",))
    return frozenset(int(r[0]) for r in rows)
