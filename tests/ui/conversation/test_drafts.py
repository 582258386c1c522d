"""Drafts per conversation: a reply can only go to the customer whose name is shown.

The desk is the real main window over a real cache, with an unstarted sync engine as its
actions: the outbox is what the server would get. The agent types, switches conversations
mid-typing (by the inbox list, with the mouse, while arrivals re-sort it), presses the send
shortcut right after a switch, sends; each test asserts what went into the outbox and
which drafts the cache keeps.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.store import outbox
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.engine import SyncEngine
from desktop.ui.conversation.pane import ConversationPane
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow
from protocol.frames import ReplyOp
from tests.ui import fill
from tests.ui.fill import Filler

FOR_A = "Hello Aino, your refund was approved and is on its way"
FOR_B = "Hi Bert, the parcel left our warehouse this morning"


@dataclass
class Desk:
    window: MainWindow
    bridge: SyncBridge
    cache: Cache
    reader: CacheReader

    @property
    def pane(self) -> ConversationPane:
        return self.window.conversation

    def replies(self) -> list[tuple[int, str, bool]]:
        """What the outbox holds for the server: (conversation, body, note) per reply."""
        found: list[tuple[int, str, bool]] = []
        for mutation in self.cache.writer.call(outbox.pending):
            change = mutation.change
            if isinstance(change, ReplyOp):
                found.append((change.conversation_id, change.body, change.internal))
        return found

    def stored_draft(self, conversation_id: int) -> str | None:
        draft = self.reader.draft(conversation_id)
        return draft.text if draft is not None else None


def _desk(qtbot: QtBot, cache: Cache, reader: CacheReader) -> Desk:
    bridge = SyncBridge()
    engine = SyncEngine(
        cache,
        "ws://127.0.0.1:9/ws",
        "not-a-real-token",
        on_changes=bridge.on_changes,
        on_state=bridge.on_state,
    )
    window = MainWindow(reader, bridge, Ops())
    qtbot.addWidget(window)
    window.set_store(cache)
    window.set_actions(engine)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return Desk(window, bridge, cache, reader)


@pytest.fixture
def desk(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> Iterator[Desk]:
    """Aino (#1, newest), Bert (#2) and Chen (#3) in the inbox, each with a message."""
    del qloop
    filler.apply(
        fill.queue(1, "Support"),
        fill.conversation(1, name="Aino Virtanen", at=300.0),
        fill.conversation(2, name="Bert Jones", at=200.0),
        fill.conversation(3, name="Chen Wei", at=100.0),
        fill.message(10, 1, body="Where is my refund?"),
        fill.message(11, 2, body="Where is my parcel?"),
        fill.message(12, 3, body="Can you help me with my invoice?"),
    )
    made = _desk(qtbot, cache, reader)
    yield made
    made.bridge.flush()
    made.window.close()


def _type(qtbot: QtBot, desk: Desk, text: str) -> None:
    editor = desk.pane.reply.editor
    editor.setFocus()
    QTest.keyClicks(editor, text)
    assert editor.toPlainText().endswith(text)


def _send_shortcut(desk: Desk) -> None:
    QTest.keyClick(desk.pane.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _open(desk: Desk, conversation_id: int) -> None:
    assert desk.window.inbox.select_id(conversation_id)
    row = desk.pane.conversation
    assert row is not None
    assert row.id == conversation_id


def _header(desk: Desk) -> str:
    return desk.pane.customer.full_text()


def test_switching_mid_typing_keeps_each_draft_and_sends_only_to_the_shown_customer(
    qtbot: QtBot, desk: Desk
) -> None:
    _open(desk, 1)
    _type(qtbot, desk, FOR_A)
    _open(desk, 2)  # mid-typing, before the debounce wrote anything
    assert _header(desk) == "Bert Jones"
    assert desk.pane.reply.editor.toPlainText() == ""
    assert desk.pane.reply.conversation_id == 2

    # The send shortcut right after the switch: Bert's box is empty, nothing goes anywhere.
    _send_shortcut(desk)
    assert desk.replies() == []

    _type(qtbot, desk, FOR_B)
    with qtbot.waitSignal(desk.pane.replyQueued, timeout=5000):
        _send_shortcut(desk)
    assert desk.replies() == [(2, FOR_B, False)]
    assert desk.pane.reply.editor.toPlainText() == ""

    # Aino's words are still Aino's: in the cache, marked in the inbox, back in the box.
    qtbot.waitUntil(lambda: desk.stored_draft(1) == FOR_A, timeout=5000)
    qtbot.waitUntil(lambda: desk.window.inbox_model.has_draft(1), timeout=5000)
    assert desk.stored_draft(2) is None
    assert not desk.window.inbox_model.has_draft(2)
    _open(desk, 1)
    assert desk.pane.reply.editor.toPlainText() == FOR_A
    # Undo cannot bring Bert's text (or anything else) into Aino's reply.
    assert not desk.pane.reply.editor.document().isUndoAvailable()
    assert desk.replies() == [(2, FOR_B, False)]


def test_the_send_shortcut_right_after_a_switch_sends_the_opened_draft_to_its_customer(
    qtbot: QtBot, desk: Desk
) -> None:
    _open(desk, 2)
    _type(qtbot, desk, FOR_B)
    _open(desk, 1)
    _type(qtbot, desk, FOR_A)
    _open(desk, 2)  # and at once Ctrl+Enter: Bert's own draft goes, to Bert
    with qtbot.waitSignal(desk.pane.replyQueued, timeout=5000):
        _send_shortcut(desk)
    assert desk.replies() == [(2, FOR_B, False)]
    qtbot.waitUntil(lambda: desk.stored_draft(1) == FOR_A, timeout=5000)
    qtbot.waitUntil(lambda: desk.stored_draft(2) is None, timeout=5000)


def test_arrivals_re_sorting_the_inbox_never_move_a_reply_to_another_customer(
    qtbot: QtBot, desk: Desk, filler: Filler
) -> None:
    inbox = desk.window.inbox
    _open(desk, 2)
    _type(qtbot, desk, FOR_B)
    # Chen writes: Chen's row jumps to the top, every row under it moves down one.
    bert_rect = inbox.view.visualRect(desk.window.inbox_model.index(1))
    with qtbot.waitSignal(desk.bridge.changes, timeout=5000):
        desk.bridge.on_changes(
            filler.apply(
                fill.conversation(3, name="Chen Wei", at=900.0),
                fill.message(13, 3, body="Hello? Anyone there?", at=900.0),
            )
        )
    assert desk.window.inbox_model.id_at(0) == 3
    assert inbox.selected_id() == 2  # the selection followed Bert's row
    assert _header(desk) == "Bert Jones"  # and the box is still Bert's
    assert desk.pane.reply.conversation_id == 2

    # The agent clicks where Bert's row was: that is Aino's row now.
    QTest.mouseClick(inbox.view.viewport(), Qt.MouseButton.LeftButton, pos=bert_rect.center())
    qtbot.waitUntil(lambda: _header(desk) == "Aino Virtanen", timeout=5000)
    assert desk.pane.reply.conversation_id == 1
    assert desk.pane.reply.editor.toPlainText() == ""  # Bert's text stayed with Bert
    _send_shortcut(desk)  # at once, by habit: nothing to send to Aino
    assert desk.replies() == []

    # Another arrival while the agent types for Aino: her row moves, the box stays hers.
    _type(qtbot, desk, FOR_A)
    with qtbot.waitSignal(desk.bridge.changes, timeout=5000):
        desk.bridge.on_changes(
            filler.apply(
                fill.conversation(1, name="Aino Virtanen", at=950.0),
                fill.message(14, 1, body="Any news about the refund?", at=950.0),
            )
        )
    with qtbot.waitSignal(desk.pane.replyQueued, timeout=5000):
        _send_shortcut(desk)
    assert desk.replies() == [(1, FOR_A, False)]
    qtbot.waitUntil(lambda: desk.stored_draft(2) == FOR_B, timeout=5000)
    _open(desk, 2)
    assert desk.pane.reply.editor.toPlainText() == FOR_B


def test_a_send_for_another_conversation_than_the_header_is_refused(
    qtbot: QtBot, desk: Desk
) -> None:
    _open(desk, 1)
    _type(qtbot, desk, FOR_A)
    with qtbot.assertNotEmitted(desk.pane.replyQueued, wait=100):
        desk.pane.reply.submitted.emit(2, FOR_A, False)  # a stale binding, forced
    assert desk.replies() == []


def test_drafts_survive_a_restart_and_a_sent_reply_takes_its_draft(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> None:
    del qloop
    filler.apply(
        fill.queue(1, "Support"),
        fill.conversation(1, name="Aino Virtanen", at=300.0),
        fill.conversation(2, name="Bert Jones", at=200.0),
    )
    first = _desk(qtbot, cache, reader)
    _open(first, 1)
    first.pane.reply.internal.setChecked(True)
    _type(qtbot, first, "Customer asked twice")
    first.window.close()  # no pause for the debounce: closing keeps the draft
    first.bridge.flush()
    path = cache.path
    cache.close()

    again = Cache(path)
    again.open()
    again_reader = CacheReader(path)
    try:
        second = _desk(qtbot, again, again_reader)
        assert second.window.inbox_model.has_draft(1)
        assert not second.window.inbox_model.has_draft(2)
        _open(second, 1)
        assert second.pane.reply.editor.toPlainText() == "Customer asked twice"
        assert second.pane.reply.internal.isChecked()

        with qtbot.waitSignal(second.pane.replyQueued, timeout=5000):
            _send_shortcut(second)
        assert second.replies() == [(1, "Customer asked twice", True)]
        qtbot.waitUntil(lambda: second.stored_draft(1) is None, timeout=5000)
        qtbot.waitUntil(lambda: not second.window.inbox_model.has_draft(1), timeout=5000)
        second.bridge.flush()
        second.window.close()
    finally:
        again_reader.close()
        again.close()


def test_clearing_the_box_deletes_the_draft(qtbot: QtBot, desk: Desk) -> None:
    _open(desk, 1)
    _type(qtbot, desk, "Checking")
    qtbot.waitUntil(lambda: desk.stored_draft(1) == "Checking", timeout=5000)
    qtbot.waitUntil(lambda: desk.window.inbox_model.has_draft(1), timeout=5000)
    desk.pane.reply.editor.selectAll()
    QTest.keyClick(desk.pane.reply.editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: desk.stored_draft(1) is None, timeout=5000)
    qtbot.waitUntil(lambda: not desk.window.inbox_model.has_draft(1), timeout=5000)


class _FailingActions:
    """Queues nothing: each reply fails once ``release`` is set (a full disk, say)."""

    def __init__(self) -> None:
        self.release = asyncio.Event()

    async def send_reply(self, conversation_id: int, body: str, *, internal: bool = False) -> int:
        del conversation_id, body, internal
        await self.release.wait()
        raise OSError("disk full")

    async def set_status(self, conversation_id: int, status: object) -> int:
        raise NotImplementedError


def test_a_reply_that_could_not_be_queued_returns_to_its_own_conversation(
    qtbot: QtBot, desk: Desk
) -> None:
    actions = _FailingActions()
    desk.pane.set_actions(actions)
    _open(desk, 1)
    _type(qtbot, desk, FOR_A)
    _send_shortcut(desk)
    assert desk.pane.reply.editor.toPlainText() == ""
    _open(desk, 2)
    _type(qtbot, desk, "Hi Bert")
    with qtbot.waitSignal(desk.pane.ops.failed, timeout=5000):
        actions.release.set()
    assert desk.pane.reply.editor.toPlainText() == "Hi Bert"  # Bert's box untouched
    qtbot.waitUntil(lambda: desk.stored_draft(1) == FOR_A, timeout=5000)
    _open(desk, 1)
    assert desk.pane.reply.editor.toPlainText() == FOR_A
