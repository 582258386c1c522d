"""When the agent is working the inbox list: the pointer is over it, the keyboard focus is
in it, the scroll bar is being dragged, or they touched it less than ``IDLE_MS`` ago.

Keyboard focus counts only while the desk's window is active. While that holds the list
must not move under them (the model freezes its order); this
object watches the list's widgets and says when it starts and stops.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

IDLE_MS = 2_000
"""How long after the last input in the list it still counts as in use (a reading pause
between two clicks is not the end of the interaction)."""

_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
}


class InteractionWatch(QObject):
    """Watches a list view (its viewport, focus and vertical scroll bar).

    Signals:
        changed(bool): the agent started (True) or stopped (False) interacting.
    """

    changed = Signal(bool)

    def __init__(self, view: QAbstractItemView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.pointer_over = False
        self.focused = False
        self.dragging = False
        self._active = False
        self.idle = QTimer(self)
        self.idle.setObjectName("inbox-interaction-idle")
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self._update)
        bar = view.verticalScrollBar()
        for watched in (view, view.viewport(), bar):
            watched.installEventFilter(self)
        bar.sliderPressed.connect(lambda: self._drag(True))
        bar.sliderReleased.connect(lambda: self._drag(False))

    @property
    def active(self) -> bool:
        return self._active

    def touched(self) -> None:
        """Input in the list now (also called for keyboard moves made through methods)."""
        self.idle.start()
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        kind = event.type()
        if kind == QEvent.Type.Enter:
            self.pointer_over = True
        elif kind == QEvent.Type.Leave:
            self.pointer_over = self._pointer_inside(watched)
        elif kind == QEvent.Type.FocusIn and watched is self.view:
            self.focused = True
        elif kind == QEvent.Type.FocusOut and watched is self.view:
            self.focused = False
        elif kind in _INPUT:
            self.idle.start()
        elif kind not in (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate):
            return False
        self._update()
        return False

    def _pointer_inside(self, left: QObject) -> bool:
        """Leaving the viewport for the scroll bar (or back) is still inside the list."""
        del left
        return self.view.underMouse()

    def _drag(self, on: bool) -> None:
        self.dragging = on
        self.idle.start()
        self._update()

    def _update(self) -> None:
        # Focus counts while the desk is the active window: an agent who left the list
        # focused and went to another application is not reading it.
        focused = self.focused and self.view.isActiveWindow()
        active = self.pointer_over or focused or self.dragging or self.idle.isActive()
        if active != self._active:
            self._active = active
            self.changed.emit(active)
