"""The desk's system tray icon: the unread count in its tooltip, native notifications,
and a menu (Show desk, Mute for 1 hour, Quit).

Notification bodies go to the desktop's notification service, which on Linux may read a
little HTML (``<b>``, ``<a href>``, ``<img>``): customers' words are escaped first, so a
message can never become a link or an image in the agent's notification.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

NOTIFICATION_MS = 8000


def tray_available() -> bool:
    """A tray exists on this desktop (never on the offscreen platform of tests)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class AlertTray(QObject):
    """The tray icon and its menu.

    Signals:
        showRequested(): the agent clicked the icon or "Show desk".
        muteToggled(bool): "Mute for 1 hour" was checked (True) or unchecked.
        quitRequested(): "Quit" was chosen.
        messageClicked(): the agent clicked the last notification.
    """

    showRequested = Signal()  # noqa: N815 - Qt naming
    muteToggled = Signal(bool)  # noqa: N815 - Qt naming
    quitRequested = Signal()  # noqa: N815 - Qt naming
    messageClicked = Signal()  # noqa: N815 - Qt naming

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unread = 0
        self.overdue = 0
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setObjectName("alertTray")
        self.menu = QMenu()
        self.menu.setObjectName("alertTrayMenu")
        self.show_action = self._add(
            QCoreApplication.translate("AlertTray", "Show desk"), self.showRequested.emit
        )
        self.mute_action = QAction(
            QCoreApplication.translate("AlertTray", "Mute for 1 hour"), self.menu
        )
        self.mute_action.setCheckable(True)
        self.mute_action.toggled.connect(self.muteToggled)
        self.menu.addAction(self.mute_action)
        self.menu.addSeparator()
        self.quit_action = self._add(
            QCoreApplication.translate("AlertTray", "Quit"), self.quitRequested.emit
        )
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self.messageClicked)
        self.set_count(0)

    def _add(self, text: str, slot: object) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_count(self, unread: int) -> None:
        """The tooltip says how many alerts wait (and how many follow-ups are overdue)."""
        self.unread = unread
        if unread:
            text = self.tr("Frontline: %n unread", "", unread)
        else:
            text = QCoreApplication.translate("AlertTray", "Frontline: nothing new")
        if self.overdue:
            text += "\n" + self.tr("%n follow-up(s) overdue", "", self.overdue)
        self.icon.setToolTip(text)

    def set_overdue(self, overdue: int) -> None:
        """The number of the agent's overdue follow-up tasks, shown in the tooltip."""
        self.overdue = overdue
        self.set_count(self.unread)

    def set_muted(self, muted: bool) -> None:
        """Keep the menu's check in step with the mute (it ends by itself after an hour)."""
        if self.mute_action.isChecked() != muted:
            self.mute_action.blockSignals(True)
            self.mute_action.setChecked(muted)
            self.mute_action.blockSignals(False)

    def notify(self, title: str, body: str) -> bool:
        """A native notification; False if this desktop cannot show one."""
        if not self.icon.supportsMessages() or not self.icon.isVisible():
            return False
        self.icon.showMessage(
            title, html.escape(body), QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS
        )
        return True

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.showRequested.emit()
