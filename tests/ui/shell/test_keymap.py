"""The keymap: every default is clash-free and conflict-free, AltGr and Alt combinations
that type characters on Polish and Finnish keyboards are refused, hostile desk.ini values
fall back to the defaults, and a window binds, remaps and guards single keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.reader import CacheReader
from desktop.ui.pages import DESK_PAGES
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.keymap import (
    KEY_ACTIONS,
    Keymap,
    clashes,
    conflict,
    is_bare,
    load_bindings,
    overlaps,
    parse_stored,
)
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import KNOWLEDGE_PAGE, MainWindow

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def test_every_default_is_clash_free_and_on_one_action_only(qapp: QApplication) -> None:
    seen: list[tuple[QKeySequence, str]] = []
    for action in KEY_ACTIONS:
        assert action.default_keys(), action.id
        for keys in action.default_keys():
            assert clashes(keys) is None, (action.id, keys.toString())
            others = [who for seq, who in seen if overlaps(seq, keys)]
            assert others == [], (action.id, keys.toString(), others)
            seen.append((keys, action.id))
    ids = [a.id for a in KEY_ACTIONS]
    assert len(ids) == len(set(ids))


def test_every_page_names_actions_of_the_keymap() -> None:
    ids = {a.id for a in KEY_ACTIONS}
    for spec in DESK_PAGES:
        for shortcut in spec.shortcuts:
            assert shortcut.action in ids, (spec.name, shortcut.action)


@pytest.mark.parametrize(
    ("keys", "why"),
    [
        ("Ctrl+Alt+2", "AltGr"),  # AltGr+2: "@" on a Finnish keyboard
        ("Ctrl+Alt+7", "AltGr"),  # "{" on a Finnish keyboard
        ("Ctrl+Alt+0", "AltGr"),  # "}"
        ("Ctrl+Alt+A", "AltGr"),  # "ą" on Polish programmer's
        ("Ctrl+Alt+L", "AltGr"),  # "ł"
        ("Ctrl+Alt+E", "AltGr"),  # "ę", "€"
        ("Ctrl+Alt+Shift+S", "AltGr"),  # "Ś"
        ("Ctrl+Alt++", "AltGr"),  # "\" on a Finnish keyboard
        ("Alt+L", "types characters"),  # Option+L: "ł" on a Polish Mac
        ("Alt+2", "types characters"),  # Option+2: "@" on a Finnish Mac
        ("Alt+Shift+Z", "types characters"),
    ],
)
def test_altgr_and_alt_combinations_are_refused(keys: str, why: str) -> None:
    reason = clashes(keys)
    assert reason is not None
    assert why in reason
    assert QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) in reason


def test_altgr_itself_is_refused() -> None:
    chord = QKeySequence(Qt.Key.Key_2.value | Qt.KeyboardModifier.GroupSwitchModifier.value)
    reason = clashes(chord)
    assert reason is not None
    assert "AltGr" in reason


@pytest.mark.parametrize(
    "keys", ["Tab", "Esc", "Return", "Down", "Ctrl+Space", "Shift+Space", "Alt+F4", "Meta+A"]
)
def test_system_and_navigation_keys_are_refused(keys: str) -> None:
    assert clashes(keys) is not None


@pytest.mark.parametrize("keys", ["Ctrl+Shift+9", "F2", "?", "J", "Ctrl+K, C", "Alt+Left", ""])
def test_ordinary_keys_pass(keys: str) -> None:
    assert clashes(keys) is None


def test_single_typing_keys_are_bare() -> None:
    assert is_bare(QKeySequence("?"))
    assert is_bare(QKeySequence("Shift+J"))
    assert not is_bare(QKeySequence("F1"))
    assert not is_bare(QKeySequence("Ctrl+J"))
    assert not is_bare(QKeySequence("K, J"))


def test_conflicts_name_the_other_action_including_prefixes(qapp: QApplication) -> None:
    bindings = load_bindings(None, KEY_ACTIONS)
    assert conflict(bindings, "page.knowledge", QKeySequence("Ctrl+Shift+H")) == "call.hold"
    assert conflict(bindings, "page.knowledge", QKeySequence("Ctrl+K, C")) == "knowledge.search"
    assert conflict(bindings, "page.knowledge", QKeySequence("Ctrl+3")) is None  # its own
    assert conflict(bindings, "page.knowledge", QKeySequence("Ctrl+Return")) == "reply.send"


@pytest.mark.parametrize(
    "stored",
    [
        "Ctrl+Banana",
        "Ctrl+Alt+2",
        "Ctrl+" + "K" * 10_000,
        ["F2", "F3", "F4", "F6", "F7"],  # more than four keys
        ["F2", 5],
        5,
        None,
    ],
)
def test_unusable_stored_keys_fall_back_to_the_defaults(
    qapp: QApplication, tmp_path: Path, stored: object
) -> None:
    assert parse_stored(stored) is None
    settings = ini(tmp_path)
    settings.setValue("keys/page.knowledge", stored)
    bindings = load_bindings(settings, KEY_ACTIONS)
    assert bindings["page.knowledge"] == (QKeySequence("Ctrl+3"),)


def test_stored_keys_replace_the_defaults_and_empty_means_none(
    qapp: QApplication, tmp_path: Path
) -> None:
    settings = ini(tmp_path)
    settings.setValue("keys/page.knowledge", ["Ctrl+Shift+9", "F9"])
    settings.setValue("keys/call.keypad", "")
    settings.sync()
    bindings = load_bindings(ini(tmp_path), KEY_ACTIONS)
    assert bindings["page.knowledge"] == (QKeySequence("Ctrl+Shift+9"), QKeySequence("F9"))
    assert bindings["call.keypad"] == ()


def test_a_hand_edited_duplicate_never_takes_a_default_away(
    qapp: QApplication, tmp_path: Path
) -> None:
    settings = ini(tmp_path)
    settings.setValue("keys/inbox.search", "Ctrl+1")  # page.inbox's default
    bindings = load_bindings(settings, KEY_ACTIONS)
    assert bindings["page.inbox"] == (QKeySequence("Ctrl+1"),)
    assert bindings["inbox.search"] == ()


def test_a_swap_between_two_actions_is_kept(qapp: QApplication, tmp_path: Path) -> None:
    settings = ini(tmp_path)
    settings.setValue("keys/page.inbox", "Ctrl+3")
    settings.setValue("keys/page.knowledge", "Ctrl+1")
    bindings = load_bindings(settings, KEY_ACTIONS)
    assert bindings["page.inbox"] == (QKeySequence("Ctrl+3"),)
    assert bindings["page.knowledge"] == (QKeySequence("Ctrl+1"),)


def active_window(qtbot: QtBot, reader: CacheReader, settings: QSettings | None) -> MainWindow:
    window = MainWindow(reader, SyncBridge(), Ops(), settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def test_the_window_rebinds_when_settings_are_applied(
    qtbot: QtBot, reader: CacheReader, tmp_path: Path
) -> None:
    settings = ini(tmp_path)
    window = active_window(qtbot, reader, settings)
    assert [s.key().toString() for s in window.keymap.shortcuts("page.knowledge")] == ["Ctrl+3"]
    settings.setValue("keys/page.knowledge", "F9")
    with qtbot.waitSignal(window.keymap.changed, timeout=2000):
        window.settingsApplied.emit()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() != KNOWLEDGE_PAGE  # the old key does nothing now
    with qtbot.waitSignal(window.keyActionTriggered, timeout=2000) as pressed:
        QTest.keyClick(window, Qt.Key.Key_F9)
    assert pressed.args == ["page.knowledge"]
    assert window.pages.currentIndex() == KNOWLEDGE_PAGE


def test_presence_shows_the_keys_it_has_now(
    qtbot: QtBot, reader: CacheReader, tmp_path: Path
) -> None:
    settings = ini(tmp_path)
    window = active_window(qtbot, reader, settings)
    assert window.presence.state_actions["break"].text().endswith("\tCtrl+Shift+2")
    settings.setValue("keys/presence.break", "F8")
    window.settingsApplied.emit()
    assert window.presence.state_actions["break"].text().endswith("\tF8")
    assert "F8 Break" in window.presence.toolTip()
    assert "Ctrl+Shift+2" not in window.presence.toolTip()


def test_a_page_hidden_from_the_agent_has_no_working_keys(
    qtbot: QtBot, reader: CacheReader
) -> None:
    window = active_window(qtbot, reader, None)
    assert window.role() is None  # not welcomed yet: the supervisors' Team page is hidden
    assert all(not s.isEnabled() for s in window.keymap.shortcuts("page.team"))
    assert all(s.isEnabled() for s in window.keymap.shortcuts("page.knowledge"))
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 0


def test_unknown_action_ids_are_a_programming_error(qtbot: QtBot, reader: CacheReader) -> None:
    window = active_window(qtbot, reader, None)
    with pytest.raises(KeyError, match="no keyboard action"):
        window.keymap.connect_action("inbox.nonexistent", lambda: None)


def test_a_remapped_page_names_its_new_keys_in_the_mode_bar(
    qtbot: QtBot, reader: CacheReader, tmp_path: Path
) -> None:
    settings = ini(tmp_path)
    window = active_window(qtbot, reader, settings)
    button = window.mode_buttons.button(KNOWLEDGE_PAGE)
    assert button.toolTip() == "Knowledge base (Ctrl+3 or Ctrl+K)"  # the page's own
    settings.setValue("keys/page.knowledge", "F9")
    window.settingsApplied.emit()
    assert button.toolTip() == "Knowledge (F9, Ctrl+K)"


def test_a_widget_can_ask_whether_a_key_press_is_an_action(qapp: QApplication) -> None:
    keymap = Keymap(None)
    ctrl = Qt.KeyboardModifier.ControlModifier
    press = QKeyEvent.Type.KeyPress
    assert keymap.matches("reply.send", QKeyEvent(press, Qt.Key.Key_Return, ctrl))
    keypad = ctrl | Qt.KeyboardModifier.KeypadModifier
    assert keymap.matches("reply.send", QKeyEvent(press, Qt.Key.Key_Enter, keypad))
    assert not keymap.matches("reply.send", QKeyEvent(press, Qt.Key.Key_Return, NO_MODIFIER))
    assert not keymap.matches("call.hold", QKeyEvent(press, Qt.Key.Key_Return, ctrl))
