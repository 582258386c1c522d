"""Collision avoidance with two desks against a real server: the desk (agent01) and a
colleague's raw socket (supervisor01, who sees every queue).

The colleague's viewing and typing show in the desk's header by name and clear when they
leave; the desk's own viewing, typing and leaving reach the colleague; a reply to a
conversation assigned to someone else asks first and goes only after "Send anyway".
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.conversation.activity import Colleague, colleagues_text
from protocol.frames import Activity, ActivityUpdate, encode, parse_server_frame
from tests.support.desk_socket import Desk as Socket
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import server_bodies, start_signed_in_desk

T = TypeVar("T")
COLLEAGUE = "Helena Nieminen"  # supervisor01 in the demo data
REPLY = "Thanks for waiting, I have checked your order and it ships today"
SHOTS = os.environ.get("FRONTLINE_SHOTS")
"""A folder to keep the screenshots in (they go to the test's tmp_path otherwise)."""


def places(db: Path) -> tuple[int, int, int, str]:
    """Two open English conversations of agent01's queues nobody else has, and one
    assigned to another agent (with that agent's display name)."""
    mine = "queue_id IN (SELECT queue_id FROM agent_queues WHERE agent_id = 1)"
    english = "language LIKE 'en%' AND status != 'resolved'"
    with sqlite3.connect(db) as conn:
        free = [
            int(r[0])
            for r in conn.execute(
                f"SELECT id FROM conversations WHERE {mine} AND {english}"
                " AND (assignee_id IS NULL OR assignee_id = 1) ORDER BY id LIMIT 2"
            )
        ]
        theirs, name = conn.execute(
            "SELECT c.id, a.display_name FROM conversations c JOIN agents a"
            f" ON a.id = c.assignee_id WHERE c.{mine} AND c.{english}"
            " AND c.assignee_id != 1 ORDER BY c.id LIMIT 1"
        ).fetchone()
    return free[0], free[1], int(theirs), str(name)


def test_the_header_text() -> None:
    li, anna, bo = Colleague("Li Wei", False), Colleague("Anna", True), Colleague("Bo", False)
    assert colleagues_text([]) == ""
    assert colleagues_text([li]) == "Li Wei is viewing"
    assert colleagues_text([anna]) == "Anna is typing…"
    assert colleagues_text([li, bo]) == "Li Wei and 1 other are here"
    assert colleagues_text([li, bo, Colleague("Cai", False)]) == "Li Wei and 2 others are here"
    assert colleagues_text([li, anna, bo]) == "Anna is typing… (and 2 others here)"
    assert colleagues_text([li, anna]) == "Anna is typing… (and 1 other here)"


def test_two_desks_see_each_other_and_a_reply_to_someone_elses_asks_first(
    qtbot: QtBot,
    styled: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    qapp = styled  # with the desk's font and style sheet, for the screenshots
    server = server_factory()
    first, second, theirs, assignee = places(server.db_path)

    def run(work: Coroutine[Any, Any, T]) -> T:
        task = qloop.create_task(work)
        qtbot.waitUntil(task.done, timeout=30_000)
        return task.result()

    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path / "desk")
    window, pane = started.window, started.window.conversation
    window.resize(1024, 640)
    colleague = run(Socket.open(server, "supervisor01"))
    heard: list[ActivityUpdate] = []

    async def listen() -> None:
        while True:
            frame = parse_server_frame(await colleague.ws.recv())
            if isinstance(frame, ActivityUpdate):
                heard.append(frame)

    listening = qloop.create_task(listen())

    def colleague_says(conversation_id: int, state: str) -> None:
        frame = Activity.model_validate({"conversation_id": conversation_id, "state": state})
        run(colleague.ws.send(encode(frame)))

    def colleague_hears(conversation_id: int, expected: Callable[[dict[int, str]], bool]) -> None:
        """Wait until the colleague's latest update of ``conversation_id`` passes."""

        def latest() -> bool:
            updates = [u for u in heard if u.conversation_id == conversation_id]
            return bool(updates) and expected({a.agent_id: a.state for a in updates[-1].agents})

        qtbot.waitUntil(latest, timeout=15_000)

    # Opening a conversation says "viewing"; the colleague sees agent01 (id 1) in it.
    pane.show_conversation(first)
    colleague_hears(first, lambda who: who == {1: "viewing"})
    assert not pane.colleagues.isVisible()  # the agent themself is never shown

    # The colleague looks, then types: the header names them, amber while typing.
    colleague_says(first, "viewing")
    qtbot.waitUntil(lambda: pane.colleagues.full_text() == f"{COLLEAGUE} is viewing")
    assert pane.colleagues.isVisible()
    assert not pane.colleagues.typing
    colleague_says(first, "typing")
    qtbot.waitUntil(lambda: pane.colleagues.full_text() == f"{COLLEAGUE} is typing…")
    assert pane.colleagues.typing
    assert pane.colleagues.toolTip() == f"{COLLEAGUE}: typing"
    shots = Path(SHOTS) if SHOTS else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(shots / "collision-typing.png"))

    # The colleague leaves: the header clears.
    colleague_says(first, "left")
    qtbot.waitUntil(lambda: not pane.colleagues.isVisible())
    assert pane.colleagues.full_text() == ""

    # Another conversation: "left" for the first, "viewing" for the second; typing in
    # the reply box says "typing" there.
    pane.show_conversation(second)
    colleague_hears(first, lambda who: 1 not in who)
    colleague_hears(second, lambda who: who == {1: "viewing"})
    pane.focus_reply()
    QTest.keyClicks(pane.reply.editor, "Hello")
    colleague_hears(second, lambda who: who == {1: "typing"})
    # An update for a conversation that is not shown changes nothing in the header.
    colleague_says(first, "viewing")
    qtbot.waitUntil(lambda: first in pane.activity.heard, timeout=15_000)
    assert not pane.colleagues.isVisible()
    pane.reply.editor.clear()

    # Someone else's conversation: the reply asks first, and Cancel sends nothing.
    queued: list[int] = []
    pane.replyQueued.connect(queued.append)
    pane.show_conversation(theirs)
    row = pane.conversation
    assert row is not None
    assert row.assignee_id not in (None, 1)
    pane.focus_reply()
    pane.reply.editor.setPlainText(REPLY)
    question = pane.reply.warning
    QTest.keyClick(pane.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert question.isVisible()
    assert question.text.text() == f"Assigned to {assignee}. Reply anyway?"
    assert question.edit.text() == "Cancel"
    assert question.send_anyway.text() == "Send anyway"
    window.grab().save(str(shots / "collision-assigned.png"))
    question.edit.click()
    assert not question.isVisible()
    assert pane.reply.editor.toPlainText() == REPLY
    assert queued == []

    # Asked again; "Send anyway" queues it, and the server gets it.
    QTest.keyClick(pane.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert question.isVisible()
    assert queued == []
    with qtbot.waitSignal(pane.replyQueued, timeout=10_000):
        question.send_anyway.click()
    assert not question.isVisible()
    assert pane.reply.editor.toPlainText() == ""
    token = colleague.token
    qtbot.waitUntil(lambda: REPLY in server_bodies(server.url, token, theirs), timeout=15_000)

    # Closing the desk leaves the conversation.
    colleague_hears(theirs, lambda who: who.get(1) == "viewing")
    window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)
    assert started.task.result() == 0
    colleague_hears(theirs, lambda who: 1 not in who)
    listening.cancel()
    run(colleague.ws.close())
