"""The knowledge-base search index, kept in SQLite next to the desk's cache.

Layout (all tables prefixed ``kb_`` so they sit beside the store's own tables):

- ``kb_article``: the articles themselves, plus a plain-text rendering for snippets.
- ``kb_fts``: an FTS5 table whose columns hold our *pre-analysed* terms (see analysis.py)
  separated by spaces; FTS5 contributes the inverted index and BM25 ranking in C, so a
  query never loops over documents in Python. Columns: title, tags (with category and
  section), body, and ``meta`` (language and visibility tokens used as filters, weight 0).
- ``kb_vocab``: FTS5's own vocabulary view; its document frequencies let a query drop
  terms that would match most of the corpus (cost and noise) and tell which query
  variants exist at all, without our keeping counts in step.
- ``kb_words`` / ``kb_deletes``: the Latin-script vocabulary and its SymSpell delete
  keys, for typo tolerance without scanning the vocabulary.

The typo vocabulary is not pruned when a word's last article goes; a stale entry only
yields a variant that matches nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.knowledge.analysis import (
    ANALYSIS_VERSION,
    CJK_RUN,
    QueryPart,
    TermCache,
    deletes,
    edit_distance,
    parse_query,
    strip_accents,
    term_spans,
    typo_budget,
)
from desktop.knowledge.articles import Article, LoadResult, base_language, load_folder
from desktop.knowledge.language import chinese_script
from desktop.knowledge.prepare import Prepared, lang_token, prepare_all
from desktop.knowledge.ranking import boosted, expression, interleave
from desktop.knowledge.text import Span, highlight_html, snippet

SCHEMA_VERSION = "1"
TITLE_WEIGHT, TAGS_WEIGHT, BODY_WEIGHT = 5.0, 2.0, 1.0
RANK = f"bm25({TITLE_WEIGHT}, {TAGS_WEIGHT}, {BODY_WEIGHT}, 0.0)"
# A query part present in more than this share of the articles is dropped from a query
# that has rarer parts: it is a stop word, costs a scan of most doclists, and barely
# changes the order.
STOP_SHARE = 0.5
# BM25 in FTS5 costs about a microsecond per matching article. Above this many estimated
# matches, a query is answered from titles first, then titles and tags, then everything,
# stopping as soon as there are enough results (see _ranked).
SCOPE_BUDGET = 4_000
SCOPES = ("{title}", "{title tags}", "{title tags body}")
MAX_QUERY_PARTS = 8
MAX_FUZZY = 3
MIN_PREFIX = 3
MAX_COMPLETIONS = 40

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kb_article (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    lang TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'published',
    version INTEGER NOT NULL DEFAULT 1,
    translations TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL,
    plain TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE IF NOT EXISTS kb_fts USING fts5(
    title, tags, body, meta, tokenize = 'unicode61 remove_diacritics 0', detail = 'full'
);
CREATE VIRTUAL TABLE IF NOT EXISTS kb_vocab USING fts5vocab(kb_fts, 'row');
CREATE TABLE IF NOT EXISTS kb_words (word TEXT PRIMARY KEY, term TEXT NOT NULL)
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS kb_deletes (del TEXT NOT NULL, word TEXT NOT NULL,
    PRIMARY KEY (del, word)) WITHOUT ROWID;
INSERT OR IGNORE INTO kb_meta VALUES ('schema', '{SCHEMA_VERSION}');
INSERT OR IGNORE INTO kb_meta VALUES ('analysis', '{ANALYSIS_VERSION}');
INSERT OR IGNORE INTO kb_meta VALUES ('count', '0');
"""


def has_schema(conn: sqlite3.Connection) -> bool:
    """True if the index tables exist (then opening an index writes nothing, so it also
    works on a read-only connection and never commits the caller's transaction)."""
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name IN ('kb_meta', 'kb_vocab')"
    ).fetchone()
    return int(row[0]) == 2


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the index tables statement by statement, inside the caller's transaction
    (``executescript`` would commit it first): for the desk cache's schema migration."""
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


@dataclass(frozen=True)
class SearchHit:
    """One result: scores are positive, higher is better.

    ``highlights`` are (start, end) offsets into ``snippet``; ``title_highlights`` into
    ``title``. The ``*_html`` fields are the same text escaped with ``<mark>`` around spans.
    """

    id: str
    title: str
    score: float
    lang: str
    snippet: str
    highlights: tuple[Span, ...]
    title_highlights: tuple[Span, ...] = ()
    snippet_html: str = ""
    title_html: str = ""
    category: str = ""
    section: str = ""
    translations: tuple[str, ...] = ()


