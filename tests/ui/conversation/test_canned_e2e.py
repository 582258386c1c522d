"""Canned replies end to end: the demo's replies reach a signed-in desk by sync, and the
picker keeps working from the cache once the server is gone; a personal reply saved
offline waits in the outbox and is the server's after it comes back."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.knowledge.snippets import choose_variant, first_name
from desktop.store import outbox
from protocol.frames import CannedSaveOp
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk


def test_demo_replies_sync_and_the_picker_works_offline(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    with socket.socket() as probe:  # a fixed port, so the desk finds the restarted server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = server_factory("--port", str(port))
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path / "desk")
    window, desk = started.window, started.desk
    reader, cache = desk.reader, desk.cache
    assert reader is not None
    assert cache is not None
    qtbot.waitUntil(lambda: len(reader.canned_replies(None)) >= 8, timeout=30_000)
    # The demo's replies of agent01's queues, and those for every queue.
    reply = reader.canned_replies(None)[0]

    server.stop()
    qtbot.waitUntil(lambda: window.status.link_text() != "Online", timeout=30_000)

    # A conversation of the demo, whatever its language: the reply comes in that one.
    model = window.inbox_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    row = model.row_at(0)
    assert row is not None
    window.inbox.select_id(row.id)
    pane = window.conversation
    qtbot.waitUntil(lambda: pane.conversation is not None and pane.conversation.id == row.id)
    editor = pane.reply.editor
    editor.setFocus()
    QTest.keyClicks(editor, "/" + reply.shortcut)
    picker = pane.reply.canned.picker
    assert picker is not None
    assert picker.isVisible()
    assert picker.model.entries[0].reply.id == reply.id
    QTest.keyClick(editor, Qt.Key.Key_Return)
    variants = reply.variants
    expected = variants[choose_variant(variants, row.language) or "en"]
    text = editor.toPlainText()
    assert text.startswith(expected.split("{")[0])
    if "{customer.first_name}" in expected:
        assert first_name(row.customer_name) in text

    # Offline, a personal reply still goes into the outbox, and into the picker at once.
    pane.reply.saveCannedRequested.emit("Thanks for your patience.")
    dialog = pane.canned.save_dialog
    assert dialog is not None
    dialog.shortcut.setText("patience")
    dialog.title.setText("Thanks for your patience")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    pending = [m.change for m in cache.writer.call(outbox.pending)]
    assert any(isinstance(c, CannedSaveOp) and c.shortcut == "patience" for c in pending)

    # Back online: the server takes it and it becomes a real (positive id) reply.
    server.restart()
    qtbot.waitUntil(lambda: window.status.link_text() == "Online", timeout=60_000)
    me = pane.activity.me
    assert me is not None
    qtbot.waitUntil(
        lambda: any(r.shortcut == "patience" and r.id > 0 for r in reader.canned_replies(me)),
        timeout=30_000,
    )
    window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)
