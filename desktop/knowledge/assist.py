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

RECENT_MESSAGES = 3
SUGGESTIONS = 3
# Words that say nothing about the customer's problem. Rare words win anyway through
# BM25, but dropping these keeps assist queries short and fast.
_STOP_WORDS_TEXT = """
a about am an and any are as at be been but by can could did do does for from get got
had has have hello hi how i i'm if in is it its just me my no not now of on or our
please so that the their them there they this to too was we were what when where which
why will with would yes you your thanks thank ok okay
ei eikä että hei ja jo kiitos kun minä minun mulla mä myös niin nyt olen oli on se sitä
tai tämä te voi voisitteko vielä
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


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
    """The search text for recent messages, newest first, without small-talk words."""
    words: list[str] = []
    for message in reversed(messages[-RECENT_MESSAGES:]):
        for match in TOKEN.finditer(message.text):
            token = match.group(0)
            if match.group("word") and token.lower() in STOP_WORDS:
                continue
            words.append(token)
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
        articles = self._search(self.index, query, lang)
        scripts = self._search(self.scripts, query, lang)
        ranked: list[tuple[float, Suggestion]] = []
        for kind, hits, weight in (("article", articles, 1.0), ("script", scripts, 0.95)):
            if not hits:
                continue
            # BM25 scores of two corpora are not comparable; relative scores are.
            best = hits[0].score or 1.0
            for hit in hits:
                suggestion = Suggestion(
                    kind,  # type: ignore[arg-type]
                    hit.id,
                    hit.title,
                    hit.lang,
                    hit.score,
                    hit.snippet,
                )
                ranked.append((weight * hit.score / best, suggestion))
        ranked.sort(key=lambda item: -item[0])
        return [suggestion for _, suggestion in ranked[:SUGGESTIONS]]

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
