"""The one place where the Qt-free core meets Qt signals.

The sync engine calls plain callbacks (``on_changes``, ``on_state``, ``on_activity``) on
the event-loop thread, which under qasync is the Qt thread. :class:`SyncBridge` turns them
into signals. Changes arrive in bursts (a replay batch, 200 customer messages a second),
so they are merged and delivered at most once per coalescing interval: views refresh once
for a burst, not once per event. Notices (a refused reply) ride along in the merged value
and are also emitted one by one on :attr:`SyncBridge.notice`. Connection states are cheap
and the agent must see them at once, so they are not delayed; nor are colleagues' activity
updates (who is viewing or typing in a conversation: few, small, and only worth anything
now).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.models.changes import Changes
from desktop.models.connection import ConnectionState, Link

if TYPE_CHECKING:  # pydantic is loaded with the sync engine, after the first paint
    from protocol.frames import ActivityUpdate

COALESCE_MS = 30


class SyncBridge(QObject):
    """Engine callbacks in, Qt signals out.

    Signals:
        changes(Changes): what changed in the cache since the last emission, merged.
        stateChanged(ConnectionState): the engine's connection state, as it happens.
        notice(Notice): something the agent must be told (e.g. a rejected reply).
        activity(ActivityUpdate): who is viewing or typing in a conversation now (the
            whole list, this desk's own agent included), as the server said it.
    """

    changes = Signal(object)
    stateChanged = Signal(object)  # noqa: N815 - Qt naming
    notice = Signal(object)
    activity = Signal(object)

    def __init__(self, parent: QObject | None = None, *, coalesce_ms: int = COALESCE_MS) -> None:
        super().__init__(parent)
        self.state = ConnectionState(Link.CONNECTING)
        self._pending: Changes | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setObjectName("bridge-coalesce")
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(coalesce_ms)
        self._flush_timer.timeout.connect(self._on_flush)

    # The engine callbacks: pass these bound methods to SyncEngine.

    def on_changes(self, changes: Changes) -> None:
        """Collect a batch; the timer delivers the merged value."""
        if not changes:
            return
        self._pending = changes if self._pending is None else self._pending.merge(changes)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def on_state(self, state: ConnectionState) -> None:
        self.state = state
        self.stateChanged.emit(state)

    def on_activity(self, update: ActivityUpdate) -> None:
        self.activity.emit(update)

    def flush(self) -> None:
        """Deliver what is pending now (tests, and before closing)."""
        self._flush_timer.stop()
        self._on_flush()

    def _on_flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None:
            return
        self.changes.emit(pending)
        for item in pending.notices:
            self.notice.emit(item)
