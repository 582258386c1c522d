"""Agent assist: suggest the articles and scripts that fit what the customer is saying.

While a customer waits, the agent should not have to think of search words. After each
customer message the desk calls :meth:`Assistant.suggest` with the last few messages and
shows the top three suggestions, articles and scripts mixed, in the conversation's
language first.

It reuses the search engine: the messages become one query (minus small talk words, so
"hi, my invoice is wrong" searches for "invoice wrong"), searched with the conversation's
language family as a filter and its exact language preferred, then without the filter if
that found too little. Scripts sit in a small private in-memory index of their own, so
article search never returns them. Translations of an already suggested article are
skipped: three suggestions should be three different answers.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from desktop.knowledge.analysis import TOKEN
from desktop.knowledge.articles import Article, base_language
from desktop.knowledge.index import KnowledgeIndex, SearchHit
from desktop.knowledge.language import guess_language
from desktop.knowledge.scripts import Script
from desktop.knowledge.stopwords import LATIN_STOP_WORDS, strip_chinese

RECENT_MESSAGES = 3
SUGGESTIONS = 3
# How much the newest message's own search adds to the whole conversation's.
LATEST_WEIGHT = 0.6
STOP_WORDS = LATIN_STOP_WORDS


@dataclass(frozen=True)
class Message:
    """A customer message: its text and, if known, its language (BCP 47)."""

    text: str
    lang: str | None = None


@dataclass(frozen=True)
class Suggestion:
    kind: Literal["article", "script"]
    id: str
    title: str
    lang: str
    score: float
    snippet: str = ""


def assist_query(messages: Sequence[Message]) -> str:
    """The search text for recent messages, newest first, without small-talk words.

    The newest message's words come first and each word appears once, so when the
    index keeps only a long query's rarest parts, the latest message wins ties.
    Chinese runs lose their function words (什么时候, 我, 需要) before bigramming.
    """
    words: list[str] = []
    seen: set[str] = set()
    for message in reversed(messages[-RECENT_MESSAGES:]):
        for match in TOKEN.finditer(message.text):
            token = match.group(0)
            if match.group("word"):
                pieces = [] if token.lower() in LATIN_STOP_WORDS else [token]
            else:
                pieces = [p for p in strip_chinese(token) if len(p) > 1]
            for piece in pieces:
                if piece.lower() not in seen:
                    seen.add(piece.lower())
                    words.append(piece)
    return " ".join(words)


def _script_article(script: Script) -> Article:
    return Article(
        id=script.id,
        title=script.title,
        lang=script.lang,
        body="\n\n".join(step.text for step in script.steps),
        category=script.category,
        tags=script.tags,
        translations=script.translations,
    )


class Assistant:
    """Suggests articles (from the desk's index) and scripts for a conversation."""

    def __init__(self, index: KnowledgeIndex, scripts: Iterable[Script] = ()) -> None:
        self.index = index
        self.scripts = KnowledgeIndex(sqlite3.connect(":memory:", check_same_thread=False))
        self.set_scripts(scripts)

    def set_scripts(self, scripts: Iterable[Script]) -> None:
        """Replace the scripts on offer (after sync brings new versions)."""
        self.scripts.clear()
        self.scripts.add_articles(_script_article(script) for script in scripts)

    def suggest(self, messages: Sequence[Message], lang: str | None = None) -> list[Suggestion]:
        """Top suggestions for the latest customer messages, in ``lang`` first.

        ``lang`` is the conversation's language; without it, the newest message's, or
        a guess from the messages' text.
        """
        lang = lang or next((m.lang for m in reversed(messages) if m.lang), None)
        if lang is None and messages:
            lang = guess_language(" ".join(m.text for m in messages[-RECENT_MESSAGES:]))
        query = assist_query(messages)
        if not query.strip():
            return []
        # The newest message weighs more: with older ones around, it is searched on its
        # own too and its relative scores are added to those of the whole query.
        latest = assist_query(messages[-1:]) if len(messages) > 1 else ""
        ranked: list[tuple[float, Suggestion, tuple[str, ...]]] = []
        for kind, index, weight in (("article", self.index, 1.0), ("script", self.scripts, 0.95)):
            scores: dict[str, float] = {}
            found: dict[str, SearchHit] = {}
            for text, share in ((query, 1.0), (latest, LATEST_WEIGHT)):
                if not text.strip() or (text == query and share != 1.0):
                    continue
                hits = self._search(index, text, lang)
                if not hits:
                    continue
                # BM25 scores of two corpora (or queries) are not comparable; relative are.
                best = hits[0].score or 1.0
                for hit in hits:
                    found.setdefault(hit.id, hit)
                    scores[hit.id] = scores.get(hit.id, 0.0) + share * hit.score / best
            if not scores:
                continue
            # BM25 scores can all be 0 on a tiny index: rank them equal, never divide by 0.
            top = max(scores.values()) or 1.0
            for hit_id, score in scores.items():
                hit = found[hit_id]
                suggestion = Suggestion(
                    kind,  # type: ignore[arg-type]
                    hit.id,
                    hit.title,
                    hit.lang,
                    hit.score,
                    hit.snippet,
                )
                ranked.append((weight * score / top, suggestion, hit.translations))
        ranked.sort(key=lambda item: -item[0])
        distinct: list[Suggestion] = []
        skipped: set[str] = set()
        for _, suggestion, translations in ranked:
            if suggestion.id in skipped:
                continue
            distinct.append(suggestion)
            skipped.update(translations)
        return distinct[:SUGGESTIONS]

    @staticmethod
    def _search(index: KnowledgeIndex, query: str, lang: str | None) -> list[SearchHit]:
        """Best distinct hits: the language family first, then any language."""
        hits: list[SearchHit] = []
        if lang:
            hits = index.search(
                query, limit=SUGGESTIONS * 2, lang=base_language(lang), prefer_lang=lang
            )
        if len(hits) < SUGGESTIONS:
            known = {hit.id for hit in hits}
            more = index.search(query, limit=SUGGESTIONS * 2, prefer_lang=lang)
            hits += [hit for hit in more if hit.id not in known]
        distinct: list[SearchHit] = []
        skipped: set[str] = set()
        for hit in hits:
            if hit.id in skipped:
                continue
            distinct.append(hit)
            skipped.update(hit.translations)
            if len(distinct) == SUGGESTIONS:
                break
        return distinct


class AssistSession:
    """Keeps the recent customer messages of one conversation and re-suggests on each."""

    def __init__(self, assistant: Assistant, lang: str | None = None) -> None:
        self.assistant = assistant
        self.lang = lang
        self.messages: deque[Message] = deque(maxlen=RECENT_MESSAGES)
        self.suggestions: list[Suggestion] = []

    def add(self, message: Message) -> list[Suggestion]:
        self.messages.append(message)
        self.suggestions = self.assistant.suggest(list(self.messages), self.lang)
        return self.suggestions
