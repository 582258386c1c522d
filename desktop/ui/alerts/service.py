"""Alerts that cannot be missed but stay quiet during a call: the Qt side.

:class:`AlertService` listens to what the bridge applied, asks the policy
(``desktop/ui/alerts/policy.py``) what is new and what was seen, and makes it known:

- a native notification through the tray (``tray.py``), or the window's toast where
  there is no tray (the offscreen platform); clicking it opens the conversation;
- the unread count: "(3) Frontline" in the window title, the tray's tooltip,
  ``QGuiApplication.setBadgeNumber`` where the platform shows one, and
  ``QApplication.alert`` to flash the taskbar entry of an inactive window;
- a tone per channel that repeats every few seconds until the alert is seen (an offer
  answered or withdrawn, the conversation opened in the active window), unless sound is
  off, muted for an hour, in quiet hours, or the agent is on a call (visual only).

The player is a port (``player.py``): tests give a recording fake.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.models.changes import Changes
from desktop.models.connection import ConnectionState, Link
from desktop.store.reader import CacheReader
from desktop.ui.alerts.player import ProcessPlayer, TonePlayer
from desktop.ui.alerts.policy import (
    PREFIX,
    Alert,
    AlertBook,
    AlertSettings,
    Me,
    load_settings,
    on_call,
    sound_allowed,
)
from desktop.ui.alerts.task_reminders import TaskReminders, reminder_text
from desktop.ui.alerts.tray import AlertTray, tray_available
from desktop.ui.inbox.page import NAME as INBOX_NAME

if TYPE_CHECKING:
    from desktop.store.readers.complaints import FollowupTask
    from desktop.ui.shell.window import MainWindow
    from protocol.frames import AgentInfo

MUTE_SECONDS = 3600
CONNECTED = (Link.SYNCING, Link.ONLINE)


def set_badge(count: int) -> None:
    """The count on the taskbar or dock icon, where the platform shows one (macOS, some
    Linux docks through the Unity launcher API; elsewhere it does nothing)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setBadgeNumber(count)


def alert_text(alert: Alert) -> tuple[str, str]:
    """The notification's title and body, in the agent's language (untrusted parts are
    put in as they are: the toast shows plain text, the tray escapes them)."""
    who = alert.customer_name or QCoreApplication.translate("Alerts", "A customer")
    if alert.kind == "offer":
        if alert.contact_channel == "phone":
            title = QCoreApplication.translate("Alerts", "Incoming call")
        elif alert.contact_channel == "email":
            title = QCoreApplication.translate("Alerts", "New email offered to you")
        else:
            title = QCoreApplication.translate("Alerts", "New chat offered to you")
        body = f"{who} · {alert.subject}" if alert.subject else who
        return title, body
    if alert.kind == "mention":
        title = QCoreApplication.translate("Alerts", "{0} mentioned you").format(alert.author)
        return title, f"{who}: {alert.text}"
    title = QCoreApplication.translate("Alerts", "New message from {0}").format(who)
    return title, alert.text


