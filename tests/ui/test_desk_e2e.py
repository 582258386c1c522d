"""The whole desk against a real server: sign in, see synced conversations, reply.

The composition root runs as in production (``Desk.run`` on the qasync loop), against a
``frontline server --demo`` subprocess on 127.0.0.1 and a real cache file. The agent signs
in through the dialog, the inbox fills from the sync, and a reply typed in the box reaches
the server, which the test checks over the REST API with its own token.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import Desk, DeskOptions
from desktop.ui.shell.sign_in import SignInDialog
from desktop.ui.shell.window import MainWindow
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import server_bodies, start_desk, start_signed_in_desk

REPLY = "We have found your parcel 包裹已找到 — it ships today."


def _newest_english(window: MainWindow) -> int:
    """The newest conversation in English (the replies below are English) that is not
    another agent's (a reply to one asks first: tests/ui/conversation/test_collision.py)."""
    model = window.inbox_model
    for row in range(model.rowCount()):
        found = model.row_at(row)
        if found is not None and found.language == "en" and found.assignee_id in (None, 1):
            return found.id
    raise AssertionError("the demo has no English conversation")


def test_sign_in_sync_and_reply_reach_the_server(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    desk = Desk(
        qapp,
        DeskOptions(
            server_url=server.url, username="agent01", data_dir=tmp_path, use_keyring=False
        ),
    )
    run = qloop.create_task(desk.run())

    def dialog() -> SignInDialog | None:
        window = desk.window
        return window.findChild(SignInDialog) if window is not None else None

    def dialog_shown() -> bool:
        found = dialog()
        return found is not None and found.isVisible()

    qtbot.waitUntil(dialog_shown, timeout=10_000)
    window = desk.window
    assert window is not None
    sign_in = dialog()
    assert sign_in is not None
    sign_in.password.setText("demo")
    sign_in.on_submit()

    status = window.status
    qtbot.waitUntil(lambda: status.link_text() == "Online", timeout=30_000)
    assert status.agent.text()
    assert status.note.text() == "No keyring: you will sign in again next time"
    reader = desk.reader
    assert reader is not None
    qtbot.waitUntil(
        lambda: 0 < window.inbox_model.rowCount() == reader.counts()["conversations"],
        timeout=10_000,
    )

    # An English customer: an English reply to a Finnish one would ask first (the
    # language check, tests/ui/conversation/test_language_check.py).
    conversation_id = _newest_english(window)
    assert window.inbox.select_id(conversation_id)
    pane = window.conversation
    qtbot.waitUntil(lambda: pane.conversation is not None, timeout=5000)
    assert pane.model.rowCount() > 0

    pane.reply.editor.setPlainText(REPLY)
    with qtbot.waitSignal(pane.replyQueued, timeout=5000):
        QTest.keyClick(pane.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(m.body == REPLY for m in pane.model.rows()), timeout=5000)

    token = httpx.post(
        f"{server.url}/api/login", json={"username": "agent01", "password": "demo"}, timeout=5
    ).json()["token"]
    qtbot.waitUntil(
        lambda: REPLY in server_bodies(server.url, token, conversation_id), timeout=15_000
    )
    # The server's copy replaces the pending one, once.
    qtbot.waitUntil(
        lambda: (
            [(m.body, m.pending) for m in pane.model.rows() if m.body == REPLY] == [(REPLY, False)]
        ),
        timeout=15_000,
    )
    assert server_bodies(server.url, token, conversation_id).count(REPLY) == 1

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0


def test_a_refused_token_asks_to_sign_in_again(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_desk(qtbot, qapp, qloop, server.url, tmp_path, token="expired-or-forged")
    window, run = started.window, started.task
    status = window.status
    qtbot.waitUntil(lambda: status.link_text() == "Signed out — sign in again", timeout=20_000)
    assert status.sign_in.isVisible()

    status.sign_in.click()
    qtbot.waitUntil(lambda: window.findChild(SignInDialog) is not None, timeout=5000)
    dialog = window.findChild(SignInDialog)
    assert dialog is not None
    dialog.password.setText("demo")
    dialog.on_submit()
    qtbot.waitUntil(lambda: status.link_text() == "Online", timeout=30_000)
    assert not status.sign_in.isVisible()

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0


def test_losing_the_server_shows_reconnecting_and_queues_replies(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    window, run = started.window, started.task
    status = window.status
    qtbot.waitUntil(lambda: window.inbox_model.rowCount() > 0, timeout=10_000)

    server.kill()
    qtbot.waitUntil(lambda: status.link_text().startswith("Reconnecting"), timeout=20_000)
    assert status.retry.isVisible()

    assert window.inbox.select_id(_newest_english(window))
    pane = window.conversation
    pane.reply.editor.setPlainText("Written while the server is away")
    with qtbot.waitSignal(pane.replyQueued, timeout=5000):
        pane.reply.on_send()
    qtbot.waitUntil(lambda: "1 change(s) queued" in status.link_text(), timeout=5000)
    qtbot.waitUntil(
        lambda: (
            [m.body for m in pane.model.rows() if m.pending] == ["Written while the server is away"]
        ),
        timeout=5000,
    )
    assert not pane.delegate.online  # the bubble says "Queued", not "Sending…"

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0


def test_the_embedded_default_restarts_a_dead_local_server(
    qtbot: QtBot, qapp: QApplication, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    desk = Desk(qapp, DeskOptions(data_dir=tmp_path))
    run = qloop.create_task(desk.run())
    qtbot.waitUntil(lambda: desk.window is not None, timeout=10_000)
    window = desk.window
    assert window is not None
    status = window.status
    qtbot.waitUntil(lambda: status.link_text() == "Online", timeout=60_000)
    assert window.inbox_model.rowCount() > 0
    first = desk.server
    assert first is not None
    assert (tmp_path / "server.sqlite3").exists()
    assert (tmp_path / "cache-agent01.sqlite3").exists()

    first._process.kill()  # type: ignore[union-attr]  # a crash, as the desk sees it
    qtbot.waitUntil(
        lambda: desk.server is not first and status.link_text() == "Online", timeout=60_000
    )
    assert desk.server is not None
    assert desk.server.running

    window.close()
    qtbot.waitUntil(run.done, timeout=20_000)
    assert run.result() == 0
    assert not desk.server.running
