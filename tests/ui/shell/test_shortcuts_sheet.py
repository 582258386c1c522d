"""The shortcuts sheet: F1 opens it, "?" too but not while a text field has the focus,
it lists every action by group with the keys it has now (remaps included), it searches,
and Esc closes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.store.reader import CacheReader
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.keymap import KEY_ACTIONS
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import KNOWLEDGE_PAGE, MainWindow


def active_window(qtbot: QtBot, reader: CacheReader, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(reader, SyncBridge(), Ops(), settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def test_f1_opens_the_sheet_with_every_action_and_esc_closes_it(
    qtbot: QtBot, reader: CacheReader, tmp_path: Path
) -> None:
    window = active_window(qtbot, reader, tmp_path)
    QTest.keyClick(window, Qt.Key.Key_F1)
    sheet = window.shortcuts_sheet
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible, timeout=3000)
    listed = set(sheet.rows)
    expected = {a.id for a in KEY_ACTIONS} - {"page.team"}  # a supervisor's page
    assert listed == expected
    assert sheet.rows["call.hold"].text(1) == "Ctrl+Shift+H"
    assert sheet.rows["help.shortcuts"].text(1) == "F1, ?"
    heading = sheet.rows["call.hold"].parent()
    assert heading is not None
    assert heading.text(0) == "Offers and calls"
    qtbot.waitUntil(sheet.isActiveWindow, timeout=3000)
    QTest.keyClick(sheet.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible(), timeout=3000)


def test_question_mark_opens_it_only_outside_text_fields(
    qtbot: QtBot, reader: CacheReader, tmp_path: Path
) -> None:
    window = active_window(qtbot, reader, tmp_path)
    window.show_page(KNOWLEDGE_PAGE)
    search = window.knowledge.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=3000)
    QTest.keyClick(search, Qt.Key.Key_Question)
    assert search.text() == "?"  # the character went into the field
    assert window.shortcuts_sheet is None

    window.inbox.view.setFocus()
    qtbot.waitUntil(window.inbox.view.hasFocus, timeout=3000)
    with qtbot.waitSignal(window.keyActionTriggered, timeout=2000) as pressed:
        QTest.keyClick(window.inbox.view, Qt.Key.Key_Question)
    assert pressed.args == ["help.shortcuts"]
    assert window.shortcuts_sheet is not None
    assert window.shortcuts_sheet.isVisible()


def test_the_sheet_lists_remapped_keys(qtbot: QtBot, reader: CacheReader, tmp_path: Path) -> None:
    window = active_window(qtbot, reader, tmp_path)
    sheet = window.show_shortcuts()
    assert sheet.rows["presence.available"].text(1) == "Ctrl+Shift+1"
    assert window.settings is not None
    window.settings.setValue("keys/presence.available", "F7")
    window.settings.setValue("keys/call.keypad", "")
    window.settingsApplied.emit()  # what OK in the settings dialog does
    assert sheet.rows["presence.available"].text(1) == "F7"
    assert sheet.rows["call.keypad"].text(1) == "(none)"


def test_the_sheet_searches_titles_groups_and_keys(
    qtbot: QtBot, reader: CacheReader, tmp_path: Path
) -> None:
    window = active_window(qtbot, reader, tmp_path)
    sheet = window.show_shortcuts()
    QTest.keyClicks(sheet.search, "hold")
    assert sheet.visible_actions() == ["call.hold"]
    sheet.search.setText("presence")
    assert all(a.startswith("presence.") for a in sheet.visible_actions())
    assert len(sheet.visible_actions()) == 6
    sheet.search.setText("F5")
    assert sheet.visible_actions() == ["sync.retry"]
    sheet.search.setText("no such action")
    assert sheet.visible_actions() == []
    assert sheet.empty.isVisible()
