"""Analysis of whole articles for indexing, in this process or in worker processes.

Indexing 50,000 articles is dominated by pure-Python text analysis, so this module holds
only picklable top-level functions and data that a process pool can run, and nothing
that touches SQLite.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from desktop.knowledge.analysis import TermCache, analyse_words
from desktop.knowledge.articles import Article, base_language
from desktop.knowledge.text import markdown_to_plain


def lang_token(lang: str) -> str:
    """Filter token of a language tag; "zh" matches both scripts via its own token."""
    return "qqlang" + "".join(ch for ch in lang.lower() if ch.isalnum())


def meta_tokens(article: Article) -> str:
    tokens = [lang_token(article.lang), lang_token(base_language(article.lang))]
    if not article.published:
        tokens.append("qqhidden")
    return " ".join(dict.fromkeys(tokens))


@dataclass(frozen=True)
class Prepared:
    """An article analysed for indexing: FTS column texts and its raw Latin words."""

    plain: str
    title: str
    tags: str
    body: str
    meta: str
    words: frozenset[str]


def prepare(article: Article, terms: TermCache | None = None) -> Prepared:
    """Analyse one article, remembering stems in ``terms`` (the caller's, or one of this
    article only)."""
    terms = TermCache() if terms is None else terms
    plain = markdown_to_plain(article.body)
    tags_text = " ".join((*article.tags, article.category, article.section))
    title_terms, title_words = analyse_words(article.title, article.lang, terms)
    tag_terms, tag_words = analyse_words(tags_text, article.lang, terms)
    body_terms, body_words = analyse_words(plain, article.lang, terms)
    return Prepared(
        plain=plain,
        title=" ".join(title_terms),
        tags=" ".join(tag_terms),
        body=" ".join(body_terms),
        meta=meta_tokens(article),
        words=frozenset(title_words).union(tag_words, body_words),
    )


def prepare_chunk(chunk: Sequence[Article]) -> list[Prepared]:
    """Analyse a chunk of articles sharing one term cache (a top-level function so that
    worker processes can run it; the cache lives and dies with the chunk)."""
    terms = TermCache()
    return [prepare(article, terms) for article in chunk]


PARALLEL_BATCH = 5_000
PARALLEL_CHUNK = 256


def prepare_all(
    batch: Sequence[Article], workers: int | None, terms: TermCache | None = None
) -> Iterator[Prepared]:
    """Prepared articles in batch order; ``workers=None`` picks a sensible default.

    The default stays in-process for small batches (a pool costs ~0.5 s to start) and in
    frozen builds, where spawning needs the application's cooperation (freeze_support).
    """
    if workers is None:
        frozen = bool(getattr(sys, "frozen", False))
        big = len(batch) >= PARALLEL_BATCH
        workers = min(os.cpu_count() or 1, 4) if big and not frozen else 1
    if workers <= 1:
        own = TermCache() if terms is None else terms
        for article in batch:
            yield prepare(article, own)
        return
    # "spawn" rather than fork: the desk process runs Qt and sync threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        chunks = [batch[i : i + PARALLEL_CHUNK] for i in range(0, len(batch), PARALLEL_CHUNK)]
        for prepared in pool.map(prepare_chunk, chunks):
            yield from prepared
