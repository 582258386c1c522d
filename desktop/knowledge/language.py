"""Cheap language guesses for short texts: which Chinese script, Finnish or English.

Conversations do not always carry a language, and a query typed in Traditional characters
should show Traditional articles before their Simplified twins even though both match.
These guesses are deliberately simple (character classes and a few very common words);
they only steer preferences, never filter anything out.
"""

from __future__ import annotations

from functools import cache

from desktop.knowledge.analysis import CJK_CHAR, WORD, fold_chinese, fold_table

_FINNISH_TEXT = """ja on ei että kun tai mutta minä mä se olen oli hei kiitos voisitteko
miten missä mikä onko en ole vielä minun sinun meidän teidän"""
_ENGLISH_TEXT = """the and is are i my you your to of a an it was have has not what how where
can could would please hello hi thanks"""
_FINNISH = frozenset(_FINNISH_TEXT.split())
_ENGLISH = frozenset(_ENGLISH_TEXT.split())


@cache
def _simplified_only() -> frozenset[str]:
    """Characters that only Simplified text uses (targets of folding, never sources)."""
    table = fold_table()
    sources = {chr(code) for code in table}
    return frozenset(value for value in table.values() if value not in sources)


def chinese_script(text: str) -> str | None:
    """ "zh-Hant" or "zh-Hans" if the text's characters tell, else None."""
    traditional = sum(1 for ch, f in zip(text, fold_chinese(text), strict=True) if ch != f)
    simplified_only = _simplified_only()
    simplified = sum(1 for ch in text if ch in simplified_only)
    if traditional > simplified:
        return "zh-Hant"
    if simplified > traditional:
        return "zh-Hans"
    return None


def guess_language(text: str) -> str | None:
    """A BCP 47 tag for a short customer text, or None when it cannot tell."""
    cjk = len(CJK_CHAR.findall(text))
    words = [word.lower() for word in WORD.findall(text)]
    if cjk and cjk >= len(words):
        return chinese_script(text) or "zh"
    finnish = sum(1 for w in words if w in _FINNISH or "ä" in w or "ö" in w)
    english = sum(1 for w in words if w in _ENGLISH)
    if finnish > english:
        return "fi"
    if english > finnish:
        return "en"
    return None
