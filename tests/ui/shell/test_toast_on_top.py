"""A toast stays above every page while it is shown (switching pages used to raise the
new page over it, leaving it behind the Inbox view), then goes away."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.store.reader import CacheReader
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import INBOX_PAGE, KNOWLEDGE_PAGE, MainWindow


def on_top(window: MainWindow) -> bool:
    """The widget under the middle of the toast is the toast (or a part of it)."""
    toast = window.toast
    if not toast.isVisible():
        return False
    middle = toast.mapTo(window, toast.rect().center())
    found: QWidget | None = window.childAt(middle)
    while found is not None and found is not toast:
        found = found.parentWidget()
    return found is toast


def test_a_toast_stays_on_top_of_the_pages_and_goes_away(qtbot: QtBot, reader: CacheReader) -> None:
    window = MainWindow(reader, SyncBridge(), Ops())
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(KNOWLEDGE_PAGE)
    window.on_failed("save the draft", "disk full")
    assert on_top(window)
    window.show_page(INBOX_PAGE)
    assert on_top(window)
    window.show_page(KNOWLEDGE_PAGE)
    window.show_page(INBOX_PAGE)
    assert on_top(window)
    # It keeps clear of the status bar and stays inside the window, at the top of the
    # pages (below the work strip), never over the reply box's Send button.
    toast = window.toast
    bottom = toast.mapTo(window, toast.rect().bottomRight())
    assert bottom.y() < window.status.mapTo(window, window.status.rect().topLeft()).y()
    assert bottom.x() < window.width()
    top = toast.mapTo(window, toast.rect().topLeft()).y()
    assert top >= window.pages.mapTo(window, window.pages.rect().topLeft()).y()
    middle = window.pages.mapTo(window, window.pages.rect().center()).y()
    assert bottom.y() < middle  # the top: far from the reply box and its Send button

    window.toast.show_message("Saved", timeout_ms=50)
    with qtbot.waitSignal(window.toast.dismissed, timeout=3000):
        window.show_page(KNOWLEDGE_PAGE)
    assert not window.toast.isVisible()
