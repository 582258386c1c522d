"""The open conversation's response timer in its header: the same countdown and colours as
its inbox row, large enough to see while writing the reply.

The timer is read from the cache (:mod:`desktop.store.readers.sla`) when the conversation
is opened and when a synced change touches it; between reads the countdown is arithmetic
against the clock, repainted once a second only while a timer is shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.models.changes import Changes
from desktop.store.readers.sla import SlaReads, SlaTimer
from desktop.ui.inbox import sla

Clock = Callable[[], float]


class SlaBadge(QLabel):
    """ "Reply due in 4:12" (grey), amber in the last quarter of the target, red and
    "overdue" past it; hidden when nothing is owed (the last word is ours, or the
    conversation is pending, snoozed or resolved)."""

    TICK_MS = 1000

    def __init__(
        self, reader: object, parent: QWidget | None = None, *, clock: Clock = time.time
    ) -> None:
        super().__init__(parent)
        self.setObjectName("slaBadge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.reader = reader
        self.clock = clock
        self.conversation_id = 0
        self.timer: SlaTimer | None = None
        self._tick = QTimer(self)
        self._tick.setObjectName("sla-badge-tick")
        self._tick.setInterval(self.TICK_MS)
        self._tick.timeout.connect(self.repaint_countdown)
        self.hide()

    def show_for(self, conversation_id: int) -> None:
        """Follow this conversation's timer (0: none open)."""
        self.conversation_id = conversation_id
        self._read()

    def on_changes(self, changes: Changes) -> None:
        """Read the timer again when its conversation, its messages or the targets moved."""
        cid = self.conversation_id
        if cid and (
            changes.reset
            or cid in changes.messages_of
            or cid in changes.conversations
            or changes.queue_routing
        ):
            self._read()

    def _read(self) -> None:
        cid = self.conversation_id
        reader = self.reader
        if cid and isinstance(reader, SlaReads):
            self.timer = reader.sla_timers([cid]).get(cid)
        else:
            self.timer = None
        if self.timer is None:
            self._tick.stop()
        elif not self._tick.isActive():
            self._tick.start()
        self.repaint_countdown()

    def repaint_countdown(self) -> None:
        """Text, colour and tooltip at the clock's now."""
        timer = self.timer
        self.setVisible(timer is not None)
        if timer is None:
            return
        now = self.clock()
        shown = sla.SlaShown(timer.left(now), timer.level(now), timer.first)
        text = sla.countdown(shown.left)
        if shown.left < 0:
            self.setText(self.tr("Reply overdue by {0}").format(text.lstrip("-")))
        else:
            self.setText(self.tr("Reply due in {0}").format(text))
        self.setToolTip(sla.tooltip(shown))
        self.setAccessibleName(self.text())
        self.setProperty("level", shown.level)
        colour = sla.color(shown.level).name()
        fill = sla.tint(shown.level)
        background = f"background: {fill.name()};" if fill is not None else ""
        weight = "600" if shown.at_risk else "normal"
        self.setStyleSheet(
            f"QLabel#slaBadge {{ color: {colour}; {background} font-weight: {weight};"
            " border-radius: 4px; padding: 2px 6px; }"
        )

    @property
    def level(self) -> str:
        return str(self.property("level") or "")
