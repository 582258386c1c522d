"""The one place for untrusted display text: strings from customers, other agents or the
network (names, subjects, bodies, article titles, error messages).

Qt guesses: a ``QLabel`` in its default ``Qt.AutoText`` and every tooltip render rich text
when the string "looks like" HTML, so a customer named ``<b style="color:red">SUPERVISOR
NOTE</b>`` would paint a fake note and ``<img src="file:///etc/hosts">`` would load a local
file. Here:

- :func:`display_text` removes what makes text lie about itself: bidi embeddings,
  overrides and isolates (U+202A–U+202E, U+2066–U+2069; a right-to-left override in a
  name would reverse the text after it, so ``invoice\\u202eexe.txt`` reads "txt.exe"), C0
  and C1 control characters other than tab and newline, and lone surrogates. The bidi
  *marks* (U+200E, U+200F, U+061C) stay: they are strong characters, not overrides, they
  cannot reverse a run, and right-to-left names legitimately need them.
- :class:`PlainLabel` is a ``QLabel`` whose text format is ``Qt.PlainText`` and stays so.
- :func:`safe_tooltip` makes a tooltip that shows its text literally.
- :func:`escape` is for the few places that build rich text we author around untrusted
  pieces (search highlights, the knowledge lists): every piece goes through it.

Domain-free.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

TOOLTIP_MAX = 1000
"""Longer tooltips are cut: a 10,000-character name would cover the screen."""

_HIDDEN = re.compile(
    "["
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 (but tab, newline), DEL, C1
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides, isolates
    "\ud800-\udfff"  # lone surrogates (cannot be drawn or encoded)
    "]"
)


def display_text(value: str) -> str:
    """``value`` without bidi overrides/isolates and control characters (tab, newline
    and everything printable stay; markup is *kept*, to be shown as characters)."""
    if not value:
        return ""
    value = value.replace("\r\n", "\n")
    return _HIDDEN.sub("", value)


def escape(value: str) -> str:
    """An untrusted piece for rich text we author: neutralised, then HTML-escaped."""
    return html.escape(display_text(value), quote=True)


def safe_tooltip(value: str) -> str:
    """A tooltip that shows ``value`` literally.

    Qt renders a tooltip as rich text when ``Qt.mightBeRichText`` says so; a plain string
    that does not look like markup stays as it is (tests and accessibility read it), one
    that does is escaped inside a fixed ``<qt>`` wrapper so every character is shown."""
    text = display_text(value)
    if len(text) > TOOLTIP_MAX:
        text = text[:TOOLTIP_MAX] + "…"
    if not text or ("<" not in text and "&" not in text):
        return text
    lines = html.escape(text, quote=False).split("\n")
    return "<qt><p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p></qt>"


class PlainLabel(QLabel):
    """A label that never interprets its text: ``Qt.PlainText`` always.

    ``setText`` passes the text through :func:`display_text` and ``setToolTip`` through
    :func:`safe_tooltip`; ``setTextFormat`` ignores any other format.

    Signals: none beyond QLabel's.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        super().setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setTextFormat(self, _format: Qt.TextFormat) -> None:  # noqa: N802 - Qt naming
        super().setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(display_text(text))

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setToolTip(safe_tooltip(text))


def plain_label(label: QLabel) -> QLabel:
    """Force an existing label (one Qt made, e.g. by ``QFormLayout.addRow(str, ...)``) to
    plain text."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
