"""Query expressions and result ordering helpers of the knowledge index.

Kept apart from index.py so that the ranking policy (language preference, interleaving of
scripts) reads in one place and can be tested without a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.knowledge.analysis import QueryPart
from desktop.knowledge.articles import base_language


def quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def expression(parts: Sequence[QueryPart], operator: str) -> str:
    """An FTS5 expression: each part is an OR of its terms, parts joined by operator."""
    return operator.join("(" + " OR ".join(quote(t) for t in p.terms) + ")" for p in parts)


def language_boost(article_lang: str, prefer_lang: str | None) -> float:
    """Score multiplier for the conversation's language: exact 1.5, same family 1.25."""
    if not prefer_lang:
        return 1.0
    if article_lang.lower() == prefer_lang.lower():
        return 1.5
    if base_language(article_lang) == base_language(prefer_lang):
        return 1.25
    return 1.0


def boosted(
    found: Iterable[tuple[int, float, str]], prefer_lang: str | None
) -> list[tuple[int, float]]:
    scored = [(rowid, score * language_boost(lang, prefer_lang)) for rowid, score, lang in found]
    return sorted(scored, key=lambda item: -item[1])


def interleave(lists: Sequence[Sequence[tuple[int, float]]]) -> list[tuple[int, float]]:
    merged: list[tuple[int, float]] = []
    seen: set[int] = set()
    for index in range(max(len(items) for items in lists)):
        for items in lists:
            if index < len(items) and items[index][0] not in seen:
                seen.add(items[index][0])
                merged.append(items[index])
    return merged
