"""Ctrl+Q quits the desk the way closing its window does: the outbox stays in the cache
for the next run, and the embedded server is stopped."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import Desk, DeskOptions
from desktop.store.cache import Cache
from desktop.store.outbox import pending
from desktop.store.paths import cache_path
from desktop.store.reader import CacheReader
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow
from protocol.frames import ReplyOp
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk

QUEUED = "Written just before quitting"


def press_ctrl_q(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_q_closes_the_window(qtbot: QtBot, reader: CacheReader) -> None:
    window = MainWindow(reader, SyncBridge(), Ops())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.closed, timeout=3000):
        press_ctrl_q(qtbot, window)
    assert not window.isVisible()


def test_ctrl_q_keeps_the_outbox(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    desk, window, run = started.desk, started.window, started.task
    qtbot.waitUntil(lambda: window.inbox_model.rowCount() > 0, timeout=10_000)
    server.kill()
    status = window.status
    qtbot.waitUntil(lambda: status.link_text().startswith("Reconnecting"), timeout=20_000)
    assert window.inbox.select_id(window.inbox_model.id_at(0))
    pane = window.conversation
    pane.reply.editor.setPlainText(QUEUED)
    with qtbot.waitSignal(pane.replyQueued, timeout=5000):
        pane.reply.on_send()

    press_ctrl_q(qtbot, window)
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0
    assert desk.cache_key is not None
    cache = Cache(cache_path(tmp_path, "agent01"), desk.cache_key.key)
    cache.open()
    try:
        kept = cache.writer.call(pending)
    finally:
        cache.close()
    assert [m.change.body for m in kept if isinstance(m.change, ReplyOp)] == [QUEUED]


def test_ctrl_q_stops_the_embedded_server(
    qtbot: QtBot, qapp: QApplication, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    desk = Desk(qapp, DeskOptions(data_dir=tmp_path))
    run = qloop.create_task(desk.run())
    qtbot.waitUntil(lambda: desk.window is not None, timeout=10_000)
    window = desk.window
    assert window is not None
    qtbot.waitUntil(lambda: desk.server is not None and desk.server.running, timeout=60_000)
    server = desk.server
    assert server is not None

    press_ctrl_q(qtbot, window)
    qtbot.waitUntil(run.done, timeout=20_000)
    assert run.result() == 0
    assert not server.running
