"""A quiet, non-modal notice that floats over a corner of its parent: bottom right, or top
right just below an ``anchor`` widget's top edge (the desk puts it at the top of the page
area, where it covers a panel's heading rather than the reply box's Send button).

Dialog boxes stop the agent mid-sentence; a toast tells them something (a reply was
refused, a setting could not be saved) and lets them carry on. It hides itself after a
while, or on its close button, and never takes the keyboard focus. Domain-free: callers
pass the already translated text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from desktop.widgets.plain import PlainLabel

MARGIN = 16
MAX_WIDTH = 360


class Toast(QFrame):
    """A transient message over its parent's corner.

    ``level`` ("info" or "error") is exposed as a dynamic property for the style sheet.

    Signals:
        dismissed(): the toast was hidden, by timeout or by the agent.
    """

    dismissed = Signal()

    def __init__(
        self, parent: QWidget, *, bottom_offset: int = 0, anchor: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, on=True)
        self.bottom_offset = bottom_offset
        self.text = PlainLabel()
        self.text.setObjectName("toastText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setObjectName("toastClose")
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 8, 10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._hide_timer = QTimer(self)
        self._hide_timer.setObjectName("toast-hide")
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.on_dismiss)
        self.close_button.clicked.connect(self.on_dismiss)
        self.anchor = anchor
        parent.installEventFilter(self)
        if anchor is not None:  # the anchor moves when a strip above it shows or hides
            anchor.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, *, level: str = "info", timeout_ms: int = 8000) -> None:
        """Show ``text`` (replacing what is shown) for ``timeout_ms`` (0: until dismissed)."""
        self.text.setText(text)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self._place()
        self.show()
        self.raise_()
        if timeout_ms > 0:
            self._hide_timer.start(timeout_ms)
        else:
            self._hide_timer.stop()

    def on_dismiss(self) -> None:
        self._hide_timer.stop()
        if not self.isHidden():
            self.hide()
            self.dismissed.emit()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(MAX_WIDTH, max(200, parent.width() - 2 * MARGIN))
        self.setFixedWidth(width)
        self.adjustSize()
        x = parent.width() - width - MARGIN
        if self.anchor is not None:
            y = self.anchor.mapTo(parent, QPoint(0, 0)).y() + MARGIN
        else:
            y = parent.height() - self.height() - MARGIN - self.bottom_offset
        self.move(max(0, x), max(0, y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        if moved and watched in (self.parentWidget(), self.anchor):
            self._place()
        return False
