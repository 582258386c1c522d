"""Keys a widget takes itself (``own_keys``) are remappable too: the reply box's send,
the inbox list's J/K; and take-next is a keymap shortcut like any other."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from tests.ui.inbox.test_search_ui import conv, msg, put
from tests.ui.shell.test_keymap import active_window, ini

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PRESS = QKeyEvent.Type.KeyPress


def test_send_keys_follow_a_remap(qtbot: QtBot, reader: CacheReader, tmp_path: Path) -> None:
    settings = ini(tmp_path)
    window = active_window(qtbot, reader, settings)
    reply = window.conversation.reply
    assert "Ctrl+Return sends" in reply.editor.placeholderText()
    assert reply._is_send_key(QKeyEvent(PRESS, Qt.Key.Key_Return, CTRL))
    settings.setValue("keys/reply.send", "Ctrl+Shift+Return")
    window.settingsApplied.emit()
    assert "Ctrl+Shift+Return sends" in reply.editor.placeholderText()
    assert reply._is_send_key(QKeyEvent(PRESS, Qt.Key.Key_Return, CTRL | SHIFT))
    assert not reply._is_send_key(QKeyEvent(PRESS, Qt.Key.Key_Return, CTRL))


def test_list_keys_and_take_next_follow_a_remap(
    qtbot: QtBot, cache: Cache, reader: CacheReader, tmp_path: Path
) -> None:
    put(cache, conv(1), msg(11, 1, "One"), conv(2), msg(21, 2, "Two"), conv(3), msg(31, 3, "3"))
    settings = ini(tmp_path)
    settings.setValue("keys/inbox.list_next", "N")
    settings.setValue("keys/inbox.take_next", "Ctrl+Shift+Y")
    window = active_window(qtbot, reader, settings)
    page = window.inbox_page
    qtbot.waitUntil(lambda: window.inbox_model.rowCount() == 3, timeout=3000)
    view = window.inbox.view
    view.setFocus()
    view.setCurrentIndex(window.inbox_model.index(0, 0))
    first = page.current.row
    QTest.keyClick(view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: page.current.row is not None and page.current.row != first)
    moved = page.current.row
    QTest.keyClick(view, Qt.Key.Key_J)  # J is no longer the list's key
    assert page.current.row == moved
    assert "(Ctrl+Shift+Y)" in window.inbox.take_next.toolTip()
    asked: list[bool] = []
    page.take_next = lambda: asked.append(True)  # type: ignore[method-assign]
    QTest.keyClick(window, Qt.Key.Key_Y, CTRL | SHIFT)
    assert asked == [True]
