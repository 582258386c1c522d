"""Which part of an article goes into a reply to the customer.

Articles are written for agents: their opening paragraph tells the agent what the topic is
("A refund returns money to... Refunds are approved when..."), not what to say. Many have
a section written for the customer, under a heading such as "What to tell the customer",
"What to say", "Mitä kerrot asiakkaalle", "如何告知客户" or "如何回覆" (see
``resources/kb/articles``). "Insert into reply" takes that section; else a summary section
("Summary", "Yhteenveto", "摘要"); only an article with neither gives its opening
paragraph, its summary by the authors' convention.

The text comes from the rendered document (``QTextDocument``), so it is what the agent
reads: Markdown marks are gone and list items keep a "- " or "1. " in front. Tables and
images are left out; a reply is prose.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextListFormat

CUSTOMER_HEADINGS: tuple[str, ...] = (
    "for the customer",
    "tell the customer",
    "to the customer",
    "what to say",
    "what to tell",
    "asiakkaalle",
    "mitä sanot",
    "mitä kerrot",
    "告知客户",
    "告知客戶",
    "告诉客户",
    "告訴客戶",
    "如何回复",
    "如何回覆",
    "对客户说",
    "對客戶說",
)
"""Parts of a heading (compared case-insensitively) that mark a section for the customer."""

SUMMARY_HEADINGS: tuple[str, ...] = (
    "summary",
    "in short",
    "yhteenveto",
    "lyhyesti",
    "摘要",
    "总结",
    "總結",
    "概要",
)
"""Parts of a heading that mark a summary, the second choice."""

_OBJECT = "\ufffc"  # an image in a QTextDocument
_IMAGE_ALT = re.compile(r"\[[^\]]*\](?:\s*\([^)]*\))?")
"""An image shown as its alt text (``render.py``): "[Refund flow] (not downloaded yet)"."""


def _heading_level(block: QTextBlock) -> int:
    return block.blockFormat().headingLevel()


def _text(block: QTextBlock) -> str:
    """A block's words: images (drawn or as alt text) are not prose."""
    text = block.text().replace(_OBJECT, "").strip()
    return "" if _IMAGE_ALT.fullmatch(text) else text


def _line(block: QTextBlock) -> str:
    """A block as a line of the reply: list items keep their bullet or number."""
    text = _text(block)
    found = block.textList()
    if not text or found is None:
        return text
    style = found.format().style()
    if style in (
        QTextListFormat.Style.ListDecimal,
        QTextListFormat.Style.ListLowerAlpha,
        QTextListFormat.Style.ListUpperAlpha,
    ):
        return f"{found.itemNumber(block) + 1}. {text}"
    return f"- {text}"


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def section_text(document: QTextDocument, names: tuple[str, ...]) -> str:
    """The text under the first heading whose text contains one of ``names``, up to the
    next heading of the same or a higher level; "" if there is no such heading."""
    block = document.begin()
    while block.isValid():
        level = _heading_level(block)
        title = block.text().casefold()
        if level > 1 and any(name in title for name in names):
            lines: list[str] = []
            block = block.next()
            while block.isValid() and not 0 < _heading_level(block) <= level:
                if not _in_table(block):
                    line = _line(block)
                    if line:
                        lines.append(line)
                block = block.next()
            return "\n".join(lines)
        block = block.next()
    return ""


def opening_paragraph(document: QTextDocument) -> str:
    """The first paragraph after the title: no heading, no list, no table, not empty."""
    block = document.begin().next()
    while block.isValid():
        if _heading_level(block) == 0 and block.textList() is None and not _in_table(block):
            text = _text(block)
            if text:
                return text
        block = block.next()
    return ""


def reply_text(document: QTextDocument) -> str:
    """What "Insert into reply" takes from an article when the agent chose nothing: the
    section for the customer, else the summary, else the opening paragraph."""
    return (
        section_text(document, CUSTOMER_HEADINGS)
        or section_text(document, SUMMARY_HEADINGS)
        or opening_paragraph(document)
    )
