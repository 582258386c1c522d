"""The work strip on a whole desk against a real server that routes: presence Available,
a chat arrives, the banner rings with the screen pop, Accept opens the conversation, and
resolving it brings after-call work whose required wrap-up code gates Done."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.server.helpers import intake
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk


def quiet(db: Path) -> str:
    """No waiting demo contacts; agent01 alone is routable, with a skill in queue 1."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE conversations SET status='resolved' WHERE assignee_id IS NULL")
        conn.execute(
            'UPDATE routing_profiles SET skills = \'[{"queue_id": 1, "level": 2}]\','
            " languages = '[]' WHERE agent_id = 1"
        )
        conn.execute("DELETE FROM presence WHERE agent_id != 1")
        return str(conn.execute("SELECT name FROM queues WHERE id = 1").fetchone()[0])


def test_a_routed_chat_rings_is_accepted_and_wrapped_up(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    queue = quiet(server.db_path)
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    window, run = started.window, started.task
    banner, wrapup = window.work.banner, window.work.wrapup
    with qtbot.waitSignal(window.presence.presenceSent, timeout=10_000):
        window.presence.state_actions["available"].trigger()

    made = intake(server.url, queue=queue, body="Where is my parcel?")
    qtbot.waitUntil(banner.isVisible, timeout=15_000)
    assert banner.offer is not None
    assert banner.offer.conversation_id == made["conversation_id"]
    assert banner.customer.full_text().startswith("Test Customer")
    assert banner.title.text() == "Incoming chat"
    assert banner.why.full_text().startswith("You are the only available agent with")
    assert 0 < banner.remaining() <= 21  # 20 s, read through the estimated server clock
    window.grab().save(str(tmp_path / "ringing.png"))

    with qtbot.waitSignal(banner.conversationRequested, timeout=10_000):
        banner.accept_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    conversation = window.conversation.conversation
    assert conversation is not None
    assert conversation.id == made["conversation_id"]

    # Resolving the chat ends the contact: after-call work, with the queue's codes.
    pane = window.conversation
    pane.status.setCurrentIndex(pane.status.findData("resolved"))
    qtbot.waitUntil(wrapup.isVisible, timeout=15_000)
    assert wrapup.codes.count() > 1
    if wrapup.required:
        assert not wrapup.done.isEnabled()
    remaining = wrapup.remaining()
    assert remaining is None or remaining > 0
    window.grab().save(str(tmp_path / "acw.png"))
    wrapup.codes.setCurrentIndex(1)
    assert wrapup.done.isEnabled()
    with qtbot.waitSignal(wrapup.wrappedUp, timeout=10_000):
        wrapup.done.click()
    qtbot.waitUntil(lambda: not wrapup.isVisible(), timeout=10_000)

    server.stop()
    qtbot.waitUntil(lambda: window.status.link_text() != "Online", timeout=30_000)
    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0
