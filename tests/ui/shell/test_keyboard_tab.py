"""The Keyboard settings tab: a key pressed in an action's field remaps it, OK applies it
to the running window at once (the new key works, the old one no longer does); a key of
another action is refused naming that action; AltGr and Alt combinations are refused;
Reset, the clear button and Restore defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.reader import CacheReader
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.keyboard_tab import KeyboardTab
from desktop.ui.settings.tabs import SETTINGS_TABS
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.keymap import load_bindings
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import INBOX_PAGE, KNOWLEDGE_PAGE, MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def make_tab(qtbot: QtBot, tmp_path: Path) -> KeyboardTab:
    tab = KeyboardTab(ini(tmp_path))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def press_in(tab: KeyboardTab, action_id: str, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Record ``key`` in the action's field the way the agent does: focus, press."""
    edit = tab.rows[action_id].edit
    edit.setFocus()
    QTest.keyClick(edit, key, modifiers)


def test_the_tab_is_registered() -> None:
    assert "keyboard" in [spec.key for spec in SETTINGS_TABS]


def test_a_remapped_page_key_works_at_once_and_the_old_one_no_longer(
    qtbot: QtBot, qapp: QApplication, reader: CacheReader, tmp_path: Path
) -> None:
    window = MainWindow(reader, SyncBridge(), Ops(), settings=ini(tmp_path))
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    tab = dialog.pages["keyboard"]
    assert isinstance(tab, KeyboardTab)
    dialog.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible, timeout=3000)
    press_in(tab, "page.knowledge", Qt.Key.Key_9, CTRL_SHIFT)
    qtbot.waitUntil(lambda: tab.bindings["page.knowledge"] == (QKeySequence("Ctrl+Shift+9"),))
    assert not tab.message.isVisible()
    with qtbot.waitSignal(window.settingsApplied, timeout=2000):
        dialog.accept()
    assert ini(tmp_path).value("keys/page.knowledge") == "Ctrl+Shift+9"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == INBOX_PAGE  # Ctrl+3 is no longer the knowledge key
    QTest.keyClick(window, Qt.Key.Key_9, CTRL_SHIFT)
    assert window.pages.currentIndex() == KNOWLEDGE_PAGE
    assert window.shortcuts_sheet is None
    sheet = window.show_shortcuts()
    assert sheet.rows["page.knowledge"].text(1) == "Ctrl+Shift+9"


def test_a_key_of_another_action_is_refused_and_named(qtbot: QtBot, tmp_path: Path) -> None:
    tab = make_tab(qtbot, tmp_path)
    press_in(tab, "page.knowledge", Qt.Key.Key_H, CTRL_SHIFT)
    qtbot.waitUntil(tab.message.isVisible, timeout=2000)
    assert "Ctrl+Shift+H" in tab.message.text()
    assert "Hold or resume the call" in tab.message.text()
    assert "Offers and calls" in tab.message.text()
    assert tab.bindings["page.knowledge"] == (QKeySequence("Ctrl+3"),)
    assert tab.rows["page.knowledge"].edit.keySequence() == QKeySequence("Ctrl+3")
    # A key the widget that owns it handles (the reply box's send) is guarded the same way.
    assert tab.remap("page.knowledge", QKeySequence("Ctrl+Return")) is not None
    assert "Send the reply" in tab.message.text()


def test_altgr_and_alt_combinations_are_refused_with_the_reason(
    qtbot: QtBot, tmp_path: Path
) -> None:
    tab = make_tab(qtbot, tmp_path)
    press_in(tab, "presence.break", Qt.Key.Key_2, CTRL_ALT)  # AltGr+2: "@" in Finnish
    qtbot.waitUntil(tab.message.isVisible, timeout=2000)
    assert "AltGr" in tab.message.text()
    assert tab.bindings["presence.break"] == (QKeySequence("Ctrl+Shift+2"),)
    press_in(tab, "presence.break", Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # "ł"
    qtbot.waitUntil(lambda: "types characters" in tab.message.text(), timeout=2000)
    assert tab.bindings["presence.break"] == (QKeySequence("Ctrl+Shift+2"),)
    tab.apply()
    assert not ini(tmp_path).contains("keys/presence.break")


def test_reset_clear_and_restore_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    tab = make_tab(qtbot, tmp_path)
    assert tab.rows["call.hold"].reset.isHidden()  # on its default: nothing to reset
    assert tab.remap("call.hold", QKeySequence("F9")) is None
    assert not tab.rows["call.hold"].reset.isHidden()
    assert tab.remap("call.mute", QKeySequence("Ctrl+Shift+H")) is None  # hold's default
    assert tab.reset("call.hold") is not None  # its default belongs to mute now
    assert "Mute or unmute" in tab.message.text()
    assert tab.bindings["call.hold"] == (QKeySequence("F9"),)

    tab.rows["help.shortcuts"].edit.clear()  # what its clear button does
    qtbot.waitUntil(lambda: tab.bindings["help.shortcuts"] == (), timeout=2000)
    assert tab.rows["help.shortcuts"].also.text() == ""
    tab.apply()
    saved = load_bindings(ini(tmp_path), tab.key_actions)
    assert saved["help.shortcuts"] == ()
    assert saved["call.hold"] == (QKeySequence("F9"),)

    tab.restore_defaults()
    assert tab.bindings["help.shortcuts"] == (QKeySequence("F1"), QKeySequence("?"))
    assert tab.rows["help.shortcuts"].also.text() == "also ?"
    tab.apply()
    settings = ini(tmp_path)
    settings.beginGroup("keys")
    assert settings.childKeys() == []  # on the defaults: nothing kept


def test_the_search_narrows_the_list(qtbot: QtBot, tmp_path: Path) -> None:
    tab = make_tab(qtbot, tmp_path)
    host = tab.rows["call.hold"].edit.parentWidget()
    assert host is not None
    every_row = host.sizeHint().height()
    tab.search.setText("hold")
    assert host.sizeHint().height() < every_row / 10  # hidden rows take no room
    shown = [a for a, row in tab.rows.items() if row.edit.isVisible()]
    assert shown == ["call.hold"]
    assert not tab.headings["presence"].isVisible()
    tab.search.setText("ctrl+shift+1")
    assert [a for a, row in tab.rows.items() if row.edit.isVisible()] == ["presence.available"]
