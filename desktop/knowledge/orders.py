"""Order numbers in free text (pure, no Qt): the message bubbles link them and the
canned replies' ``{order.*}`` variables use the one mentioned last.

Two shapes are recognised:

- the shop's own format, by default a market prefix and digits as the demo shop writes
  them (``FI-1000123``, ``UK-…``, ``US-…``, ``CN-…``, ``TW-…``, see
  ``server/demo/orders.py``); a centre with another shop passes its own pattern
  (:func:`compile_pattern`);
- a bare ``#12345`` or ``12345`` right after the word "order" in the desk's languages
  ("order", "tilaus"/"tilauksen"/…, "订单", "訂單"), with an optional "number"/"no."/"nro"/
  "号"/"號" and ``#`` between.

Text is scanned at most :data:`SCAN_MAX` characters: a message is at most 10,000 on the
wire; a longer string (a hostile cache row) is not worth a regex over megabytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCAN_MAX = 20_000
MAX_NUMBER_CHARS = 40
"""An order number longer than this is not one (the server's limit is 40 as well)."""

DEFAULT_PATTERN = r"(?<![A-Za-z0-9-])(?:FI|UK|US|CN|TW)-\d{5,12}(?![A-Za-z0-9])"
"""The demo shop's numbers: a market prefix, a hyphen, digits."""

_ORDER_WORD = (
    r"(?:(?i:orders?|order\s+(?:number|no\.?|nr\.?)|tilau(?:s|ksen|ksesta|kseen|sta|ksella)"
    r"(?:\s+(?:numero|nro\.?))?)|订单(?:号|編號|编号)?|訂單(?:號|編號)?)"
)
_WORD_NUMBER = re.compile(_ORDER_WORD + r"[\s:：]*#?\s*(?P<n>\d{3,12})(?![0-9A-Za-z])")


@dataclass(frozen=True)
class OrderMention:
    """``text[start:end]`` is the order number ``number`` (without a leading ``#``)."""

    number: str
    start: int
    end: int


def compile_pattern(pattern: str | None) -> re.Pattern[str]:
    """The shop's format as a regex (None or "": the demo's); ``ValueError`` if it
    does not compile."""
    try:
        return re.compile(pattern or DEFAULT_PATTERN)
    except re.error as error:
        raise ValueError(f"order number pattern does not compile: {error}") from error


_DEFAULT = compile_pattern(None)


def find_orders(text: str, shop: re.Pattern[str] | None = None) -> list[OrderMention]:
    """Every order number in ``text`` in reading order, without overlaps: the shop's
    format first, then numbers after an "order" word (``tilaus #12345``, ``订单 12345``).
    A bare ``#12345`` counts only right after such a word."""
    text = text[:SCAN_MAX]
    found: list[OrderMention] = []
    taken: list[tuple[int, int]] = []

    def add(number: str, start: int, end: int) -> None:
        if len(number) > MAX_NUMBER_CHARS or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(OrderMention(number, start, end))

    for match in (shop or _DEFAULT).finditer(text):
        add(match.group(0), match.start(), match.end())
    for match in _WORD_NUMBER.finditer(text):
        number_start = match.start("n")
        hashed = number_start > 0 and text[number_start - 1] == "#"
        add(match.group("n"), number_start - 1 if hashed else number_start, match.end("n"))
    found.sort(key=lambda m: m.start)
    return found


def last_order(texts: list[str], shop: re.Pattern[str] | None = None) -> str | None:
    """The order number mentioned last across ``texts`` (oldest first), or None."""
    for text in reversed(texts):
        mentions = find_orders(text, shop)
        if mentions:
            return mentions[-1].number
    return None


__all__ = [
    "DEFAULT_PATTERN",
    "OrderMention",
    "compile_pattern",
    "find_orders",
    "last_order",
]
