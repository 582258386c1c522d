"""A new customer's language guessed from their first mail, because routing offers a
contact to agents who speak its language (``server/acd/choose.py``).

In order: the mail's ``Content-Language`` when it is a language we know; a Chinese
charset (GB2312/GBK/GB18030/HZ are Simplified, Big5 Traditional); Han characters in the
text, Simplified or Traditional by which of a few very common characters that differ
between the two appear more (unless kana say it is Japanese); Finnish or Swedish by
their commonest short words; else English. An existing customer keeps the language on their profile.
"""

from __future__ import annotations

import re

from protocol.text import normal_language

_SIMPLIFIED = frozenset("们这个说对时会来学国为与后还过么发问题请谢单号钱购买务")
_TRADITIONAL = frozenset("們這個說對時會來學國為與後還過麼發問題請謝單號錢購買務")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
"""Japanese writes Han characters too; kana say it is not Chinese (and we have no ``ja``)."""
_WORD = re.compile(r"[a-zåäö]+")
_FINNISH = frozenset(
    ["ja", "on", "ei", "että", "se", "hei", "kiitos", "olen", "minun", "tilaus", "mutta", "kanssa"]
)
_SWEDISH = frozenset(
    ["och", "är", "jag", "inte", "det", "att", "hej", "tack", "min", "beställning", "men", "med"]
)


def guess(content_language: str, charsets: list[str], text: str) -> str:
    """A BCP 47 tag we store (``en``, ``fi``, ``sv``, ``zh-Hans``, ``zh-Hant``)."""
    for tag in content_language.split(","):
        try:
            return normal_language(tag.strip())
        except ValueError:
            continue
    lowered = [c.lower() for c in charsets]
    if any(c.startswith(("gb", "hz", "euc-cn", "x-gbk")) for c in lowered):
        return "zh-Hans"
    if any(c.startswith(("big5", "x-big5")) for c in lowered):
        return "zh-Hant"
    sample = text[:4000]
    if len(_HAN.findall(sample)) >= 2 and not _KANA.search(sample):
        simplified = sum(c in _SIMPLIFIED for c in sample)
        traditional = sum(c in _TRADITIONAL for c in sample)
        return "zh-Hant" if traditional > simplified else "zh-Hans"
    words = _WORD.findall(sample.lower())
    finnish = sum(w in _FINNISH for w in words)
    swedish = sum(w in _SWEDISH for w in words)
    if max(finnish, swedish) >= 2:
        return "fi" if finnish >= swedish else "sv"
    return "en"
