"""A one-line label that elides what does not fit and shows the whole text as a tooltip.

Email addresses and long names have no break opportunities; a wrapping label would clip
them mid-character. The text is untrusted display text: shown as plain text (a
:class:`PlainLabel`) with bidi overrides and control characters removed, and its tooltip
shows it literally. Domain-free.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
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
