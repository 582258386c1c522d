"""Every pane is reachable from the keyboard: Tab walks the Inbox page through the list,
the conversation (header status, messages, reply box) and the context column, the
Knowledge page through the search, the tree, the lists and the open article, and both
walks come back round through the presence control and the mode bar, whose arrows switch
pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.window import INBOX_PAGE, KNOWLEDGE_PAGE, MainWindow
from tests.ui.kb_fill import KbDesk

MAX_STOPS = 80
"""More focus stops than any page has: a walk that has not come round by then is stuck."""


def tab_walk(qapp: QApplication, window: MainWindow, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[QWidget] = []
    for _ in range(MAX_STOPS):
        widget = qapp.focusWidget()
        assert widget is not None
        if stops and widget is start:
            return stops
        stops.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never came back to {start.objectName()}")


def reaches(stops: list[QWidget], pane: QWidget) -> bool:
    return any(stop is pane or pane.isAncestorOf(stop) for stop in stops)


def test_tab_reaches_every_pane_of_the_inbox_and_knowledge_pages(
    qtbot: QtBot, qapp: QApplication, kb_desk: KbDesk
) -> None:
    window = kb_desk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.show_page(INBOX_PAGE)
    assert window.inbox.select_id(1)
    qtbot.waitUntil(lambda: window.conversation.conversation is not None, timeout=3000)
    stops = tab_walk(qapp, window, window.inbox.view)
    pane = window.conversation
    inbox_parts: tuple[QWidget, ...] = (
        pane.status,
        pane.view,
        pane.reply.editor,
        window.details,
        window.presence,
        window.mode_buttons.button(INBOX_PAGE),
    )
    for part in inbox_parts:
        assert reaches(stops, part), part.objectName()
    order = [
        stops.index(next(s for s in stops if reaches([s], p)))
        for p in (pane.status, pane.view, pane.reply.editor, window.details)
    ]
    assert order == sorted(order)  # header, messages, reply, then the context column

    window.show_page(KNOWLEDGE_PAGE)
    view = window.knowledge
    view.open_article(1)
    qtbot.waitUntil(view.article_reader.browser.isVisible, timeout=3000)
    stops = tab_walk(qapp, window, view.search)
    knowledge_parts: tuple[QWidget, ...] = (
        view.tree,
        view.results,
        view.article_reader.browser,
        window.presence,
    )
    for part in knowledge_parts:
        assert reaches(stops, part), part.objectName()


def test_arrows_in_the_mode_bar_switch_pages(qtbot: QtBot, kb_desk: KbDesk) -> None:
    window = kb_desk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.show_page(INBOX_PAGE)
    button = window.mode_buttons.button(INBOX_PAGE)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(button, Qt.Key.Key_Right)
    assert window.mode_buttons.button(KNOWLEDGE_PAGE).hasFocus()
    assert window.pages.currentIndex() == KNOWLEDGE_PAGE
