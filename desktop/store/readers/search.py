"""Search over every cached conversation and message (the index of
``desktop/store/search_index.py``), mixed into :class:`desktop.store.reader.CacheReader`.

A query is analysed like the indexed text (``desktop/knowledge/analysis.py``), each part
becomes an FTS5 OR of its acceptable terms (the word as typed, its stems in the candidate
languages, typo corrections from the SymSpell keys, and, for the last word while it is
being typed, a prefix), and the parts are ANDed with the filter tokens. Terms are always
quoted, so nothing the agent types is FTS5 syntax.

Cost is bounded whatever the query: FTS5 walks the matches newest first and stops at
:data:`MATCH_WINDOW` messages (and :data:`HEADER_WINDOW` headers), so a word in half the
cache costs what a rare word costs, and the ranking of a very common word is over its most
recent matches (what an agent searching "invoice" wants to see first anyway). The
candidates are read back and ordered in Python:

1. tier: every part matched as a whole word > the word being typed completed (prefix) >
   some part only through a stem > some part only through a typo correction;
2. the query's words found next to each other (a phrase) first;
3. BM25's term frequency and length normalisation (rounded, so that near-equal scores
   count as ties; see :meth:`SearchReads._judge` for why not FTS5's ``bm25()``);
4. recent activity.

Several matching messages of a conversation collapse into one hit: its best message and
how many of the candidates it had.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.knowledge.analysis import (
    CJK_CHAR,
    CJK_RUN,
    TOKEN,
    WORD,
    QueryPart,
    TermCache,
    deletes,
    edit_distance,
    fold_chinese,
    gram_spans,
    merge_spans,
    parse_query,
    query_languages,
)
from desktop.knowledge.language import chinese_script
from desktop.knowledge.prepare import lang_token
from desktop.knowledge.ranking import quote
from desktop.knowledge.text import snippet
from desktop.store.search_index import filter_tokens, header_text

MAX_QUERY_CHARS = 200
"""Longer input is cut: nobody types more, and every part costs a doclist walk."""
MAX_PARTS = 8
MATCH_WINDOW = 250
"""Most messages read back and scored per query (newest matches first)."""
HEADER_WINDOW = 60
PREFIX_INDEX = 6
"""The longest prefix the FTS5 table has an index for (``prefix='2 3 4 5 6'``)."""
K1, B, AVERAGE_CHARS = 1.2, 0.75, 120.0
MAX_FUZZY = 3
MIN_PREFIX = 2
SNIPPET_WIDTH = 120
SNIPPET_WIDTH_CJK = 60

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ConversationHit:
    """One conversation found by a search.

    ``message_id`` is the best matching message, or None when the header (customer name,
    subject, email, phone) matched best; ``snippet`` is a passage of that text with
    ``highlights`` as (start, end) offsets into it; ``matches`` counts the conversation's
    matching messages among the candidates; ``internal`` says the best match is an
    internal note; ``title`` is "customer name · subject" (whitespace runs collapsed) with
    ``title_highlights`` into it.
    """

    conversation_id: int
    message_id: int | None
    customer_name: str
    subject: str
    channel: str
    status: str
    queue_id: int
    language: str
    time: float
    snippet: str
    highlights: tuple[Span, ...]
    matches: int
    internal: bool
    score: float
    title: str = ""
    title_highlights: tuple[Span, ...] = ()


@dataclass(frozen=True)
class _Part:
    """A query part: ``exact`` (as typed), ``stems``, ``fuzzy`` terms, maybe a prefix."""

    text: str
    is_cjk: bool
    exact: str
    stems: tuple[str, ...]
    fuzzy: tuple[str, ...]
    prefix: bool

    def expression(self) -> str:
        terms = [self.exact, *self.stems, *self.fuzzy]
        quoted = [quote(t) for t in dict.fromkeys(terms)]
        if self.prefix:
            # Served by the prefix index up to its longest length; a longer prefix is
            # checked on the candidates' words (see _judge).
            quoted.append(quote(self.exact[:PREFIX_INDEX]) + " *")
        return "(" + " OR ".join(quoted) + ")"

    @property
    def stem_set(self) -> frozenset[str]:
        return frozenset((self.exact, *self.stems))


@dataclass
class _Candidate:
    rowid: int
    conversation_id: int
    text: str
    time: float
    direction: str
    score: float = 0.0
    tier: int = 0
    phrase: bool = False


def _fold(text: str) -> str:
    """Traditional -> Simplified, skipped for text without CJK (``translate`` over the
    fold table costs microseconds per character even for ASCII)."""
    return fold_chinese(text) if CJK_CHAR.search(text) else text


def _word_matches(
    part: _Part, counts: Counter[str], stemmed: Callable[[], Counter[str]]
) -> tuple[int, int]:
    """(occurrences, best kind) of a Latin part among a text's words: kind 0 the word as
    typed, 1 a completion of the word being typed, 2 a stem, 3 a typo correction.
    ``stemmed`` gives the text's words and their stems, counted (made once per text, and
    only when a part is not there as typed)."""
    tf = counts.get(part.exact, 0)
    if tf:
        return tf, 0
    if part.prefix:
        exact = part.exact
        tf = sum(n for word, n in counts.items() if word.startswith(exact))
        if tf:
            return tf, 1
    terms = stemmed()
    tf = sum(terms.get(term, 0) for term in part.stem_set)
    if tf:
        return tf, 2
    return sum(terms.get(term, 0) for term in part.fuzzy), 3


def clean_query(query: str) -> str:
    """At most :data:`MAX_QUERY_CHARS` characters, control characters turned to spaces."""
    text = unicodedata.normalize("NFKC", query[: MAX_QUERY_CHARS * 2])[:MAX_QUERY_CHARS]
    return "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)


class SearchReads:
    """Conversation search; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection
    _search_terms: TermCache | None = None

    def _term_cache(self) -> TermCache:
        if self._search_terms is None:
            self._search_terms = TermCache()
        return self._search_terms

    def search_conversations(
        self,
        query: str,
        *,
        channel: str | None = None,
        status: str | None = None,
        queue_id: int | None = None,
        language: str | None = None,
        limit: int = 50,
    ) -> list[ConversationHit]:
        """Ranked conversations for ``query`` (see the module's docstring); the last word
        is a prefix unless the query ends with a space. Never raises on odd input."""
        text = clean_query(query)
        if limit <= 0 or not text.strip():
            return []
        parts = self._parts(text, language)
        if not parts:
            return []
        where = "terms : (" + " AND ".join(p.expression() for p in parts) + ")"
        tokens = filter_tokens(channel=channel, status=status, queue_id=queue_id)
        if language:
            tokens.append(lang_token(language))
        where += "".join(f" AND meta : {token}" for token in tokens)
        candidates = self._judge(self._candidates(where), parts)
        return self._hits(candidates, parts, limit) if candidates else []

    # -- query ----------------------------------------------------------------------

    def _parts(self, text: str, language: str | None) -> list[_Part]:
        cache = self._term_cache()
        prefer = language or (chinese_script(text) if CJK_RUN.search(text) else None)
        parsed = parse_query(text, prefer, cache)[:MAX_PARTS]
        typing = text[-1:].isalnum()
        parts: list[_Part] = []
        for index, part in enumerate(parsed):
            last = index == len(parsed) - 1
            if part.is_cjk:
                parts.append(_Part(part.text, True, part.text, (), (), False))
                continue
            prefix = last and typing
            if prefix and len(part.text) < MIN_PREFIX:
                continue  # one letter typed: wait for the next
            stems = tuple(v for v in part.variants if v != part.text)
            fuzzy = self._corrections(part)
            parts.append(_Part(part.text, False, part.text, stems, fuzzy, prefix))
        return parts

    def _corrections(self, part: QueryPart) -> tuple[str, ...]:
        """Words of the cache one edit from a word of 5+ letters (also the one being
        typed: "delivry" finds "delivery" before the space)."""
        word = part.text
        if len(word) < 5 or not word.isalpha():
            return ()
        keys = tuple(deletes(word, 1))
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            f"SELECT DISTINCT word FROM cs_deletes WHERE del IN ({marks})", keys
        ).fetchall()
        found = sorted(
            (edit_distance(word, str(r[0]), 1), str(r[0]))
            for r in rows
            if str(r[0]) != word and str(r[0]) not in part.variants
        )
        return tuple(w for distance, w in found if distance <= 1)[:MAX_FUZZY]

    def _candidates(self, where: str) -> list[_Candidate]:
        """The newest matching messages and headers, with their text."""
        run = self.conn.execute
        message_ids = [
            int(r[0])
            for r in run(
                "SELECT rowid FROM cs_fts WHERE cs_fts MATCH ? AND rowid > 0"
                " ORDER BY rowid DESC LIMIT ?",
                (where, MATCH_WINDOW),
            )
        ]
        conversation_ids = [
            -int(r[0])
            for r in run(
                "SELECT rowid FROM cs_fts WHERE cs_fts MATCH ? AND rowid < 0"
                " ORDER BY rowid LIMIT ?",
                (where, HEADER_WINDOW),
            )
        ]
        found: list[_Candidate] = []
        if message_ids:
            marks = ",".join("?" * len(message_ids))
            found += [
                _Candidate(int(mid), int(cid), str(body), float(created), str(direction))
                for mid, cid, body, created, direction in run(
                    "SELECT id, conversation_id, body, created_at, direction FROM messages"
                    f" WHERE id IN ({marks})",
                    message_ids,
                )
            ]
        if conversation_ids:
            marks = ",".join("?" * len(conversation_ids))
            for cid, name, subject, at, cname, email, phone in run(
                "SELECT c.id, c.customer_name, c.subject, c.last_message_at, u.name, u.email,"
                " u.phone FROM conversations c LEFT JOIN customers u ON u.id = c.customer_id"
                f" WHERE c.id IN ({marks})",
                conversation_ids,
            ):
                text = header_text(name, subject, cname, email, phone).replace(" \n ", " · ")
                found.append(_Candidate(-int(cid), int(cid), text, float(at), "head"))
        return found

    # -- ordering -------------------------------------------------------------------

    def _judge(self, candidates: list[_Candidate], parts: Sequence[_Part]) -> list[_Candidate]:
        """Score the candidates; drop those that do not hold every part after all (a
        prefix longer than the prefix index, a stem of another language).

        The score is BM25's term-frequency saturation and length normalisation over the
        analysed words. Its IDF is left out: every candidate holds every part, so IDF
        would only weigh the parts against each other, and FTS5's ``bm25()`` counts the
        full doclist of every phrase (filter tokens included) to get it: 8-10 ms for a
        filtered query over 500,000 messages, more than the whole frame budget.
        """
        cache = self._term_cache()
        lookups = [cache.of(language) for language in query_languages(None)]
        latin = [p for p in parts if not p.is_cjk]
        phrase = " " + " ".join(p.text for p in latin)
        kept: list[_Candidate] = []
        for candidate in candidates:
            folded = _fold(candidate.text).lower()
            words = WORD.findall(folded)
            counts = Counter(words)
            norm = K1 * (1 - B + B * len(folded) / AVERAGE_CHARS)
            tier = 0
            score = 0.0
            stems: list[Counter[str]] = []

            def stemmed(
                counts: Counter[str] = counts, stems: list[Counter[str]] = stems
            ) -> Counter[str]:
                if not stems:
                    terms = Counter(counts)
                    for word, n in counts.items():
                        for term in {lookup[word] for lookup in lookups}:
                            if term != word:
                                terms[term] += n
                    stems.append(terms)
                return stems[0]

            for part in parts:
                if part.is_cjk:
                    tf, kind = folded.count(part.exact), 0
                else:
                    tf, kind = _word_matches(part, counts, stemmed)
                if not tf:
                    break
                tier = max(tier, kind)
                score += tf / (tf + norm)
            else:
                candidate.tier = tier
                candidate.score = score
                if len(latin) > 1:
                    joined = " " + " ".join(words) + " "
                    candidate.phrase = (phrase if latin[-1].prefix else phrase + " ") in joined
                kept.append(candidate)
        return kept

    def _hits(
        self, candidates: list[_Candidate], parts: Sequence[_Part], limit: int
    ) -> list[ConversationHit]:
        def key(c: _Candidate) -> tuple[int, bool, float, float]:
            return (c.tier, not c.phrase, -round(c.score, 1), -c.time)

        ordered = sorted(candidates, key=key)
        best: dict[int, _Candidate] = {}
        counts: dict[int, int] = {}
        for candidate in ordered:
            best.setdefault(candidate.conversation_id, candidate)
            if candidate.rowid > 0:
                counts[candidate.conversation_id] = counts.get(candidate.conversation_id, 0) + 1
        chosen = list(best.values())[:limit]
        ids = [c.conversation_id for c in chosen]
        marks = ",".join("?" * len(ids))
        rows = {
            int(r[0]): r[1:]
            for r in self.conn.execute(
                "SELECT id, customer_name, subject, channel, status, queue_id, language,"
                f" last_message_at FROM conversations WHERE id IN ({marks})",
                ids,
            )
        }
        hits: list[ConversationHit] = []
        for candidate in chosen:
            row = rows.get(candidate.conversation_id)
            if row is None:
                continue  # a message whose conversation is not cached (yet)
            name, subject, channel, status, queue, language, last = row
            spans = self.spans(candidate.text, parts)
            width = SNIPPET_WIDTH_CJK if CJK_RUN.search(candidate.text) else SNIPPET_WIDTH
            text, shown = snippet(" ".join(candidate.text.split()), spans, width)
            title = " ".join(
                " · ".join(p for p in (str(name or ""), str(subject or "")) if p).split()
            )
            hits.append(
                ConversationHit(
                    conversation_id=candidate.conversation_id,
                    message_id=candidate.rowid if candidate.rowid > 0 else None,
                    customer_name=str(name or ""),
                    subject=str(subject or ""),
                    channel=str(channel),
                    status=str(status),
                    queue_id=int(queue),
                    language=str(language or ""),
                    time=float(candidate.time if candidate.rowid > 0 else last),
                    snippet=text,
                    highlights=tuple(shown),
                    matches=counts.get(candidate.conversation_id, 0),
                    internal=candidate.direction == "note",
                    score=round(candidate.score, 3),
                    title=title,
                    title_highlights=tuple(self.spans(title, parts)),
                )
            )
        return hits

    def spans(self, text: str, parts: Sequence[_Part]) -> list[Span]:
        """Where the parts match in ``text``, after collapsing its whitespace runs (as
        the snippet's source is)."""
        text = " ".join(text.split())
        cache = self._term_cache()
        lookups = [cache.of(language) for language in query_languages(None)]
        latin = [p for p in parts if not p.is_cjk]
        wanted = set().union(*(p.stem_set | set(p.fuzzy) for p in latin)) if latin else set()
        prefixes = tuple(p.exact for p in latin if p.prefix)
        grams = [p.exact for p in parts if p.is_cjk]
        folded = _fold(text)
        found: list[Span] = []
        for match in TOKEN.finditer(folded):
            start, end = match.start(), match.end()
            if match.group("word"):
                word = folded[start:end].lower()
                if (
                    word in wanted
                    or (prefixes and word.startswith(prefixes))
                    or any(lookup[word] in wanted for lookup in lookups)
                ):
                    found.append((start, end))
                continue
            found.extend(gram_spans(match.group("cjk"), start, grams))
        return merge_spans(found)