class KnowledgeIndex:
    """Search index over articles in an SQLite database (a connection or a file path).

    A passed-in connection is used as is (the desk's cache connection, whose owner picks
    its pragmas; a large page cache or mmap helps search); a path opens a private
    connection in WAL mode with a 128 MB page cache and memory-mapped reads. Creating the
    tables (only when they do not exist yet) commits a transaction the caller left open
    (``executescript``; :func:`create_schema` does not). All writes
    happen inside a savepoint, so they commit atomically whatever the transaction mode.

    The index stores analysed terms, so an index built by an older analysis (see
    ``ANALYSIS_VERSION``) is :attr:`stale` until :meth:`rebuild` re-analyses the stored
    articles; the caller decides when, as it takes seconds for a large knowledge base.
    """

    def __init__(self, db: sqlite3.Connection | str | Path, terms: TermCache | None = None) -> None:
        self.terms = TermCache() if terms is None else terms
        if not isinstance(db, (str, Path)):
            # A connection: the stdlib's, or the desk cache's SQLCipher one (same API).
            self.conn = db
            self._owned = False
        else:
            self.conn = sqlite3.connect(str(db))
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            # The index of 50,000 articles is a few hundred MB; SQLite's default 2 MB page
            # cache would re-read doclists through system calls on every query.
            self.conn.execute("PRAGMA cache_size=-131072")
            self.conn.execute("PRAGMA mmap_size=1073741824")
            self._owned = True
        if not has_schema(self.conn):
            self.conn.executescript(_SCHEMA)
        self._known_words: set[str] | None = None

    def close(self) -> None:
        """Close the connection if this index opened it."""
        if self._owned:
            self.conn.close()

    # -- writing -------------------------------------------------------------------------

    @property
    def stale(self) -> bool:
        """True if the terms were produced by another version of the analysis."""
        row = self.conn.execute("SELECT value FROM kb_meta WHERE key = 'analysis'").fetchone()
        return row is None or row[0] != ANALYSIS_VERSION

    def clear(self) -> None:
        """Remove every article and the typo vocabulary."""
        self.conn.execute("SAVEPOINT kb_clear")
        for table in ("kb_article", "kb_fts", "kb_words", "kb_deletes"):
            self.conn.execute(f"DELETE FROM {table}")
        self.conn.execute("UPDATE kb_meta SET value = '0' WHERE key = 'count'")
        self.conn.execute("RELEASE kb_clear")
        self._known_words = None

    def rebuild(self) -> int:
        """Re-analyse every stored article with the current analysis; return the count."""
        ids = [row[0] for row in self.conn.execute("SELECT id FROM kb_article ORDER BY rowid")]
        articles = [article for article in map(self.get, ids) if article is not None]
        self.conn.execute("SAVEPOINT kb_rebuild")
        self.clear()
        self.add_articles(articles)
        self.conn.execute(
            "INSERT OR REPLACE INTO kb_meta VALUES ('analysis', ?)", (ANALYSIS_VERSION,)
        )
        self.conn.execute("RELEASE kb_rebuild")
        return len(articles)

    def count(self) -> int:
        row = self.conn.execute("SELECT value FROM kb_meta WHERE key = 'count'").fetchone()
        return int(row[0])

    def _words(self) -> set[str]:
        if self._known_words is None:
            self._known_words = {r[0] for r in self.conn.execute("SELECT word FROM kb_words")}
        return self._known_words

    def add_articles(self, articles: Iterable[Article], workers: int | None = None) -> int:
        """Insert or replace articles (by id); return how many ids are new.

        Text analysis is pure Python and dominates indexing time, so large batches are
        analysed in worker processes (``workers``: default one per core, at most 4, for
        batches of 5,000 or more); SQLite writes stay in this process and transaction.
        """
        batch = list(articles)
        conn = self.conn
        known = self._words()
        existing = self._existing(article.id for article in batch)
        new_words: dict[str, str] = {}
        seen_raw: set[str] = set()
        added = 0
        conn.execute("SAVEPOINT kb_add")
        analysed = prepare_all(batch, workers, self.terms)
        try:
            for article, prepared in zip(batch, analysed, strict=True):
                if article.id not in existing or not self._delete(article.id):
                    added += 1  # a replaced article leaves the count unchanged
                existing.add(article.id)
                self._insert(article, prepared)
                for raw in prepared.words.difference(seen_raw):
                    seen_raw.add(raw)
                    word = raw.lower()
                    if word not in known and word not in new_words and word.isalpha():
                        term = self.terms.term(raw, base_language(article.lang))
                        new_words[word] = term
                        # "erapaiva" typed on a keyboard without ä finds "eräpäivä".
                        new_words.setdefault(strip_accents(word), term)
            self._write_stats(new_words, added)
            conn.execute("RELEASE kb_add")
        except BaseException:
            conn.execute("ROLLBACK TO kb_add")
            conn.execute("RELEASE kb_add")
            self._known_words = None
            raise
        return added

    def _insert(self, article: Article, prepared: Prepared) -> None:
        cursor = self.conn.execute(
            "INSERT INTO kb_article (id, title, lang, category, section, tags, status,"
            " version, translations, body, plain, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id,
                article.title,
                article.lang,
                article.category,
                article.section,
                json.dumps(list(article.tags), ensure_ascii=False),
                article.status,
                article.version,
                json.dumps(list(article.translations), ensure_ascii=False),
                article.body,
                prepared.plain,
                article.source,
            ),
        )
        self.conn.execute(
            "INSERT INTO kb_fts (rowid, title, tags, body, meta) VALUES (?,?,?,?,?)",
            (cursor.lastrowid, prepared.title, prepared.tags, prepared.body, prepared.meta),
        )

    def _existing(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already indexed (one query per 500 ids)."""
        if self.count() == 0:
            return set()
        found: set[str] = set()
        pending = list(ids)
        for start in range(0, len(pending), 500):
            chunk = pending[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                row[0]
                for row in self.conn.execute(
                    f"SELECT id FROM kb_article WHERE id IN ({marks})", chunk
                )
            )
        return found

    def _write_stats(self, new_words: dict[str, str], added: int) -> None:
        conn = self.conn
        conn.executemany("INSERT OR IGNORE INTO kb_words VALUES (?, ?)", new_words.items())
        conn.executemany(
            "INSERT OR IGNORE INTO kb_deletes VALUES (?, ?)",
            (
                (key, word)
                for word in new_words
                if len(word) >= 4
                for key in deletes(word, 2 if len(word) >= 7 else 1)
            ),
        )
        self._words().update(new_words)
        conn.execute(
            "UPDATE kb_meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'count'",
            (added,),
        )

    def _delete(self, article_id: str) -> bool:
        row = self.conn.execute(
            "SELECT rowid FROM kb_article WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return False
        self.conn.execute("DELETE FROM kb_fts WHERE rowid = ?", (row[0],))
        self.conn.execute("DELETE FROM kb_article WHERE rowid = ?", (row[0],))
        return True

    def remove(self, article_id: str) -> bool:
        """Remove one article; return False if it was not indexed."""
        self.conn.execute("SAVEPOINT kb_remove")
        removed = self._delete(article_id)
        if removed:
            self.conn.execute("UPDATE kb_meta SET value = value - 1 WHERE key = 'count'")
        self.conn.execute("RELEASE kb_remove")
        return removed

    def build_from_folder(self, path: str | Path) -> LoadResult:
        """Load a folder of articles and index the good ones; return what was loaded."""
        result = load_folder(path)
        self.add_articles(result.articles)
        return result

    def get(self, article_id: str) -> Article | None:
        """The stored article, for the reader and for following translations."""
        row = self.conn.execute(
            "SELECT id, title, lang, body, category, section, tags, status, version,"
            " translations, source FROM kb_article WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return Article(
            id=row[0],
            title=row[1],
            lang=row[2],
            body=row[3],
            category=row[4],
            section=row[5],
            tags=tuple(json.loads(row[6])),
            status=row[7],
            version=row[8],
            translations=tuple(json.loads(row[9])),
            source=row[10],
        )

    # -- searching -----------------------------------------------------------------------

    def _resolve(self, parts: list[QueryPart], complete_last: bool = False) -> list[QueryPart]:
        """Keep the variants that exist, add typo corrections, drop stop-word-like parts.

        A part found in more than half of the articles is dropped when rarer parts remain
        (it is a stop word: "the", "ja", 的); long queries (assist) keep their rarest parts.
        With ``complete_last``, the last word also matches the words it begins.
        """
        last = parts[-1] if parts else None
        if complete_last and last and not last.is_cjk and len(last.text) >= MIN_PREFIX:
            completions = tuple(t for t in self._completions(last.text) if t not in last.variants)
            parts = [*parts[:-1], QueryPart(last.text, last.variants + completions, False)]
        candidates = {term for part in parts for term in part.variants}
        df = self._frequencies(candidates)
        resolved: list[QueryPart] = []
        for part in parts:
            variants = tuple(t for t in part.variants if t in df)
            fuzzy: tuple[str, ...] = ()
            if not variants and not part.is_cjk and typo_budget(part.text):
                fuzzy = self._corrections(part.text)
                df.update(self._frequencies(set(fuzzy)))
            terms = variants + tuple(t for t in fuzzy if t in df)
            if terms:
                count = sum(df[t] for t in terms)
                resolved.append(QueryPart(part.text, variants, part.is_cjk, fuzzy, count))
        if len(resolved) > 1:
            ceiling = max(1, int(self.count() * STOP_SHARE))
            resolved = [p for p in resolved if p.df <= ceiling] or [
                min(resolved, key=lambda p: p.df)
            ]
        if len(resolved) > MAX_QUERY_PARTS:
            rarest = {id(p) for p in sorted(resolved, key=lambda p: p.df)[:MAX_QUERY_PARTS]}
            resolved = [p for p in resolved if id(p) in rarest]
        return resolved

    def _completions(self, prefix: str) -> list[str]:
        """Index terms of vocabulary words starting with ``prefix`` (search as you type).

        The index holds stems, so "takaisinsoitt" must be completed through the surface
        words ("takaisinsoitto" -> "takaisinsoito"), not matched as an FTS5 prefix.
        """
        rows = self.conn.execute(
            "SELECT DISTINCT term FROM kb_words WHERE word >= ? AND word < ? LIMIT ?",
            (prefix, prefix + "\U0010ffff", MAX_COMPLETIONS),
        )
        return [row[0] for row in rows]

    def _frequencies(self, terms: set[str]) -> dict[str, int]:
        if not terms:
            return {}
        marks = ",".join("?" * len(terms))
        rows = self.conn.execute(
            f"SELECT term, doc FROM kb_vocab WHERE term IN ({marks}) AND doc > 0",
            tuple(terms),
        )
        return dict(rows)

    def _corrections(self, word: str) -> tuple[str, ...]:
        """Index terms of vocabulary words within the typo budget of ``word``."""
        budget = typo_budget(word)
        keys = tuple(deletes(word, budget))
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            f"SELECT DISTINCT d.word, w.term FROM kb_deletes d JOIN kb_words w"
            f" ON w.word = d.word WHERE d.del IN ({marks})",
            keys,
        ).fetchall()
        scored = sorted(
            (distance, term)
            for candidate, term in rows
            if (distance := edit_distance(word, candidate, budget)) <= budget
        )
        terms: list[str] = []
        for _, term in scored:
            if term not in terms:
                terms.append(term)
        return tuple(terms[:MAX_FUZZY])

    def _match(
        self,
        expression: str,
        scope: str,
        *,
        filters: str,
        limit: int,
        exclude: Collection[int],
    ) -> list[tuple[int, float, str]]:
        """(rowid, positive BM25 score, lang) of the best matches of an FTS5 expression."""
        query = f"{scope} : ({expression}){filters}"
        rows = self.conn.execute(
            "SELECT f.rowid, f.rank, a.lang FROM kb_fts f JOIN kb_article a"
            " ON a.rowid = f.rowid WHERE kb_fts MATCH ? AND f.rank MATCH ?"
            " ORDER BY f.rank LIMIT ?",
            (query, RANK, limit + len(exclude)),
        ).fetchall()
        return [(r, -rank, lang) for r, rank, lang in rows if r not in exclude][:limit]

    def _ranked(
        self,
        parts: Sequence[QueryPart],
        operator: str,
        *,
        filters: str,
        pool: int,
        exclude: Collection[int],
        prefer_lang: str | None,
    ) -> list[tuple[int, float]]:
        """Best ``pool`` matches of the parts joined by ``operator``, boosted and sorted.

        When the parts are so common that ranking every match would be slow (FTS5 scores
        each matching article), matches are taken from titles first, then tags, then
        bodies: for a term in a quarter of the knowledge base, the articles that carry it
        in their title are the relevant ones anyway.
        """
        counts = [part.df for part in parts]
        estimate = min(counts) if operator == " AND " else sum(counts)
        scopes = SCOPES if estimate > SCOPE_BUDGET else SCOPES[-1:]
        fts_query = expression(parts, operator)
        seen = set(exclude)
        ranked: list[tuple[int, float]] = []
        for scope in scopes:
            found = self._match(
                fts_query, scope, filters=filters, limit=pool - len(ranked), exclude=seen
            )
            ranked += boosted(found, prefer_lang)
            seen.update(rowid for rowid, _, _ in found)
            if len(ranked) >= pool:
                break
        return ranked

    def search(
        self,
        query: str,
        limit: int = 10,
        lang: str | None = None,
        prefer_lang: str | None = None,
        *,
        include_unpublished: bool = False,
        with_highlights: bool = True,
        as_you_type: bool = False,
    ) -> list[SearchHit]:
        """Best articles for ``query``, best first.

        Articles matching every query part come first; if they are fewer than ``limit``
        the rest is filled with articles matching some part (a mixed-language query rarely
        has one article holding all its words). When the query mixes Chinese and
        Latin-script words, that remainder interleaves the best of each script, because
        BM25 scores of character bigrams and of stems are not comparable and one script
        would otherwise crowd out the other. ``lang`` filters ("zh" takes both scripts);
        ``prefer_lang`` boosts that language (and, less, its other script) without
        excluding others. ``as_you_type`` treats an unfinished last word (no space after
        it yet) as the beginning of words.
        """
        if prefer_lang is None and lang is None and CJK_RUN.search(query):
            # Both scripts match; show the one the agent typed in first.
            prefer_lang = chinese_script(query)
        unfinished = as_you_type and query[-1:].isalnum()
        parts = self._resolve(parse_query(query, prefer_lang or lang, self.terms), unfinished)
        if not parts or limit <= 0:
            return []
        filters = ""
        if lang:
            filters += f" AND meta : {lang_token(lang)}"
        if not include_unpublished:
            filters += " NOT meta : qqhidden"
        pool = max(limit * 3, 30) if prefer_lang else limit
        ranked = self._ranked(
            parts, " AND ", filters=filters, pool=pool, exclude=(), prefer_lang=prefer_lang
        )
        if len(ranked) < limit and len(parts) > 1:
            seen = {rowid for rowid, _ in ranked}
            scripts = [[p for p in parts if p.is_cjk], [p for p in parts if not p.is_cjk]]
            if all(scripts):
                lists = [
                    self._ranked(
                        group,
                        " OR ",
                        filters=filters,
                        pool=pool,
                        exclude=seen,
                        prefer_lang=prefer_lang,
                    )
                    for group in scripts
                ]
                rest = interleave(lists)
            else:
                rest = self._ranked(
                    parts,
                    " OR ",
                    filters=filters,
                    pool=pool,
                    exclude=seen,
                    prefer_lang=prefer_lang,
                )
            ranked += [item for item in rest if item[0] not in seen]
        terms = [term for part in parts for term in part.terms]
        return self._hits(ranked[:limit], terms, with_highlights)

    def _hits(
        self, ranked: Sequence[tuple[int, float]], terms: Sequence[str], with_highlights: bool
    ) -> list[SearchHit]:
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        rows = {
            row[0]: row[1:]
            for row in self.conn.execute(
                "SELECT rowid, id, title, lang, plain, category, section, translations"
                f" FROM kb_article WHERE rowid IN ({marks})",
                [rowid for rowid, _ in ranked],
            )
        }
        hits: list[SearchHit] = []
        for rowid, score in ranked:
            article_id, title, article_lang, plain, category, section, links = rows[rowid]
            title_spans: list[Span] = []
            spans: list[Span] = []
            text = plain[:160]
            if with_highlights:
                title_spans = term_spans(title, article_lang, terms, self.terms)
                width = 90 if base_language(article_lang) == "zh" else 160
                body_spans = term_spans(plain, article_lang, terms, self.terms)
                text, spans = snippet(plain, body_spans, width)
            hits.append(
                SearchHit(
                    id=article_id,
                    title=title,
                    score=round(score, 4),
                    lang=article_lang,
                    snippet=text,
                    highlights=tuple(spans),
                    title_highlights=tuple(title_spans),
                    snippet_html=highlight_html(text, spans),
                    title_html=highlight_html(title, title_spans),
                    category=category,
                    section=section,
                    translations=tuple(json.loads(links)),
                )
            )
        return hits
