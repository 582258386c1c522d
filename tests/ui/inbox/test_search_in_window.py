"""Ctrl+F in the desk: the search takes the list's place, Enter opens the hit's
conversation scrolled to the message, and Esc in the empty field brings the list back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow
from tests.ui.inbox.test_search_ui import conv, msg, put


def test_ctrl_f_finds_opens_and_closes(qtbot: QtBot, cache: Cache, reader: CacheReader) -> None:
    put(cache, conv(1), msg(11, 1, "Where is my parcel"), conv(2), msg(21, 2, "Refund please"))
    for mid in range(22, 60):  # enough messages that the hit must be scrolled to
        put(cache, msg(mid, 2, f"Filler message number {mid}"))
    put(cache, msg(60, 2, "The invoice arrived twice"))
    window = MainWindow(reader, SyncBridge(), Ops())
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    page = window.inbox_page
    assert not page.searching

    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.searching and page.search.field.hasFocus(), timeout=3000)
    QTest.keyClicks(page.search.field, "invoice")
    qtbot.waitUntil(lambda: page.search.model.rowCount() == 1, timeout=3000)
    QTest.keyClick(page.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current.row is not None and page.current.row.id == 2)
    delegate = page.conversation.delegate
    assert delegate.flashing == 60
    current = page.conversation.view.currentIndex()
    assert current.isValid()
    assert page.conversation.view.visualRect(current).intersects(
        page.conversation.view.viewport().rect()
    )

    page.search.field.clear()
    page.search.field.setFocus()
    QTest.keyClick(page.search.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.searching, timeout=3000)
