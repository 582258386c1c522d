"""The "Alerts" settings tab: notifications, sound, volume, a tone per channel (with a
preview), how often an unseen alert repeats, quiet hours, and only visual alerts during
a call. Stored in desk.ini under ``alerts/`` (the keys and their limits are the policy's:
``desktop/ui/alerts/policy.py``); the running desk reads them again on OK/Apply."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from desktop.ui.alerts.player import TonePlayer, system_player
from desktop.ui.alerts.policy import (
    CHANNELS,
    MAX_REPEAT_S,
    PREFIX,
    TONES,
    AlertSettings,
    load_settings,
    settings_values,
)
from desktop.ui.settings.tabs import SettingsTab, SettingsTabSpec


def tone_label(tone: str) -> str:
    labels = {
        "ring": QCoreApplication.translate("AlertsTab", "Ring"),
        "pop": QCoreApplication.translate("AlertsTab", "Pop"),
        "chime": QCoreApplication.translate("AlertsTab", "Chime"),
        "bell": QCoreApplication.translate("AlertsTab", "Bell"),
        "knock": QCoreApplication.translate("AlertsTab", "Knock"),
    }
    return labels.get(tone, tone)


def channel_label(channel: str) -> str:
    labels = {
        "call": QCoreApplication.translate("AlertsTab", "Offers and calls"),
        "chat": QCoreApplication.translate("AlertsTab", "Chat messages"),
        "email": QCoreApplication.translate("AlertsTab", "Emails"),
        "mention": QCoreApplication.translate("AlertsTab", "Mentions of you"),
    }
    return labels.get(channel, channel)


def _time(minute: int) -> QTime:
    return QTime(minute // 60, minute % 60)


class AlertsTab(SettingsTab):
    """The alert settings. ``player`` plays the previews (the system's, made on the
    first "Play"; tests give a recording one)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.player: TonePlayer | None = None
        form = QFormLayout(self)
        self.notifications = QCheckBox(
            self.tr("Show a notification for offers, new messages and mentions")
        )
        self.notifications.setObjectName("alertsNotifications")
        form.addRow(self.notifications)
        self.sound = QCheckBox(self.tr("Play a sound"))
        self.sound.setObjectName("alertsSound")
        form.addRow(self.sound)
        form.addRow(self.tr("Volume:"), self._volume_row())
        self.tones: dict[str, QComboBox] = {}
        self.previews: dict[str, QToolButton] = {}
        for channel in CHANNELS:
            form.addRow(channel_label(channel) + ":", self._tone_row(channel))
        self.repeat = QSpinBox()
        self.repeat.setObjectName("alertsRepeat")
        self.repeat.setAccessibleName(self.tr("Repeat until seen every"))
        self.repeat.setRange(0, MAX_REPEAT_S)
        self.repeat.setSuffix(self.tr(" s"))
        self.repeat.setSpecialValueText(self.tr("Play once"))
        self.repeat.setToolTip(self.tr("An unseen alert sounds again after this many seconds"))
        form.addRow(self.tr("Repeat until seen every:"), self.repeat)
        form.addRow(self._quiet_row())
        self.visual_on_call = QCheckBox(self.tr("Only visual alerts while I am on a call"))
        self.visual_on_call.setObjectName("alertsVisualOnCall")
        form.addRow(self.visual_on_call)
        why = QLabel(
            self.tr(
                "A tone in your headset would interrupt the caller. Offers and messages "
                "still show in the notification, the title bar and the work strip."
            )
        )
        why.setWordWrap(True)
        why.setObjectName("muted")  # the theme's quiet text colour
        form.addRow(why)
        self.sound.toggled.connect(self._enable_sound_controls)
        self.quiet.toggled.connect(self._enable_sound_controls)
        self.show_settings(load_settings(lambda key: settings.value(PREFIX + key)))

    def _volume_row(self) -> QHBoxLayout:
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("alertsVolume")
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume_value = QLabel()
        self.volume_value.setMinimumWidth(
            self.volume_value.fontMetrics().horizontalAdvance("100 %")
        )
        self.volume.valueChanged.connect(
            lambda value: self.volume_value.setText(self.tr("{0} %").format(value))
        )
        volume = QHBoxLayout()
        volume.addWidget(self.volume, 1)
        volume.addWidget(self.volume_value)
        return volume

    def _quiet_row(self) -> QHBoxLayout:
        self.quiet = QCheckBox(self.tr("Quiet hours (no sound) from"))
        self.quiet.setObjectName("alertsQuietHours")
        self.quiet_from = QTimeEdit()
        self.quiet_from.setObjectName("alertsQuietFrom")
        self.quiet_from.setDisplayFormat("HH:mm")
        self.quiet_from.setAccessibleName(self.tr("Quiet hours start"))
        self.quiet_to = QTimeEdit()
        self.quiet_to.setObjectName("alertsQuietTo")
        self.quiet_to.setDisplayFormat("HH:mm")
        self.quiet_to.setAccessibleName(self.tr("Quiet hours end"))
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet)
        quiet.addWidget(self.quiet_from)
        quiet.addWidget(QLabel(self.tr("to")))
        quiet.addWidget(self.quiet_to)
        quiet.addStretch(1)
        return quiet

    def _tone_row(self, channel: str) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        box = QComboBox()
        box.setObjectName(f"alertsTone_{channel}")
        box.setAccessibleName(channel_label(channel))
        for tone in TONES:
            box.addItem(tone_label(tone), tone)
        play = QToolButton()
        play.setObjectName(f"alertsPlay_{channel}")
        play.setText(self.tr("Play"))
        play.setAccessibleName(self.tr("Play the tone for {0}").format(channel_label(channel)))
        play.setToolTip(self.tr("Hear this tone at the chosen volume"))
        play.clicked.connect(lambda _checked=False, channel=channel: self.preview(channel))
        line.addWidget(box, 1)
        line.addWidget(play)
        self.tones[channel] = box
        self.previews[channel] = play
        return row

    # ------------------------------------------------------------------ values

    def show_settings(self, chosen: AlertSettings) -> None:
        """Put ``chosen`` into the controls."""
        self.notifications.setChecked(chosen.notifications)
        self.sound.setChecked(chosen.sound)
        self.volume.setValue(chosen.volume)
        for channel, box in self.tones.items():
            box.setCurrentIndex(max(0, box.findData(chosen.tone_for(channel))))
        self.repeat.setValue(chosen.repeat_seconds)
        self.quiet.setChecked(chosen.quiet_hours)
        self.quiet_from.setTime(_time(chosen.quiet_from))
        self.quiet_to.setTime(_time(chosen.quiet_to))
        self.visual_on_call.setChecked(chosen.visual_only_on_call)
        self._enable_sound_controls()

    def chosen(self) -> AlertSettings:
        """What the controls say (through the policy's limits, as desk.ini is read)."""
        values: dict[str, object] = {
            "notifications": self.notifications.isChecked(),
            "sound": self.sound.isChecked(),
            "volume": self.volume.value(),
            "repeat_seconds": self.repeat.value(),
            "quiet_hours": self.quiet.isChecked(),
            "quiet_from": self.quiet_from.time().toString("HH:mm"),
            "quiet_to": self.quiet_to.time().toString("HH:mm"),
            "visual_only_on_call": self.visual_on_call.isChecked(),
        }
        values.update({f"tone_{c}": box.currentData() for c, box in self.tones.items()})
        return load_settings(values.get)

    def apply(self) -> None:
        for key, value in settings_values(self.chosen()).items():
            self.settings.setValue(PREFIX + key, value)

    def restore_defaults(self) -> None:
        self.show_settings(AlertSettings())

    def preview(self, channel: str) -> None:
        """Play the tone chosen for ``channel`` at the chosen volume."""
        if self.player is None:
            self.player = system_player(self)
        tone = self.tones[channel].currentData()
        self.player.play(str(tone), self.volume.value())

    def _enable_sound_controls(self) -> None:
        sound = self.sound.isChecked()
        for widget in (self.volume, self.repeat, self.quiet, *self.tones.values()):
            widget.setEnabled(sound)
        for button in self.previews.values():
            button.setEnabled(sound)
        self.quiet_from.setEnabled(sound and self.quiet.isChecked())
        self.quiet_to.setEnabled(sound and self.quiet.isChecked())


SPEC: SettingsTabSpec = SettingsTabSpec(
    key="alerts",
    title=lambda: QCoreApplication.translate("SettingsTabs", "Alerts"),
    build=AlertsTab,
)
