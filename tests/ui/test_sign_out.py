"""Sign out, end to end against a real server: the session is revoked there, the stored
token is forgotten, syncing stops, the cache and its outbox stay, and the sign-in dialog
asks for the same agent again. A reply queued while signed out reaches the server after
the next sign-in."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.sync.auth import logout
from desktop.ui.shell.sign_in import SignInDialog
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import server_bodies, start_signed_in_desk

QUEUED = "Written after signing out, sent after signing in"


def test_sign_out_revokes_forgets_and_keeps_the_outbox(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    desk, window, run = started.desk, started.window, started.task
    status = window.status
    qtbot.waitUntil(lambda: window.inbox_model.rowCount() > 0, timeout=10_000)
    rows = window.inbox_model.rowCount()
    engine = desk.engine
    session = desk._asset_session
    assert session is not None
    token = session.token
    assert window.sign_out.isEnabled()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTest.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    def dialog() -> SignInDialog | None:
        found = window.findChild(SignInDialog)
        return found if found is not None and found.isVisible() else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=15_000)
    assert desk.engine is None
    assert status.link_text() == "Signed out — sign in again"
    assert not window.sign_out.isEnabled()
    assert not window.conversation.reply.send.isEnabled()
    # The server revoked the token: it opens nothing any more.
    refused = httpx.get(
        f"{server.url}/api/conversations/1/messages",
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    )
    assert refused.status_code == 401
    forgotten = qloop.create_task(desk.tokens.load(server.url, "agent01"))
    qtbot.waitUntil(forgotten.done)
    assert forgotten.result() is None
    # The cache stays, readable, with what it held.
    assert window.inbox_model.rowCount() >= rows > 0

    # Something queued while signed out waits in the outbox for the next session.
    cache = desk.cache
    assert cache is not None
    conversation_id = window.inbox_model.id_at(0)
    queued = qloop.create_task(cache.queue_reply(conversation_id, QUEUED, "", internal=False))
    qtbot.waitUntil(queued.done, timeout=5000)
    assert queued.exception() is None

    sign_in = dialog()
    assert sign_in is not None
    assert sign_in.username.text() == "agent01"
    assert sign_in.username.isReadOnly()  # this cache is agent01's: no other agent here
    sign_in.password.setText("demo")
    sign_in.on_submit()
    qtbot.waitUntil(lambda: status.link_text() == "Online", timeout=30_000)
    assert window.sign_out.isEnabled()
    assert desk.engine is not None
    assert desk.engine is not engine

    fresh = httpx.post(
        f"{server.url}/api/login", json={"username": "agent01", "password": "demo"}, timeout=5
    ).json()["token"]
    qtbot.waitUntil(
        lambda: QUEUED in server_bodies(server.url, str(fresh), conversation_id), timeout=20_000
    )
    assert server_bodies(server.url, str(fresh), conversation_id).count(QUEUED) == 1

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0


def test_sign_out_offline_still_signs_out_locally(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    """An unreachable server: logout says False (and logs) instead of raising."""
    done = qloop.create_task(logout("http://127.0.0.1:9", "some-token", timeout=2))
    qtbot.waitUntil(done.done, timeout=10_000)
    assert done.result() is False


def test_logout_with_an_invalid_token_is_refused_quietly(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server_factory: ServerFactory
) -> None:
    server = server_factory()
    done = qloop.create_task(logout(server.url, "not-a-token"))
    qtbot.waitUntil(done.done, timeout=10_000)
    assert done.result() is False
