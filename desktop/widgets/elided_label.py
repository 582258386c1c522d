"""A one-line label that elides what does not fit and shows the whole text as a tooltip.

Email addresses and long names have no break opportunities; a wrapping label would clip
them mid-character. The text is untrusted display text: shown as plain text (a
:class:`PlainLabel`) with bidi overrides and control characters removed, and its tooltip
shows it literally. Domain-free.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.widgets.plain import PlainLabel, display_text


class ElidedLabel(PlainLabel):
    """``full_text()`` is what was set; the label shows as much of it as fits.

    Signals: none beyond QLabel's.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = display_text(text)
        self.setToolTip(self._full)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.width(), 0)
        )
        if shown != self.text():
            super().setText(shown)


class ShrinkingLabel(PlainLabel):
    """A plain one-line label that may be narrower than its text: it then paints the text
    elided at the end and offers the whole of it as a tooltip. Unlike :class:`ElidedLabel`
    its ``text()`` stays the whole text (what it says to tests and screen readers); only
    the painting is cut. For secondary text that must give way to what matters beside it
    (status-bar notes beside the connection state)."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, keep_chars: int = 0
    ) -> None:
        self.keep_chars = keep_chars
        super().__init__(text, parent)
        # Its whole width when there is room; down to ``keep_chars`` average characters
        # (and an ellipsis) when there is not.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        kept = self.fontMetrics().averageCharWidth() * self.keep_chars
        if kept:
            kept += self.fontMetrics().horizontalAdvance("…") + margins.left() + margins.right()
        return QSize(min(hint.width(), kept), hint.height())

    def is_elided(self) -> bool:
        """True if the text does not fit and is painted cut."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.is_elided():
            super().paintEvent(event)
            return
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, max(rect.width(), 0)
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
        painter.end()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")
