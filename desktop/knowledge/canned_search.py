"""Search as you type over canned replies: shortcut, title and every language's text.

A desk holds a few hundred canned replies, so the index is a plain in-memory structure
rebuilt from the cache whenever the ``canned`` topic changes (about a millisecond per
hundred replies), not FTS tables. It reuses the knowledge engine's analysis so the picker
finds what the knowledge search would: Traditional and Simplified Chinese fold together
(退貨 finds 退货) and are matched by character bigrams, Finnish and English words by their
stems, and a typo within :func:`~desktop.knowledge.analysis.typo_budget` still finds the
word ("passwrd" → "password"). Because the agent is still typing, a Latin word also
matches the words it begins ("hyvi" → "hyvitys").

Ranking is by where the query matched, in tiers: the shortcut beginning with the query
first ("/ref" → ``refund``), then replies whose title holds every query word, then those
whose text does. Within a tier, exact words beat completions and completions beat typo
corrections; ties keep the reader's order (by title).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from desktop.knowledge.analysis import (
    CJK_RUN,
    WORD,
    QueryPart,
    TermCache,
    analyse_words,
    deletes,
    edit_distance,
    parse_query,
    strip_accents,
    typo_budget,
)
from desktop.knowledge.articles import base_language

QUERY_MAX = 200
"""Characters of a query that are searched (the rest is ignored): a picker query is a
few words; a pasted page must not cost a second per keystroke."""
QUERY_PARTS_MAX = 12
"""Query words (or Chinese bigrams) that must match; more are ignored."""
COMPLETIONS_MAX = 200
"""Vocabulary words a prefix may complete to ("r" would otherwise take them all)."""
TITLE_LANGUAGES = ("en", "fi")
"""A title carries no language tag: it is stemmed both ways (Chinese needs no stemmer)."""

EXACT, COMPLETED, CORRECTED = 3, 2, 1
"""How well a query part matched a field: its own word or stem, a word it begins, a word
within its typo budget."""
SHORTCUT_TIER, TITLE_TIER, BODY_TIER = 0, 1, 2


class Searchable(Protocol):
    """What the search reads of a canned reply (``desktop.models.canned.CannedReply``)."""

    @property
    def id(self) -> int: ...

    @property
    def shortcut(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def variants(self) -> Mapping[str, str]: ...


R = TypeVar("R", bound=Searchable)


@dataclass(frozen=True)
class _Doc:
    shortcut: str
    title: frozenset[str]
    body: frozenset[str]


@dataclass(frozen=True)
class Hit(Generic[R]):
    """One found reply, its tier (0 shortcut, 1 title, 2 text) and score in the tier."""

    reply: R
    tier: int
    score: int


def normalise_query(query: str) -> str:
    """The query as searched: NFKC, cut at :data:`QUERY_MAX`, without the "/" that
    opened the picker, surrounding space removed."""
    text = unicodedata.normalize("NFKC", query[:QUERY_MAX]).strip()
    return text[1:].lstrip() if text.startswith("/") else text


def _shortcut_key(text: str) -> str:
    return "".join(text.lower().split())


class CannedSearch(Generic[R]):
    """The search index of one set of canned replies; :meth:`rebuild` when they change.

    Not thread-safe: the reply box owns one and uses it on the Qt thread.
    """

    def __init__(self, replies: Iterable[R] = ()) -> None:
        self.terms = TermCache()
        self._replies: list[R] = []
        self._docs: list[_Doc] = []
        self._vocabulary: dict[str, frozenset[str]] = {}
        self._sorted_words: list[str] = []
        self._deletes: dict[str, set[str]] = {}
        self.rebuild(replies)

    def __len__(self) -> int:
        return len(self._replies)

    @property
    def replies(self) -> Sequence[R]:
        return self._replies

    def rebuild(self, replies: Iterable[R]) -> None:
        """Index ``replies`` (kept in the order given: the reader's, by title)."""
        self._replies = list(replies)
        self._docs = []
        vocabulary: dict[str, set[str]] = {}
        known: dict[tuple[str, str], tuple[str, ...]] = {}
        for reply in self._replies:
            title = self._field(reply.title, TITLE_LANGUAGES, vocabulary, known)
            shortcut_words = " ".join(WORD.findall(reply.shortcut))
            title |= self._field(shortcut_words, ("en",), vocabulary, known)
            body: set[str] = set()
            for language, text in reply.variants.items():
                body |= self._field(text, (base_language(language),), vocabulary, known)
            self._docs.append(
                _Doc(_shortcut_key(reply.shortcut), frozenset(title), frozenset(body))
            )
        self._vocabulary = {word: frozenset(terms) for word, terms in vocabulary.items()}
        self._sorted_words = sorted(self._vocabulary)
        self._deletes = {}
        for word in self._sorted_words:
            if len(word) >= 4 and word.isalpha():
                for key in deletes(word, 2 if len(word) >= 7 else 1):
                    self._deletes.setdefault(key, set()).add(word)

    def _field(
        self,
        text: str,
        languages: Iterable[str],
        vocabulary: dict[str, set[str]],
        known: dict[tuple[str, str], tuple[str, ...]],
    ) -> set[str]:
        """Terms of one field: stems, CJK grams and the plain lower-cased words (with and
        without accents), which prefixes and typo corrections are matched against.
        ``known`` remembers each word's forms for the rebuild (most words recur)."""
        found: set[str] = set()
        for language in languages:
            terms, words = analyse_words(text, language, self.terms)
            found.update(terms)
            for word, term in zip(words, terms, strict=False):
                forms = known.get((word, language))
                if forms is None:
                    lowered = unicodedata.normalize("NFKC", word).lower()
                    forms = known[word, language] = tuple({lowered, strip_accents(lowered)})
                    for plain in forms:
                        vocabulary.setdefault(plain, set()).update((plain, term))
                    # Stems are words too: "hyvitys" is one typo from "hyvityks" (the stem
                    # of "hyvityksen"), not from the inflected word.
                    vocabulary.setdefault(term, set()).add(term)
                found.update(forms)
        return found

    # ------------------------------------------------------------------ queries

    def search(self, query: str, limit: int = 50) -> list[R]:
        """Replies matching ``query`` best first (every reply, in order, for an empty
        query), at most ``limit``."""
        return [hit.reply for hit in self.hits(query)[: max(0, limit)]]

    def hits(self, query: str) -> list[Hit[R]]:
        text = normalise_query(query)
        if not text:
            return [Hit(reply, BODY_TIER, 0) for reply in self._replies]
        key = _shortcut_key(text)
        parts = parse_query(text, None, self.terms)[:QUERY_PARTS_MAX]
        accepted = [self._accepted(part) for part in parts]
        found: list[tuple[int, int, int, Hit[R]]] = []
        for position, (reply, doc) in enumerate(zip(self._replies, self._docs, strict=True)):
            hit = self._match(reply, doc, key, accepted)
            if hit is not None:
                found.append((hit.tier, -hit.score, position, hit))
        found.sort(key=lambda entry: entry[:3])
        return [entry[3] for entry in found]

    def _match(
        self, reply: R, doc: _Doc, key: str, accepted: list[dict[str, int]]
    ) -> Hit[R] | None:
        if key and doc.shortcut.startswith(key):
            # An exact shortcut first, then the shorter (closer) ones.
            score = 1000 if doc.shortcut == key else 500 - min(len(doc.shortcut), 400)
            return Hit(reply, SHORTCUT_TIER, score)
        if not accepted:
            return None
        title_score = _all_parts(doc.title, accepted)
        if title_score:
            return Hit(reply, TITLE_TIER, title_score)
        either = _all_parts(doc.title | doc.body, accepted)
        return Hit(reply, BODY_TIER, either) if either else None

    def _accepted(self, part: QueryPart) -> dict[str, int]:
        """Every term that satisfies ``part``, with how well (:data:`EXACT` ...)."""
        accepted: dict[str, int] = {}

        def add(terms: Iterable[str], quality: int) -> None:
            for term in terms:
                if accepted.get(term, 0) < quality:
                    accepted[term] = quality

        if part.is_cjk:
            add(part.variants, EXACT)
            return accepted
        word = strip_accents(part.text)
        add((*part.variants, word), EXACT)
        start = bisect_left(self._sorted_words, word)
        for completion in self._sorted_words[start : start + COMPLETIONS_MAX]:
            if not completion.startswith(word):
                break
            add(self._vocabulary[completion], COMPLETED)
        budget = typo_budget(word)
        if budget:
            candidates: set[str] = set()
            for key in deletes(word, budget):
                candidates |= self._deletes.get(key, set())
            for candidate in candidates:
                if edit_distance(word, candidate, budget) <= budget:
                    add(self._vocabulary[candidate], CORRECTED)
        return accepted


def _all_parts(terms: frozenset[str], accepted: list[dict[str, int]]) -> int:
    """The summed quality when every part matches one of ``terms``, else 0.

    A Chinese bigram the text does not hold still matches, as a correction, when both its
    characters are there: "退款核准" finds "退款已核准", whose "款核" never occurs."""
    total = 0
    for part in accepted:
        if len(part) <= len(terms):
            best = max((quality for term, quality in part.items() if term in terms), default=0)
        else:
            best = max((part.get(term, 0) for term in terms), default=0)
        if not best:
            bigram = next(iter(part)) if len(part) == 1 else ""
            if len(bigram) == 2 and CJK_RUN.fullmatch(bigram) and set(bigram) <= terms:
                best = CORRECTED
        if not best:
            return 0
        total += best
    return total
