"""The conversation pane shows the cache and sends through the engine's outbox."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.models.rows import MessageRow
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.engine import SyncEngine
from desktop.ui.conversation.pane import ConversationPane
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from tests.ui import fill
from tests.ui.fill import Filler


@pytest.fixture(autouse=True)
def _loop(qloop: asyncio.AbstractEventLoop) -> asyncio.AbstractEventLoop:
    """Every test here runs on the desk's loop: opening a conversation tells the server
    the agent is viewing it (an async op), whichever test ran before in this process."""
    return qloop


def _quiet(pane: ConversationPane) -> None:
    pane.activity.repeat.stop()
    pane.activity.idle.stop()


def _pane(
    qtbot: QtBot, cache: Cache, reader: CacheReader
) -> tuple[ConversationPane, SyncBridge, SyncEngine]:
    bridge = SyncBridge()
    engine = SyncEngine(
        cache,
        "ws://127.0.0.1:9/ws",
        "not-a-real-token",
        on_changes=bridge.on_changes,
        on_state=bridge.on_state,
    )
    pane = ConversationPane(reader, Ops())
    # Its activity timers must not outlive the test (a later test has no loop to run on).
    qtbot.addWidget(pane, before_close_func=_quiet)
    bridge.changes.connect(pane.on_changes)
    pane.set_actions(engine)
    pane.resize(700, 600)
    return pane, bridge, engine


def test_messages_are_shown_in_order(
    qtbot: QtBot, filler: Filler, cache: Cache, reader: CacheReader
) -> None:
    filler.apply(
        fill.queue(1, "Support"),
        fill.conversation(1, name="Liisa Korhonen"),
        fill.message(10, 1, body="Hei, tilaukseni on myöhässä."),
        fill.message(11, 1, body="Tarkistan asian heti.", direction="out"),
    )
    pane, _bridge, _engine = _pane(qtbot, cache, reader)
    pane.show_conversation(1)
    assert pane.customer.full_text() == "Liisa Korhonen"
    assert "Support" in pane.details.full_text()
    assert [m.body for m in pane.model.rows()] == [
        "Hei, tilaukseni on myöhässä.",
        "Tarkistan asian heti.",
    ]
    pane.show()
    qtbot.waitExposed(pane)


def test_a_reply_appears_at_once_as_pending(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> None:
    filler.apply(fill.conversation(1), fill.message(10, 1, body="Hello?"))
    pane, bridge, _engine = _pane(qtbot, cache, reader)
    pane.show_conversation(1)
    pane.show()
    qtbot.waitExposed(pane)
    pane.reply.editor.setPlainText("  Thanks, looking into your order now 马上处理  ")
    with qtbot.waitSignals([pane.replyQueued, bridge.changes], timeout=5000):
        QTest.keyClick(pane.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pane.reply.editor.toPlainText() == ""
    rows: list[MessageRow] = pane.model.rows()
    assert rows[-1].body == "Thanks, looking into your order now 马上处理"
    assert rows[-1].pending
    assert rows[-1].direction == "out"

    pane.reply.internal.setChecked(True)
    pane.reply.editor.setPlainText("Customer is a VIP")
    with qtbot.waitSignal(bridge.changes, timeout=5000):
        pane.reply.send.click()
    assert pane.model.rows()[-1].direction == "note"
    assert pane.model.rows()[-1].pending


def test_an_empty_reply_is_not_sent(
    qtbot: QtBot, filler: Filler, cache: Cache, reader: CacheReader
) -> None:
    filler.apply(fill.conversation(1))
    pane, _bridge, _engine = _pane(qtbot, cache, reader)
    pane.show_conversation(1)
    pane.reply.editor.setPlainText("   \n ")
    with qtbot.assertNotEmitted(pane.reply.submitted):
        pane.reply.on_send()


def test_without_an_engine_sending_is_disabled(
    qtbot: QtBot, filler: Filler, reader: CacheReader
) -> None:
    filler.apply(fill.conversation(1))
    pane = ConversationPane(reader, Ops())
    # Its activity timers must not outlive the test (a later test has no loop to run on).
    qtbot.addWidget(pane, before_close_func=_quiet)
    pane.show_conversation(1)
    assert not pane.reply.send.isEnabled()
    assert not pane.status.isEnabled()


def test_a_status_change_goes_through_the_outbox(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> None:
    filler.apply(fill.conversation(1, status="open"))
    pane, _bridge, _engine = _pane(qtbot, cache, reader)
    pane.show_conversation(1)
    with qtbot.waitSignal(pane.statusQueued, timeout=5000):
        pane.status.setCurrentIndex(pane.status.findData("pending"))
    qtbot.waitUntil(lambda: pane.conversation is not None and pane.conversation.status == "pending")
    row = reader.conversation(1)
    assert row is not None
    assert row.status == "pending"
    assert reader.counts()["queued"] == 1
