"""The work strip: what is happening to the agent right now, across the top of the window.

Between the mode bar and the pages, on every page: the ringing offer, the live call, and
after-call work, each shown only while it applies (an empty strip takes no room). The
window gives it the cache changes, the engine and the connection, and connects two
signals; the strip's keyboard shortcuts work anywhere in the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.ui.calls import banner, call_panel
from desktop.ui.calls.banner import OfferBanner
from desktop.ui.calls.call_panel import CallPanel
from desktop.ui.calls.commands import CommandRunner
from desktop.ui.calls.wrapup import WrapupPanel
from desktop.ui.shell.actions import PresenceActions
from desktop.ui.shell.ops import Ops


class WorkStrip(QWidget):
    """The offer banner, the call panel and the after-call panel, sharing one runner.

    Signals:
        conversationRequested(int): open this conversation (an accepted offer).
        toastRequested(str, str): a sentence for the agent and its level.
    """

    conversationRequested = Signal(int)  # noqa: N815 - Qt naming
    toastRequested = Signal(str, str)  # noqa: N815 - Qt naming

    def __init__(self, reader: CacheReader, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workStrip")
        self.runner = CommandRunner(ops, self)
        self.banner = OfferBanner(reader, self.runner)
        self.call = CallPanel(reader, self.runner)
        self.wrapup = WrapupPanel(reader, self.runner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.call)
        layout.addWidget(self.wrapup)
        for source in (self.runner, self.banner, self.call, self.wrapup):
            source.toastRequested.connect(self.toastRequested)
        self.banner.conversationRequested.connect(self.conversationRequested)
        self.shortcuts: dict[str, QShortcut] = {}

    def install_shortcuts(self, host: QWidget) -> None:
        """Keys that work anywhere in ``host``'s window (each does nothing when its panel
        is not shown): accept/decline the offer, hold, mute, keypad, hang up."""
        for keys, slot in (
            (banner.ACCEPT_KEYS, self.banner.accept_offer),
            (banner.DECLINE_KEYS, self.banner.decline_offer),
            (call_panel.HOLD_KEYS, self._hold),
            (call_panel.MUTE_KEYS, self._mute),
            (call_panel.KEYPAD_KEYS, self._keypad),
            (call_panel.HANGUP_KEYS, self._hang_up),
        ):
            shortcut = QShortcut(QKeySequence(keys), host)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[keys] = shortcut

    def on_changes(self, changes: Changes) -> None:
        self.banner.on_changes(changes)
        self.call.on_changes(changes)
        self.wrapup.on_changes(changes)

    def set_actions(self, actions: PresenceActions | None) -> None:
        self.runner.set_actions(actions)
        self.refresh()

    def set_online(self, online: bool) -> None:
        self.runner.set_online(online)
        if online:
            self.refresh()  # the welcome says who the agent is: their offers and call

    def refresh(self) -> None:
        self.banner.refresh()
        self.call.refresh()
        self.wrapup.refresh()

    def stop(self) -> None:
        self.banner.stop()
        self.call.stop()
        self.wrapup.stop()

    def _hold(self) -> None:
        if self.call.isVisible() and self.call.hold_button.isEnabled():
            self.call.toggle_hold()

    def _mute(self) -> None:
        if self.call.isVisible() and self.call.mute_button.isEnabled():
            self.call.toggle_mute()

    def _keypad(self) -> None:
        if self.call.isVisible() and self.call.keypad_button.isEnabled():
            self.call.open_keypad()

    def _hang_up(self) -> None:
        if self.call.isVisible() and self.call.hangup_button.isEnabled():
            self.call.control("hangup")
