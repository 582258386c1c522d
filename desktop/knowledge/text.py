"""Plain text, snippets and HTML highlighting of article text.

Search results show a short passage around the matches. The passage is taken from a plain
text rendering of the Markdown (so an agent never sees ``|---|`` or link targets) and the
matched spans are returned both as offsets (for widgets that style text themselves) and as
HTML with ``<mark>`` (for the rich-text reader), escaped so that article text can never
inject markup into the desk.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`+|~~)")
_TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", re.M
)
_LINE_PREFIX = re.compile(r"^[ \t]*(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", re.M)
_CELL_EDGE = re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.M)
_FENCE = re.compile(r"^[ \t]*```.*$", re.M)
_SPACES = re.compile(r"\s+")

Span = tuple[int, int]


def markdown_to_plain(markdown: str) -> str:
    """A one-line plain rendering of Markdown, good enough for indexing and snippets.

    Whole-text regular expressions rather than a Markdown parser: this runs for every
    article at indexing time.
    """
    text = _FENCE.sub("", markdown) if "```" in markdown else markdown
    text = _LINE_PREFIX.sub("", text)
    if "|" in text:
        text = _TABLE_RULE.sub("", text)
        text = _CELL_EDGE.sub("", text).replace("|", " · ")
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub(r"\1", text))
    if "*" in text or "_" in text or "`" in text or "~~" in text:
        text = _EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text).strip()


def choose_window(text: str, spans: Sequence[Span], width: int = 160) -> tuple[int, int]:
    """The ``width``-character window of ``text`` holding the most matched spans.

    The window starts a little before its first match so the agent sees some context, and
    is nudged to a word boundary for Latin text.
    """
    if len(text) <= width:
        return 0, len(text)
    if not spans:
        start = 0
    else:
        best, best_count = spans[0][0], 0
        for index, (first, _) in enumerate(spans):
            count = sum(1 for s, _ in spans[index:] if s < first + width - 30)
            if count > best_count:
                best, best_count = first, count
        start = max(0, best - 30)
        space = text.rfind(" ", max(0, start - 15), start + 1)
        if space >= 0 and start > 0:
            start = space + 1
    start = min(start, max(0, len(text) - width))
    return start, min(len(text), start + width)


def snippet(text: str, spans: Sequence[Span], width: int = 160) -> tuple[str, list[Span]]:
    """Cut a window around the matches; return it with spans relative to it.

    An ellipsis marks cut ends; spans are shifted so they index the returned string.
    """
    start, end = choose_window(text, spans, width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = [
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if e > start and s < end
    ]
    return prefix + text[start:end] + suffix, inside


def highlight_html(text: str, spans: Sequence[Span]) -> str:
    """HTML-escape ``text`` and wrap each span in ``<mark>``."""
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts.append(html.escape(text[position:start]))
        parts.append(f"<mark>{html.escape(text[start:end])}</mark>")
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)
