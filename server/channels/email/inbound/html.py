"""An email's HTML made safe to show, and text made from HTML for mail without a text part.

Mail HTML is hostile by default: scripts, event handlers, styles that overlay the desk,
tracking pixels and remote images that tell the sender when and where it was read. nh3
(ammonia) keeps an allow-list of tags and attributes, removes ``<script>``/``<style>``
with their content, and here every ``src`` that is not a ``cid:`` reference to a part of
the same mail is dropped, so nothing is ever fetched from elsewhere. Links stay links
(http, https, mailto) with ``rel="noopener noreferrer nofollow"``; the desk opens them
only when the agent clicks.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import nh3

from protocol.kinds.conversations import MAX_HTML_CHARS

_ATTRIBUTES: dict[str, set[str]] = {
    tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()
}
_ATTRIBUTES.setdefault("*", set()).update({"title", "dir", "lang"})
_URL_ATTRIBUTES = frozenset({"href", "src", "cite", "longdesc", "action", "background"})
MAX_INPUT_HTML_CHARS = 4 * MAX_HTML_CHARS
"""HTML beyond this is not sanitised at all (the message keeps its text)."""


def _attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "src":
        return value if value.strip().lower().startswith("cid:") else None
    if attribute in _URL_ATTRIBUTES and attribute != "href":
        return None
    return value


def sanitise(raw: str) -> str:
    """Safe HTML for the desk, or "" when there is nothing left or it is too large to keep."""
    if not raw.strip() or len(raw) > MAX_INPUT_HTML_CHARS:
        return ""
    cleaned = nh3.clean(
        raw.replace("\x00", ""),
        attributes=_ATTRIBUTES,
        attribute_filter=_attribute,
        url_schemes={"http", "https", "mailto", "cid"},
        clean_content_tags={"script", "style", "title", "head", "template", "noscript"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()
    return cleaned if len(cleaned) <= MAX_HTML_CHARS else ""


_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p"),
        *("pre", "section", "table", "tr", "ul"),
    }
)
_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "td":
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def to_text(raw: str) -> str:
    """Readable text of an HTML part: blocks become lines, entities decoded, scripts and
    styles dropped. Never raises."""
    parser = _Text()
    try:
        parser.feed(raw[:MAX_INPUT_HTML_CHARS])
        parser.close()
    except Exception:  # noqa: BLE001  (broken markup: fall back to dropping tags)
        return html.unescape(re.sub(r"<[^>]*>", " ", raw[:MAX_INPUT_HTML_CHARS])).strip()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
