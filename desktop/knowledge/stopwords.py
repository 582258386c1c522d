"""Small stop-word lists for agent assist: chatter that says nothing about the problem.

Written for customer-service conversations, not general text: greetings, thanks,
pronouns, question and time words ("when will", "什么时候", "milloin"). Chinese entries
are phrases removed from a message before it is split into bigrams, folded to
Simplified through the index's OpenCC table, so one list serves zh-Hans and zh-Hant.
Rare words win anyway through BM25; these keep common words from matching articles
that happen to use them (callbacks say "when" a lot).
"""

from __future__ import annotations

import re

from desktop.knowledge.analysis import fold_chinese

_ENGLISH = """
a about am an and any anyone are as at be been but by can could did do does doing for
from get got had has have hello hey hi how i i'm i've if in is it it's its just know me
my need no not now of on or our please so some still that the their them then there
they this to too up us want was we were what when where which who why will with would
yes you your ve ll re d m s t time make getting quickly thanks thank ok okay cheers
morning afternoon evening regards wondering
"""
_FINNISH = """
ei eikä en että mutta hei heippa hyvää huomenta ja jo joo kiitos kiitti kun kuinka miksi
milloin minä minun minulla minulle minua mulla mulle mun mä mitä miten moi moikka myös
niin nyt ole olen oli olisi on hyvä hetki onko se sen sitä sitten tai te teillä tämä tämän voi voin
voisitteko voitteko vielä vaan kyllä päivää
"""
# Longest first so "什么时候" goes before "什么".
_CHINESE = """
什么时候 为什么 怎么样 怎么办 请问 你好 您好 谢谢 谢了 麻烦 一下 可以 能不能 需要
自己 我们 你们 他们 什么 怎么 如何 多久 时候 还是 还有 已经 因为 所以 但是 如果
就是 一个 一件 这个 那个 是不是 有没有 我想 想要 吗 呢 吧 啊 呀 哦 嗯 的 了 我 你 您
他 她 它 是 在 有 和 也 都 就 要 会 能 想 请 好 把 被 给
"""

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(_ENGLISH.split()),
    "fi": frozenset(_FINNISH.split()),
}
LATIN_STOP_WORDS = frozenset().union(*STOP_WORDS.values())


def _fold(text: str) -> str:
    # The character table is not idempotent (麼 -> 么 -> 幺); folding twice is.
    return fold_chinese(fold_chinese(text))


CHINESE_STOP_PHRASES = tuple(
    sorted({_fold(p) for p in _CHINESE.split()}, key=lambda p: (-len(p), p))
)
_CHINESE_STOP = re.compile("|".join(map(re.escape, CHINESE_STOP_PHRASES)))


def is_stop_word(word: str) -> bool:
    """Whether a Latin-script word is chatter in any of the desk's languages."""
    return word.lower() in LATIN_STOP_WORDS


def strip_chinese(run: str) -> list[str]:
    """The content pieces of a run of Chinese characters, stop phrases cut out.

    Phrases are found on the folded run and the pieces cut from the original, so the
    query keeps the customer's own characters for the index to fold as usual.
    """
    folded = _fold(run)
    if len(folded) != len(run):
        return [piece for piece in _CHINESE_STOP.split(folded) if piece]
    pieces: list[str] = []
    start = 0
    for match in _CHINESE_STOP.finditer(folded):
        pieces.append(run[start : match.start()])
        start = match.end()
    pieces.append(run[start:])
    return [piece for piece in pieces if piece]
