"""Keyboard actions on a desk with an engine: the open conversation's status and the
note toggle from anywhere in the window, the work strip's keys doing nothing when there
is no offer or call, and a key press announced through ``keyActionTriggered``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui.shell.window import INBOX_PAGE, KNOWLEDGE_PAGE
from tests.ui.kb_fill import KbDesk

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_status_and_note_keys_act_on_the_open_conversation(qtbot: QtBot, kb_desk: KbDesk) -> None:
    window = kb_desk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.show_page(INBOX_PAGE)
    assert window.inbox.select_id(1)
    pane = window.conversation
    qtbot.waitUntil(lambda: pane.conversation is not None, timeout=3000)
    window.show_page(KNOWLEDGE_PAGE)  # the keys work from another page too
    window.knowledge.search.setFocus()

    with qtbot.waitSignal(pane.statusQueued, timeout=5000):
        QTest.keyClick(window.knowledge.search, Qt.Key.Key_P, CTRL_SHIFT)
    assert window.pages.currentIndex() == INBOX_PAGE
    assert pane.status.currentData() == "pending"
    assert window.knowledge.search.text() == ""  # the key did not type into the field

    assert not pane.reply.is_note()
    with qtbot.waitSignal(window.keyActionTriggered, timeout=2000) as pressed:
        QTest.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)
    assert pressed.args == ["reply.note_toggle"]
    assert pane.reply.is_note()
    assert pane.reply.editor.hasFocus()


def test_status_keys_do_nothing_without_an_open_conversation(qtbot: QtBot, kb_desk: KbDesk) -> None:
    window = kb_desk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert window.conversation.conversation is None
    with qtbot.waitSignal(window.keyActionTriggered, timeout=2000) as pressed:
        QTest.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    assert pressed.args == ["conversation.resolve"]
    assert window.pages.currentIndex() == KNOWLEDGE_PAGE  # nothing to resolve: no switch
    for key in (Qt.Key.Key_A, Qt.Key.Key_H, Qt.Key.Key_T, Qt.Key.Key_E):
        QTest.keyClick(window, key, CTRL_SHIFT)  # no offer, no call: nothing opens
    assert window.work.banner.decline_dialog is None
    assert not window.work.call.isVisible()
