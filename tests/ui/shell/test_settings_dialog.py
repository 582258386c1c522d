"""The settings dialog: Ctrl+, opens it, each tab writes its values on Apply/OK and the
window tells the running desk (``settingsApplied``); Restore defaults touches only the
tab in view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QVBoxLayout
from pytestqt.qtbot import QtBot

from desktop.store.reader import CacheReader
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.tabs import SettingsTab, SettingsTabSpec
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow


class FlagTab(SettingsTab):
    """A tab with one checkbox kept under ``test/<key>`` (default on)."""

    def __init__(self, settings: QSettings, key: str) -> None:
        super().__init__()
        self.settings = settings
        self.key = f"test/{key}"
        self.box = QCheckBox(key)
        self.box.setChecked(bool(settings.value(self.key, True, type=bool)))
        QVBoxLayout(self).addWidget(self.box)

    def apply(self) -> None:
        self.settings.setValue(self.key, self.box.isChecked())

    def restore_defaults(self) -> None:
        self.box.setChecked(True)


def specs() -> list[SettingsTabSpec]:
    return [
        SettingsTabSpec("one", lambda: "One", lambda s: FlagTab(s, "one")),
        SettingsTabSpec("two", lambda: "Two", lambda s: FlagTab(s, "two")),
    ]


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def test_apply_writes_every_tab_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    settings = ini(tmp_path)
    dialog = SettingsDialog(settings, specs())
    qtbot.addWidget(dialog)
    one, two = (dialog.pages[key] for key in ("one", "two"))
    assert isinstance(one, FlagTab)
    assert isinstance(two, FlagTab)
    one.box.setChecked(False)
    with qtbot.waitSignal(dialog.applied, timeout=2000):
        dialog.apply()
    again = ini(tmp_path)
    assert again.value("test/one", type=bool) is False
    assert again.value("test/two", type=bool) is True


def test_restore_defaults_only_touches_the_visible_tab(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(ini(tmp_path), specs())
    qtbot.addWidget(dialog)
    one, two = (dialog.pages[key] for key in ("one", "two"))
    assert isinstance(one, FlagTab)
    assert isinstance(two, FlagTab)
    one.box.setChecked(False)
    two.box.setChecked(False)
    dialog.tabs.setCurrentWidget(two)
    dialog.restore_defaults()
    assert two.box.isChecked()
    assert not one.box.isChecked()


def test_ctrl_comma_opens_settings_and_ok_reaches_the_window(
    qtbot: QtBot, qapp: QApplication, reader: CacheReader, tmp_path: Path
) -> None:
    window = MainWindow(reader, SyncBridge(), Ops(), settings=ini(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), SettingsDialog), timeout=3000)
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    with qtbot.waitSignal(window.settingsApplied, timeout=2000):
        dialog.accept()
    assert not dialog.isVisible()
