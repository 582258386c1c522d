"""The Alerts settings tab: it shows what desk.ini holds (defaults when empty, hostile
values clamped), writes what the agent chose on Apply, previews a tone with the chosen
volume, and the running desk's alerts follow at once (``settingsApplied``)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QSettings, QTime
from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.settings.alerts_tab import AlertsTab
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.tabs import SETTINGS_TABS
from tests.ui.alerts.alert_desk import MINE, FakePlayer, make_alert_desk, message


def ini(folder: Path) -> QSettings:
    return QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)


def test_the_alerts_tab_is_registered() -> None:
    assert "alerts" in [spec.key for spec in SETTINGS_TABS]


def test_the_tab_round_trips_through_desk_ini(qtbot: QtBot, tmp_path: Path) -> None:
    settings = ini(tmp_path)
    tab = AlertsTab(settings)
    qtbot.addWidget(tab)
    assert tab.sound.isChecked()
    assert tab.visual_on_call.isChecked()  # on by default
    assert tab.tones["call"].currentData() == "ring"
    tab.notifications.setChecked(False)
    tab.volume.setValue(35)
    tab.tones["chat"].setCurrentIndex(tab.tones["chat"].findData("knock"))
    tab.repeat.setValue(12)
    tab.quiet.setChecked(True)
    tab.quiet_from.setTime(QTime(21, 30))
    tab.quiet_to.setTime(QTime(6, 45))
    tab.visual_on_call.setChecked(False)
    tab.apply()
    settings.sync()
    assert settings.value("alerts/volume") in (35, "35")
    assert settings.value("alerts/quiet_from") == "21:30"
    assert settings.value("alerts/tone_chat") == "knock"
    again = AlertsTab(ini(tmp_path))
    qtbot.addWidget(again)
    assert not again.notifications.isChecked()
    assert again.volume.value() == 35
    assert again.tones["chat"].currentData() == "knock"
    assert again.repeat.value() == 12
    assert again.quiet.isChecked()
    assert again.quiet_from.time() == QTime(21, 30)
    assert again.quiet_to.time() == QTime(6, 45)
    assert not again.visual_on_call.isChecked()
    again.restore_defaults()
    assert again.notifications.isChecked()
    assert again.volume.value() == 70
    assert again.visual_on_call.isChecked()


def test_hostile_values_in_desk_ini_are_clamped_or_ignored(qtbot: QtBot, tmp_path: Path) -> None:
    settings = ini(tmp_path)
    for key, value in {
        "volume": "900",
        "repeat_seconds": "1",
        "tone_call": "../../etc/passwd",
        "quiet_from": "25:99",
        "sound": "perhaps",
    }.items():
        settings.setValue(f"alerts/{key}", value)
    tab = AlertsTab(settings)
    qtbot.addWidget(tab)
    assert tab.volume.value() == 100
    assert tab.repeat.value() == 2
    assert tab.tones["call"].currentData() == "ring"
    assert tab.quiet_from.time() == QTime(22, 0)
    assert tab.sound.isChecked()


def test_play_previews_the_chosen_tone_at_the_chosen_volume(qtbot: QtBot, tmp_path: Path) -> None:
    tab = AlertsTab(ini(tmp_path))
    qtbot.addWidget(tab)
    player = FakePlayer()
    tab.player = player
    tab.volume.setValue(40)
    tab.tones["mention"].setCurrentIndex(tab.tones["mention"].findData("chime"))
    tab.previews["mention"].click()
    assert player.played == [("chime", 40)]
    tab.sound.setChecked(False)
    assert not tab.previews["mention"].isEnabled()


def test_applying_the_dialog_changes_the_running_alerts(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    cache: Cache,
    reader: CacheReader,
    tmp_path: Path,
) -> None:
    del qloop
    alerts = make_alert_desk(qtbot, cache, reader, tmp_path)
    window = alerts.desk.window
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    tab = dialog.pages["alerts"]
    assert isinstance(tab, AlertsTab)
    tab.sound.setChecked(False)
    tab.notifications.setChecked(False)
    with qtbot.waitSignal(window.settingsApplied, timeout=2000):
        dialog.apply()
    assert not alerts.service.settings.sound
    with qtbot.waitSignal(alerts.service.alerted, timeout=2000):
        alerts.apply(message(120, MINE, alerts.clock.now + 1))
    assert alerts.player.played == []  # no sound
    assert not window.toast.isVisible()  # no notification
    assert window.windowTitle() == "(1) Frontline"  # the count stays
    dialog.close()
    window.close()