class AlertService(QObject):
    """Alerts for one desk window.

    Signals:
        alerted(object): a new ``Alert`` was announced (notification, badge, maybe sound).
        countChanged(int): the number of unseen alerts changed.
        overdueChanged(int): how many of the agent's follow-up tasks are overdue
            (``task_reminders.py`` announces each one once when it falls due).
    """

    alerted = Signal(object)
    countChanged = Signal(int)  # noqa: N815 - Qt naming
    overdueChanged = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        window: MainWindow,
        reader: CacheReader,
        player: TonePlayer,
        *,
        agent: Callable[[], AgentInfo | None],
        settings: QSettings | None = None,
        clock: Callable[[], float] = time.time,
        tray: AlertTray | None = None,
        ms_per_second: int = 1000,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.player = player
        self.agent = agent
        self.store = settings
        self.clock = clock
        self.ms_per_second = ms_per_second
        self.settings = AlertSettings()
        self.book = AlertBook(clock())
        self.muted_until = 0.0
        self.last_notified: Alert | None = None
        self.base_title = window.windowTitle()
        self._link = window.bridge.state.link
        self.repeat = QTimer(self)
        self.repeat.setObjectName("alerts-repeat")
        self.repeat.timeout.connect(self._on_repeat)
        if tray is None and tray_available():
            tray = AlertTray(QApplication.windowIcon(), self)
        self.tray = tray
        if tray is not None:
            tray.showRequested.connect(self.show_desk)
            tray.muteToggled.connect(self.set_muted)
            tray.quitRequested.connect(window.close)
            tray.messageClicked.connect(self.open_last)
            tray.show()
        self._last_customer: int | None = None
        self.tasks = TaskReminders(
            reader, self._agent_id, clock=clock, ms_per_second=ms_per_second, parent=self
        )
        self.tasks.dueNow.connect(self._remind_tasks)
        self.tasks.overdueChanged.connect(self._show_overdue)
        self.reload_settings()
        window.bridge.changes.connect(self.on_changes)
        window.bridge.changes.connect(self.tasks.on_changes)
        window.bridge.stateChanged.connect(self.on_state)
        window.conversation.current.switched.connect(self.check_seen)
        window.pages.currentChanged.connect(self._check_seen_soon)  # back to the Inbox
        window.settingsApplied.connect(self.reload_settings)
        window.closed.connect(self.stop)
        window.installEventFilter(self)

    # ------------------------------------------------------------------ inputs

    def on_changes(self, changes: Changes) -> None:
        """One applied batch: announce what is new, settle what ended."""
        me = self.me()
        if me is None:
            return
        if changes.reset:
            self.book.restart(max(self.book.since, self.clock()))
        batch = self.book.on_batch(
            changes, self.reader, me, now=self.clock(), looking_at=self.looking_at()
        )
        if batch.new:
            for alert in batch.new:
                self._announce(alert)
            self._sound(self.book.top())
        if batch.new or batch.settled:
            self._show_count()

    def on_state(self, state: ConnectionState) -> None:
        """Reconnecting moves the start line: the catch-up brings old news. Signing out
        clears every alert."""
        was, self._link = self._link, state.link
        if state.link in CONNECTED and was not in CONNECTED:
            self.book.restart(self.clock())
            self.tasks.check()  # the agent is known now: tasks already due, the next one
        if state.link is Link.SIGNED_OUT:
            self.tasks.stop()
            if self.book.clear():
                self._show_count()

    def reload_settings(self) -> None:
        """Read desk.ini again (the settings dialog's OK/Apply): applied at once."""
        store = self.store
        if store is not None:
            self.settings = load_settings(lambda key: store.value(PREFIX + key))
        if self.settings.repeat_seconds:
            self.repeat.setInterval(self.settings.repeat_seconds * self.ms_per_second)
        else:
            self.repeat.stop()
        if not self._may_sound():
            self.player.stop()

    def check_seen(self, *_args: object) -> None:
        """Settle the alerts of the conversation the agent is looking at, if any."""
        looking = self.looking_at()
        if looking is not None and self.book.seen(looking):
            self._show_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.ActivationChange:
            self._check_seen_soon()
        return False

    def _check_seen_soon(self, *_args: object) -> None:
        """Once Qt has settled which window is active and which page is shown."""
        QTimer.singleShot(0, self.check_seen)

    # ------------------------------------------------------------------ actions

    def show_desk(self) -> None:
        """Bring the window up (from the tray or a notification)."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def open_alert(self, alert: Alert) -> None:
        """Bring the window up with the alert's conversation open."""
        self.show_desk()
        self.window.links.conversationRequested.emit(alert.conversation_id)
        self.check_seen()

    def open_last(self) -> None:
        """The agent clicked the notification (a task's opens its customer's page)."""
        if self._last_customer is not None:
            self.show_desk()
            self.window.links.customerRequested.emit(self._last_customer)
        elif self.last_notified is not None:
            self.open_alert(self.last_notified)
        else:
            self.show_desk()

    def set_muted(self, muted: bool) -> None:
        """No sound for an hour (the visual alerts stay), or sound again."""
        self.muted_until = self.clock() + MUTE_SECONDS if muted else 0.0
        if muted:
            self.player.stop()
        if self.tray is not None:
            self.tray.set_muted(muted)

    def stop(self) -> None:
        """The window closed: silence, no timer, no tray icon."""
        self.repeat.stop()
        self.tasks.stop()
        self.player.stop()
        if isinstance(self.player, ProcessPlayer):
            self.player.close()  # no player process outlives the desk
        if self.tray is not None:
            self.tray.hide()
        set_badge(0)

    # ------------------------------------------------------------------ what is true now

    def me(self) -> Me | None:
        agent = self.agent()
        if agent is None:
            return None
        return Me(agent.id, agent.username, agent.display_name)

    def looking_at(self) -> int | None:
        """The conversation open on the Inbox page of the active window, else None."""
        window = self.window
        row = window.conversation.current.row
        if row is None or window.links.current_page != INBOX_NAME:
            return None
        return row.id if window.isActiveWindow() and not window.isMinimized() else None

    def talking(self) -> bool:
        me = self.me()
        return me is not None and on_call(self.reader.live_call(me.id))

    def muted(self) -> bool:
        if self.muted_until and self.clock() >= self.muted_until:
            self.set_muted(False)
        return bool(self.muted_until)

    def _may_sound(self) -> bool:
        moment = time.localtime(self.clock())
        return sound_allowed(
            self.settings,
            talking=self.talking(),
            minute_of_day=moment.tm_hour * 60 + moment.tm_min,
            muted=self.muted(),
        )

    # ------------------------------------------------------------------ outputs

    def _agent_id(self) -> int | None:
        agent = self.agent()
        return agent.id if agent is not None else None

    def _remind_tasks(self, tasks: list[FollowupTask]) -> None:
        """Follow-up tasks fell due: one notification (the tray's, else a toast) naming
        the first; clicking it opens that customer's page."""
        task = tasks[0]
        self._last_customer = task.customer_id
        if self.settings.notifications:
            title = QCoreApplication.translate("Alerts", "Follow-up due")
            body = reminder_text(task)
            if len(tasks) > 1:
                body += "\n" + self.tr("and %n more due", "", len(tasks) - 1)
            if not (self.tray is not None and self.tray.notify(title, body)):
                self.window.toast.show_message(body, level="info")
        if not self.window.isActiveWindow():
            QApplication.alert(self.window, 0)

    def _show_overdue(self, count: int) -> None:
        if self.tray is not None:
            self.tray.set_overdue(count)
        self.overdueChanged.emit(count)

    def _announce(self, alert: Alert) -> None:
        self.last_notified = alert
        self._last_customer = None
        if self.settings.notifications:
            title, body = alert_text(alert)
            # Without a tray, the in-app toast stands in, except for an offer: the work
            # strip's banner already shows it in full, with Accept under the pointer, and
            # a toast over the reply box's Send button would only hide work.
            shown = self.tray is not None and self.tray.notify(title, body)
            if not shown and alert.kind != "offer":
                self.window.toast.show_message(f"{title}\n{body}", level="info")
        if not self.window.isActiveWindow():
            QApplication.alert(self.window, 0)
        self.alerted.emit(alert)

    def _sound(self, alert: Alert | None) -> None:
        """Play the tone of ``alert`` now and keep repeating while anything is unseen."""
        if alert is None:
            return
        if self._may_sound():
            self.player.play(self.settings.tone_for(alert.sound_channel), self.settings.volume)
        if self.settings.repeat_seconds and not self.repeat.isActive():
            self.repeat.start()

    def _on_repeat(self) -> None:
        me = self.me()
        settled = self.book.expire(self.clock(), self.reader, me)
        if settled:
            self._show_count()
        top = self.book.top()
        if top is None:
            self.repeat.stop()
            return
        if self._may_sound():
            self.player.play(self.settings.tone_for(top.sound_channel), self.settings.volume)

    def _show_count(self) -> None:
        count = self.book.count
        self.window.setWindowTitle(f"({count}) {self.base_title}" if count else self.base_title)
        set_badge(count)
        if self.tray is not None:
            self.tray.set_count(count)
        if count == 0:
            self.repeat.stop()
            self.player.stop()
        self.countChanged.emit(count)
