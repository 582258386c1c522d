"""Text analysis shared by indexing, querying and highlighting.

SQLite's own tokenisers fail our agents (see ARCHITECTURE.md): a run of Chinese characters
is one token, Simplified and Traditional spellings differ, and Finnish inflects every noun.
So we analyse text here and hand FTS5 space-separated *terms* that its plain tokeniser
keeps as they are:

- Chinese is folded to Simplified with OpenCC's character tables (applied both when
  indexing and when querying, so 發票 and 发票 become the same term) and indexed as
  character unigrams and bigrams, which makes one- and two-character queries work.
- Latin-script words are lower-cased and stemmed with the Snowball stemmer of the
  article's language; a query of unknown language is stemmed with every candidate.
- Short all-capital words (AHT, FCR, NPS) are acronyms: kept whole, never stemmed.

The character table is applied with ``str.translate``: it keeps offsets one-to-one (so
highlight spans computed on folded text are valid in the original) and is two orders of
magnitude faster than OpenCC's pure-Python phrase converter, which matters for 50,000
articles. Phrase-level conversion is not needed for matching because both sides are folded
the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import opencc
import snowballstemmer

from desktop.knowledge.articles import base_language

_CJK_CHARS = (
    "\u3040-\u30ff"  # kana, kept with Han so Japanese snippets do not glue to Latin words
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002ffff"
)
CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")
CJK_CHAR = re.compile(f"[{_CJK_CHARS}]")
# Overlapping pairs in one C-level scan: the lookahead consumes nothing.
CJK_BIGRAM = re.compile(f"(?=([{_CJK_CHARS}]{{2}}))")
WORD = re.compile(f"[^\\W_{_CJK_CHARS}]+")
TOKEN = re.compile(f"(?P<cjk>[{_CJK_CHARS}]+)|(?P<word>[^\\W_{_CJK_CHARS}]+)")

# Bump when analysis changes what terms a text yields: stored indexes become stale.
ANALYSIS_VERSION = "2"
# Languages whose words we stem; the key is the base language of a BCP 47 tag.
STEMMERS = {"en": "english", "fi": "finnish", "sv": "swedish", "zh": "english"}
# A query whose language is unknown is stemmed with each of these.
QUERY_LANGUAGES = ("en", "fi")
ACRONYM_MAX = 6


_SEARCH_EQUIVALENTS = {"帐": "账"}


def _opencc_dictionary(name: str) -> Path:
    return Path(opencc.__file__).parent / "dictionary" / name


@cache
def fold_table() -> dict[int, str]:
    """Traditional (including Taiwan and Hong Kong variants) -> Simplified, per character.

    Only single-character mappings are used, taking OpenCC's first (preferred) choice, so
    that the table keeps text length unchanged.
    """
    ts: dict[str, str] = {}
    for line in _opencc_dictionary("TSCharacters.txt").read_text("utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1:
            ts[source] = target
    table = {ord(src): dst for src, dst in ts.items() if src != dst}
    for variants in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for line in _opencc_dictionary(variants).read_text("utf-8").splitlines():
            source, _, targets = line.partition("\t")
            target = targets.split(" ")[0] if targets else ""
            if len(source) == 1 and len(target) == 1 and source != target:
                final = ts.get(target, target)
                if final != source:
                    table.setdefault(ord(source), final)
    # Characters that Simplified text writes one way and Traditional text (notably in
    # Taiwan) another, beyond OpenCC's one-directional table: 帳單 must find 账单.
    for source, target in _SEARCH_EQUIVALENTS.items():
        table = {key: target if value == source else value for key, value in table.items()}
        table[ord(source)] = target
    # Follow chains to their end (麼 -> 么 -> 幺): folding must be idempotent, or Simplified
    # text (folded once) and Traditional text (one step further) index different terms.
    for key, value in table.items():
        end, seen = value, {key}
        while (nxt := table.get(ord(end))) is not None and ord(end) not in seen:
            seen.add(ord(end))
            end = nxt
        table[key] = end
    return table


def fold_chinese(text: str) -> str:
    """Fold Traditional characters to Simplified, keeping the length of ``text``."""
    return text.translate(fold_table())


@cache
def _stemmer(language: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(STEMMERS[language])


def word_term(word: str, language: str) -> str:
    """The index term of one Latin-script word as written in a ``language`` text.

    Not cached here: a :class:`TermCache` (owned by whoever analyses many texts, e.g. a
    :class:`~desktop.knowledge.index.KnowledgeIndex`) remembers the answers, bounded.
    """
    if word.isupper() and len(word) <= ACRONYM_MAX:
        return word.lower()
    lowered = unicodedata.normalize("NFKC", word).lower()
    # Codes and numbers (ORD12345, 4G) are kept whole: stemming them means nothing.
    if language in STEMMERS and len(lowered) > 2 and lowered.isalpha():
        return str(_stemmer(language).stemWord(lowered))
    return lowered


TERM_CACHE_WORDS = 50_000
"""Words a :class:`TermCache` remembers per language: a knowledge base reuses a few
thousand, so this is never reached in practice but bounds a hostile or huge corpus."""


class _LanguageTerms(dict[str, str]):
    """word -> term for one language; a miss computes the term (dict speed on hits).

    Bounded by emptying itself when full: cheaper on the hot path than an LRU's
    bookkeeping, and safe to share between threads (each step is one dict operation).
    """

    def __init__(self, language: str, limit: int) -> None:
        super().__init__()
        self.language = language
        self.limit = limit

    def __missing__(self, word: str) -> str:
        term = word_term(word, self.language)
        if len(self) >= self.limit:
            self.clear()
        self[word] = term
        return term


class TermCache:
    """Remembers the index term of each word per language (stemming is pure Python and
    dominates indexing), at most ``limit`` words per language.

    An owned object, not a module global: an index, a search engine or a batch of
    indexing work holds one for as long as it lives and it goes with them.
    """

    def __init__(self, limit: int = TERM_CACHE_WORDS) -> None:
        self.limit = limit
        self._languages: dict[str, _LanguageTerms] = {}

    def of(self, language: str) -> _LanguageTerms:
        """The word -> term mapping of ``language`` (a base language: "en", "fi")."""
        found = self._languages.get(language)
        if found is None:
            found = self._languages[language] = _LanguageTerms(language, self.limit)
        return found

    def term(self, word: str, language: str) -> str:
        return self.of(language)[word]

    def __len__(self) -> int:
        return sum(len(terms) for terms in self._languages.values())


def analyse_words(
    text: str, lang: str, terms: TermCache | None = None
) -> tuple[list[str], list[str]]:
    """Index terms of ``text`` written in ``lang``, and its raw Latin-script words.

    The raw words feed the typo vocabulary. Order of terms is irrelevant to BM25; this
    is the hot loop of indexing, hence ``map`` over a cache instead of per-word calls.
    Without ``terms`` the words are stemmed through a cache of this call only.
    """
    words = WORD.findall(text)
    lookup = (TermCache() if terms is None else terms).of(base_language(lang))
    found = list(map(lookup.__getitem__, words))
    if CJK_CHAR.search(text):
        folded = fold_chinese(text)
        found += CJK_CHAR.findall(folded)
        found += CJK_BIGRAM.findall(folded)
    return found, words


def analyse(text: str, lang: str, terms: TermCache | None = None) -> list[str]:
    """All index terms of ``text`` written in ``lang``."""
    return analyse_words(text, lang, terms)[0]


@dataclass(frozen=True)
class QueryPart:
    """One unit of a query: a Latin word or a CJK gram, with its acceptable index terms.

    ``variants`` holds the stems in every candidate language plus the raw lower-cased form
    (which is how acronyms and unstemmed words are indexed); ``fuzzy`` is filled later with
    vocabulary terms close in spelling when none of the variants is known.
    """

    text: str
    variants: tuple[str, ...]
    is_cjk: bool
    fuzzy: tuple[str, ...] = ()
    df: int = 0  # articles holding any of the terms (upper bound: sum of term counts)

    @property
    def terms(self) -> tuple[str, ...]:
        return self.variants + tuple(t for t in self.fuzzy if t not in self.variants)


def query_languages(lang: str | None) -> tuple[str, ...]:
    """Stemming languages for a query: the given one first, then the other candidates."""
    if lang is None:
        return QUERY_LANGUAGES
    base = base_language(lang)
    rest = tuple(code for code in QUERY_LANGUAGES if code != base)
    return ((base,) if base in STEMMERS else ()) + rest


def parse_query(
    query: str, lang: str | None = None, terms: TermCache | None = None
) -> list[QueryPart]:
    """Split a query into parts; CJK runs become a unigram (1 char) or their bigrams."""
    cached = TermCache() if terms is None else terms
    folded = fold_chinese(unicodedata.normalize("NFKC", query))
    languages = query_languages(lang)
    parts: list[QueryPart] = []
    seen: set[str] = set()
    for match in TOKEN.finditer(folded):
        if match.group("cjk"):
            run = match.group("cjk")
            grams = [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
            for gram in grams:
                if gram not in seen:
                    seen.add(gram)
                    parts.append(QueryPart(gram, (gram,), True))
            continue
        word = match.group("word")
        lowered = word.lower()
        if lowered in seen:
            continue
        seen.add(lowered)
        variants = [lowered]
        for language in languages:
            term = cached.term(lowered, language)
            if term not in variants:
                variants.append(term)
        parts.append(QueryPart(lowered, tuple(variants), False))
    return parts


def term_spans(
    text: str, lang: str, terms: Iterable[str], cache: TermCache | None = None
) -> list[tuple[int, int]]:
    """Character spans of ``text`` whose analysis matches one of ``terms``.

    Latin words match by their index term; CJK matches by finding query grams inside the
    folded runs, merging overlaps so that a two-bigram match marks three characters once.
    """
    wanted = set(terms)
    grams = [t for t in wanted if CJK_RUN.fullmatch(t)]
    language = base_language(lang)
    lookup = (TermCache() if cache is None else cache).of(language)
    folded = fold_chinese(text)
    spans: list[tuple[int, int]] = []
    for match in TOKEN.finditer(folded):
        start = match.start()
        if match.group("word"):
            word = text[start : match.end()]
            if lookup[word] in wanted or word.lower() in wanted:
                spans.append((start, match.end()))
            continue
        spans.extend(gram_spans(match.group("cjk"), start, grams))
    return merge_spans(spans)


def gram_spans(run: str, start: int, grams: Iterable[str]) -> list[tuple[int, int]]:
    """Every place a query gram occurs in a CJK ``run`` that begins at ``start`` of the
    text (overlaps included: :func:`merge_spans` joins them)."""
    found: list[tuple[int, int]] = []
    for gram in grams:
        position = run.find(gram)
        while position >= 0:
            found.append((start + position, start + position + len(gram)))
            position = run.find(gram, position + 1)
    return found


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and merge the overlapping or touching ones."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def strip_accents(word: str) -> str:
    """``word`` without diacritics (ä -> a, é -> e), for accent-less typing."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a transposition counts once), capped at limit+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def deletes(word: str, depth: int) -> set[str]:
    """All strings obtained by deleting up to ``depth`` characters (SymSpell keys)."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def typo_budget(word: str) -> int:
    """Edits tolerated in a query word: none below 5 characters, 1 up to 8, then 2."""
    if len(word) >= 9:
        return 2
    if len(word) >= 5:
        return 1
    return 0
