"""The work strip: what is happening to the agent right now, across the top of the window.

Between the mode bar and the pages, on every page: the ringing offer, the live call, and
after-call work, each shown only while it applies (an empty strip takes no room). The
window gives it the cache changes, the engine and the connection, and connects two
signals; its keyboard actions (``offer.*`` and ``call.*`` in
:mod:`desktop.ui.shell.keymap`) call the methods below from anywhere in the window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
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

    # ------------------------------------------------------------------ keyboard actions
    # Each does nothing unless its panel is shown and its button enabled, so a key pressed
    # at the wrong moment never sends a command the agent could not have clicked.

    def accept_offer(self) -> None:
        self.banner.accept_offer()

    def decline_offer(self) -> None:
        self.banner.decline_offer()

    def hold(self) -> None:
        if self.call.isVisible() and self.call.hold_button.isEnabled():
            self.call.toggle_hold()

    def mute(self) -> None:
        if self.call.isVisible() and self.call.mute_button.isEnabled():
            self.call.toggle_mute()

    def keypad(self) -> None:
        if self.call.isVisible() and self.call.keypad_button.isEnabled():
            self.call.open_keypad()

    def transfer(self) -> None:
        if self.call.isVisible() and self.call.transfer_button.isEnabled():
            self.call.open_transfer(consult=False)

    def hang_up(self) -> None:
        if self.call.isVisible() and self.call.hangup_button.isEnabled():
            self.call.control("hangup")
