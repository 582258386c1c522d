"""The conversation the agent has open, shared by every pane that shows it.

The header, the facts column, agent assist and the call-script panel all show the same
conversation. Each used to read its row from the cache on every change (three reads of
one row for one new message); now this one object reads it once per selection or change
and tells every pane through its signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.models.changes import Changes
from desktop.models.rows import ConversationRow
from desktop.store.readers.conversations import ConversationReads


class CurrentConversation(QObject):
    """The open conversation's row, read once per change.

    Signals:
        switched(object): another conversation was opened, or the open one left the
            cache; carries its ``ConversationRow``, or None for none. Panes reset to it.
        updated(object): the open conversation's row was re-read after a change (a new
            message, a status, its queue's or customer's name); carries the fresh
            ``ConversationRow``. Panes refresh what they show of it, keeping their state.
    """

    switched = Signal(object)
    updated = Signal(object)

    def __init__(self, reader: ConversationReads, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.row: ConversationRow | None = None

    def select(self, conversation_id: int) -> None:
        """Open ``conversation_id`` (0: none) and tell every pane."""
        self.row = self.reader.conversation(conversation_id) if conversation_id else None
        self.switched.emit(self.row)

    def on_changes(self, changes: Changes) -> None:
        """Re-read the open row once if ``changes`` may have touched anything shown of it;
        call this before the panes' own ``on_changes`` so they see the fresh row."""
        row = self.row
        if row is None:
            return
        if (
            changes.reset
            or row.id in changes.conversations
            or row.id in changes.messages_of
            or changes.queues
            or changes.customers
        ):
            self.row = self.reader.conversation(row.id)
            if self.row is None:
                self.switched.emit(None)
            else:
                self.updated.emit(self.row)
