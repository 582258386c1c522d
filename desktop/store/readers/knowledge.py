"""Knowledge-base reads over the cache: search, articles, the browse tree, scripts, assets.

Mixed into :class:`desktop.store.reader.CacheReader`, so it runs on that reader's own
read-only WAL connection (search never waits on the writer). Search goes through
:class:`desktop.knowledge.index.KnowledgeIndex` on that connection; the cache's migration
created the index tables, so opening the index writes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from desktop.knowledge.index import KnowledgeIndex
from desktop.models.knowledge import (
    ArticleRow,
    ArticleSummary,
    CategoryNode,
    KbHit,
    ScriptRow,
    SectionCount,
)

_SUMMARY = "a.id, a.slug, a.title, a.lang, a.category, a.section"
_ARTICLE = (
    "SELECT a.id, a.slug, a.title, a.lang, a.body, a.category, a.section, a.tags, a.version,"
    " a.translations, a.updated_at, a.helpful_up, a.helpful_down,"
    " v.value, v.comment, v.pending, v.base_value, f.slug IS NOT NULL"
    " FROM articles a LEFT JOIN votes v ON v.article_id = a.id"
    " LEFT JOIN favourites f ON f.slug = a.slug"
)


def _summary(row: Sequence[object]) -> ArticleSummary:
    return ArticleSummary(
        id=int(str(row[0])),
        slug=str(row[1]),
        title=str(row[2]),
        lang=str(row[3]),
        category=str(row[4] or ""),
        section=str(row[5] or ""),
    )


def _article(r: Sequence[object]) -> ArticleRow:
    up, down = int(str(r[11] or 0)), int(str(r[12] or 0))
    value = None if r[13] is None else int(str(r[13]))
    pending = bool(r[15])
    if pending and value is not None:
        # Server totals plus what the pending vote changes relative to the counted one.
        base = int(str(r[16] or 0))
        up += (value == 1) - (base == 1)
        down += (value == -1) - (base == -1)
    return ArticleRow(
        id=int(str(r[0])),
        slug=str(r[1]),
        title=str(r[2]),
        lang=str(r[3]),
        body=str(r[4]),
        category=str(r[5] or ""),
        section=str(r[6] or ""),
        tags=tuple(json.loads(str(r[7] or "[]"))),
        version=int(str(r[8] or 1)),
        translations=tuple(json.loads(str(r[9] or "[]"))),
        updated_at=float(str(r[10] or 0.0)),
        helpful_up=up,
        helpful_down=down,
        my_vote=value,
        my_vote_comment=None if r[14] is None else str(r[14]),
        my_vote_pending=pending,
        favourite=bool(r[17]),
    )


class KnowledgeReads:
    """Knowledge reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection
    _kb_index: KnowledgeIndex | None = None

    def asset(self, sha256: str) -> tuple[str, bytes] | None:
        """A cached image: ``(content_type, data)``, or None when not downloaded yet."""
        row = self.conn.execute(
            "SELECT content_type, data FROM kb_assets WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return None if row is None else (str(row[0]), bytes(row[1]))

    def has_asset(self, sha256: str) -> bool:
        query = "SELECT 1 FROM kb_assets WHERE sha256 = ?"
        return self.conn.execute(query, (sha256,)).fetchone() is not None

    def search_index(self) -> KnowledgeIndex:
        """The reader's one search index on its connection, shared by knowledge search and
        agent assist (so the desk never builds a second index object on the same
        connection, and the UI never touches the connection itself)."""
        if self._kb_index is None:
            self._kb_index = KnowledgeIndex(self.conn)
        return self._kb_index

    def search(
        self,
        query: str,
        lang: str | None = None,
        limit: int = 10,
        *,
        prefer_lang: str | None = None,
        as_you_type: bool = False,
    ) -> list[KbHit]:
        """Best cached articles for ``query`` (any of the desk's languages), best first.

        ``lang`` filters ("zh" takes both scripts), ``prefer_lang`` ranks that language
        first without hiding others; see :meth:`KnowledgeIndex.search`.
        """
        if not query.strip():
            return []
        hits = self.search_index().search(
            query, limit=limit, lang=lang, prefer_lang=prefer_lang, as_you_type=as_you_type
        )
        ids = self._ids_by_slug([hit.id for hit in hits])
        return [KbHit(ids[hit.id], hit) for hit in hits if hit.id in ids]

    def _ids_by_slug(self, slugs: Sequence[str]) -> dict[str, int]:
        if not slugs:
            return {}
        marks = ",".join("?" * len(slugs))
        rows = self.conn.execute(
            f"SELECT slug, max(id) FROM articles WHERE slug IN ({marks}) GROUP BY slug",
            list(slugs),
        )
        return {str(slug): int(i) for slug, i in rows}

    def article(self, article_id: int) -> ArticleRow | None:
        """One article with the agent's vote and favourite flag, or None."""
        row = self.conn.execute(f"{_ARTICLE} WHERE a.id = ?", (article_id,)).fetchone()
        return None if row is None else _article(row)

    def article_by_slug(self, slug: str) -> ArticleRow | None:
        """The article an author's id (front-matter ``id``) names, or None."""
        row = self.conn.execute(
            f"{_ARTICLE} WHERE a.slug = ? ORDER BY a.id DESC LIMIT 1", (slug,)
        ).fetchone()
        return None if row is None else _article(row)

    def translations(self, article_id: int) -> list[ArticleSummary]:
        """The cached translations of an article (links to missing ones are skipped)."""
        row = self.conn.execute(
            "SELECT translations FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return []
        slugs = [str(s) for s in json.loads(row[0] or "[]")]
        if not slugs:
            return []
        marks = ",".join("?" * len(slugs))
        rows = self.conn.execute(
            f"SELECT {_SUMMARY} FROM articles a WHERE a.slug IN ({marks}) ORDER BY a.lang",
            slugs,
        ).fetchall()
        return [_summary(r) for r in rows]

    def categories(self, lang: str | None = None) -> list[CategoryNode]:
        """The browse tree: categories and their sections with article counts, by name.
        ``lang`` keeps one language (``"zh"``: both Chinese scripts)."""
        where, params = self._lang_filter(lang)
        rows = self.conn.execute(
            "SELECT coalesce(category, ''), coalesce(section, ''), count(*) FROM articles"
            f" {where} GROUP BY 1, 2 ORDER BY 1, 2",
            params,
        ).fetchall()
        tree: dict[str, list[SectionCount]] = {}
        for category, section, count in rows:
            tree.setdefault(str(category), []).append(SectionCount(str(section), int(count)))
        return [
            CategoryNode(name, sum(s.count for s in sections), tuple(sections))
            for name, sections in tree.items()
        ]

    def articles_in(
        self, category: str, section: str | None = None, lang: str | None = None
    ) -> list[ArticleSummary]:
        """Articles of a category (and section), by title."""
        where, params = self._lang_filter(lang)
        where = f"{where} AND" if where else "WHERE"
        clause = f"{where} coalesce(a.category, '') = ?"
        params = [*params, category]
        if section is not None:
            clause += " AND coalesce(a.section, '') = ?"
            params.append(section)
        rows = self.conn.execute(
            f"SELECT {_SUMMARY} FROM articles a {clause} ORDER BY a.title, a.id", params
        ).fetchall()
        return [_summary(r) for r in rows]

    @staticmethod
    def _lang_filter(lang: str | None) -> tuple[str, list[str]]:
        if not lang:
            return "", []
        if "-" in lang:
            return "WHERE lang = ?", [lang]
        return "WHERE (lang = ? OR lang LIKE ?)", [lang, f"{lang}-%"]

    def favourites(self) -> list[ArticleSummary]:
        """The agent's favourite articles, newest first (desk-only)."""
        rows = self.conn.execute(
            f"SELECT {_SUMMARY} FROM favourites f JOIN articles a ON a.slug = f.slug"
            " ORDER BY f.added_at DESC"
        ).fetchall()
        return [_summary(r) for r in rows]

    def recently_viewed(self, limit: int = 20) -> list[ArticleSummary]:
        """Articles the agent opened, most recent first (desk-only)."""
        rows = self.conn.execute(
            f"SELECT {_SUMMARY} FROM recently_viewed r JOIN articles a ON a.slug = r.slug"
            " ORDER BY r.viewed_at DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [_summary(r) for r in rows]

    def scripts(self, lang: str | None = None) -> list[ScriptRow]:
        """Every cached call script, by title."""
        where, params = self._lang_filter(lang)
        rows = self.conn.execute(
            f"SELECT id, slug, title, lang, version, source FROM scripts {where}"
            " ORDER BY title, id",
            params,
        ).fetchall()
        return [
            ScriptRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), str(r[5]))
            for r in rows
        ]

    def script(self, slug: str) -> ScriptRow | None:
        """One call script by its author's id, or None."""
        r = self.conn.execute(
            "SELECT id, slug, title, lang, version, source FROM scripts WHERE slug = ?"
            " ORDER BY id DESC LIMIT 1",
            (slug,),
        ).fetchone()
        return (
            None
            if r is None
            else ScriptRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), str(r[5]))
        )

    def kb_counts(self) -> dict[str, int]:
        """Articles, scripts and the agent's votes in the cache."""
        one = self.conn.execute
        return {
            "articles": int(one("SELECT count(*) FROM articles").fetchone()[0]),
            "scripts": int(one("SELECT count(*) FROM scripts").fetchone()[0]),
            "votes": int(one("SELECT count(*) FROM votes").fetchone()[0]),
        }
