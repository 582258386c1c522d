"""Drafts as the reply box sees them: written on the cache writer, read back instantly.

The pane hands every draft to :class:`DraftKeeper` (debounced while typing, at once on a
switch, on send and on close). The keeper queues the write on the writer thread at once
(``DraftStore.put_draft``: one small UPSERT or DELETE, never on the Qt thread) and keeps
the text in memory until that write has landed, so reopening a conversation a millisecond
later shows what was typed, not the row the write has not replaced yet. Before the cache
writer is up (the window paints before it) drafts wait in memory and are written when the
store arrives.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal

from desktop.models.changes import Changes
from desktop.store.readers.conversations import ConversationReads
from desktop.ui.shell.ops import Ops

log = logging.getLogger(__name__)


@runtime_checkable
class DraftStore(Protocol):
    """The desk-only draft write (``desktop.store.cache.Cache`` satisfies it)."""

    def put_draft(
        self, conversation_id: int, text: str, *, is_note: bool
    ) -> concurrent.futures.Future[Changes]: ...


class DraftKeeper(QObject):
    """Reads and writes the drafts of every conversation for one reply box.

    Signals:
        written(object): a draft write landed in the cache; carries its ``Changes``
            (topic ``drafts``), for the inbox's "Draft" marker.
    """

    written = Signal(object)

    def __init__(self, reader: ConversationReads, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.ops = ops
        self.store: DraftStore | None = None
        self._serial = 0
        # Conversation id -> (serial, text, is_note): written (or to be written) but not
        # known to have landed; newer than whatever the reader sees.
        self._unsettled: dict[int, tuple[int, str, bool]] = {}

    def set_store(self, store: DraftStore | None) -> None:
        """The cache writer (None: keep drafts in memory); drafts kept meanwhile go now."""
        self.store = store
        if store is not None:
            for cid, (serial, text, is_note) in sorted(self._unsettled.items()):
                self._write(cid, serial, text, is_note)

    def get(self, conversation_id: int) -> tuple[str, bool]:
        """The draft of ``conversation_id``: its text and whether it is a note."""
        unsettled = self._unsettled.get(conversation_id)
        if unsettled is not None:
            return unsettled[1], unsettled[2]
        draft = self.reader.draft(conversation_id)
        return (draft.text, draft.is_note) if draft is not None else ("", False)

    def put(self, conversation_id: int, text: str, *, is_note: bool) -> None:
        """Keep ``text`` as the draft (blank: none) of ``conversation_id``."""
        if not conversation_id:
            return
        self._serial += 1
        self._unsettled[conversation_id] = (self._serial, text, is_note)
        self._write(conversation_id, self._serial, text, is_note)

    def flush(self) -> None:
        """The window is closing: queue every draft not known to have landed, without
        waiting for the event loop (whose tasks are about to be cancelled). The writer
        finishes queued jobs before it closes the cache."""
        store = self.store
        if store is None:
            return
        for cid, (_serial, text, is_note) in sorted(self._unsettled.items()):
            store.put_draft(cid, text, is_note=is_note)
        self._unsettled.clear()

    def _write(self, conversation_id: int, serial: int, text: str, is_note: bool) -> None:
        store = self.store
        if store is None:
            return
        future = store.put_draft(conversation_id, text, is_note=is_note)

        def landed(changes: Changes) -> None:
            if self._unsettled.get(conversation_id, (0,))[0] == serial:
                del self._unsettled[conversation_id]
            self.written.emit(changes)

        def failed(error: BaseException) -> None:
            # Kept in memory (still shown when the conversation is reopened); the next
            # keystroke, switch or close writes it again.
            log.warning("a draft was not saved: %s", error)
            self.ops.failed.emit(self.tr("Saving the draft"), str(error))

        self.ops.run(_landed(future), what="save a draft", on_done=landed, on_error=failed)


async def _landed(future: concurrent.futures.Future[Changes]) -> Changes:
    """Await the writer's future; cancelling this (the loop shutting down) never cancels
    the write itself, which stays queued on the writer thread."""
    return await asyncio.shield(asyncio.wrap_future(future))
