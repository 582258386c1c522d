"""The presence control: the agent's own presence, always visible, and how to change it.

A button at the left of the status bar shows a coloured dot and the state the cache last
heard from the server (never an optimistic guess: presence is a command, so the shown
state is the synced one). Its menu lists the states an agent may choose; keyboard
shortcuts (``presence.<state>`` in :mod:`desktop.ui.shell.keymap`) work anywhere in the
window; the menu and the tooltip show the keys the window gives. A choice goes out as
``presence.set`` on the command path through :class:`~desktop.ui.shell.ops.Ops`; offline
it fails at once and a toast says nothing changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.models.changes import Changes
from desktop.store.readers.presence import Presence, PresenceReads
from desktop.ui.shell import style
from desktop.ui.shell.actions import PresenceActions
from desktop.ui.shell.ops import Ops
from desktop.widgets.plain import display_text, safe_tooltip

if TYPE_CHECKING:  # pydantic and the sync engine load after the first paint
    from desktop.sync.commands import CommandClient

SETTABLE: tuple[str, ...] = ("available", "break", "lunch", "meeting", "training", "offline")
"""The states in the menu, in its order (``protocol.kinds.presence.SETTABLE_STATES``)."""
COLOURS: dict[str, str] = style.PRESENCE_COLORS  # the theme's, live


def state_name(state: str) -> str:
    """A presence state for people, translated."""
    names = {
        "available": QCoreApplication.translate("Presence", "Available"),
        "busy": QCoreApplication.translate("Presence", "Busy"),
        "acw": QCoreApplication.translate("Presence", "After-call work"),
        "break": QCoreApplication.translate("Presence", "Break"),
        "lunch": QCoreApplication.translate("Presence", "Lunch"),
        "meeting": QCoreApplication.translate("Presence", "Meeting"),
        "training": QCoreApplication.translate("Presence", "Training"),
        "offline": QCoreApplication.translate("Presence", "Offline"),
        "not_responding": QCoreApplication.translate("Presence", "Not responding"),
    }
    return names.get(state, display_text(state))


def dot(state: str, size: int = 10) -> QIcon:
    """A filled circle in the state's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COLOURS.get(state, COLOURS["offline"])))
    painter.drawEllipse(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


class PresenceControl(QToolButton):
    """The agent's presence: shows the synced state, sends the agent's choice.

    Signals:
        toastRequested(str, str): a sentence for the agent and its level (``info`` or
            ``error``): refused, offline, or deferred until the contact ends.
        presenceSent(str): ``presence.set`` for this state was answered by the server.
    """

    toastRequested = Signal(str, str)  # noqa: N815 - Qt naming
    presenceSent = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, reader: PresenceReads, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenceControl")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reader = reader
        self.ops = ops
        self.actions_: PresenceActions | None = None
        self.agent_id: int | None = None
        self.shown: Presence | None = None
        menu = QMenu(self)
        menu.setObjectName("presenceMenu")
        self.state_actions = {}
        self.key_texts: dict[str, str] = {}
        """Each state's keys as the platform writes them (from the window's keymap)."""
        for state in SETTABLE:
            action = menu.addAction(dot(state), state_name(state))
            action.setObjectName(f"presence_{state}")
            action.triggered.connect(lambda _checked=False, s=state: self.choose(s))
            self.state_actions[state] = action
        self.setMenu(menu)
        # Room for the longest state name beside the dot and the menu arrow, so the button
        # keeps its width (and the status bar its layout) as the state changes.
        widest = max(self.fontMetrics().horizontalAdvance(state_name(s)) for s in COLOURS)
        self.setMinimumWidth(widest + 48)
        self.refresh()

    # ------------------------------------------------------------------ public API

    def set_actions(self, actions: PresenceActions | None) -> None:
        """The sync engine of the running session (``None`` when signed out)."""
        self.actions_ = actions
        self.refresh()

    def set_agent_id(self, agent_id: int | None) -> None:
        """Whose presence to show (the signed-in agent)."""
        self.agent_id = agent_id
        self.refresh()

    def set_key_texts(self, texts: Mapping[str, str]) -> None:
        """Show each state's keys (``{"available": "Ctrl+Shift+1"}``; the window's keymap
        makes the shortcuts) in the menu's shortcut column and the tooltip. Not the
        actions' own shortcuts: those would fire only while the menu is open."""
        self.key_texts = {state: texts.get(state, "") for state in SETTABLE}
        for state, action in self.state_actions.items():
            keys = self.key_texts[state]
            action.setText(f"{state_name(state)}\t{keys}" if keys else state_name(state))
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.reset or changes.presence:
            self.refresh()

    def refresh(self) -> None:
        """Show the agent's presence as the cache has it (Offline before the first)."""
        if self.agent_id is None and self.actions_ is not None and self.actions_.agent:
            self.agent_id = self.actions_.agent.id
        presence = self.reader.presence(self.agent_id) if self.agent_id is not None else None
        self.shown = presence
        state = presence.state if presence is not None else "offline"
        text = state_name(state)
        if presence is not None and presence.reason:
            text = f"{text} · {display_text(presence.reason)}"
        if presence is not None and presence.requested:
            text = self.tr("{0} → {1}").format(text, state_name(presence.requested))
        self.setText(text)
        self.setIcon(dot(state))
        keys = ", ".join(
            f"{self.key_texts[s]} {state_name(s)}" for s in SETTABLE if self.key_texts.get(s)
        )
        self.setToolTip(
            safe_tooltip(
                self.tr("Your presence: routing offers work when Available ({0})").format(keys)
            )
        )

    def choose(self, state: str, reason: str = "") -> None:
        """Ask the server for ``state``; the control changes when the event arrives."""
        actions = self.actions_
        if actions is None or not actions.commands.online:
            self.toastRequested.emit(self.tr("Not connected: presence not changed"), "error")
            return
        self.ops.run(
            self._send(actions.commands, state, reason),
            what=self.tr("change presence"),
            on_done=lambda deferred: self._on_sent(state, deferred),
            on_error=self._on_error,
        )

    # ------------------------------------------------------------------ internals

    async def _send(self, commands: CommandClient, state: str, reason: str) -> bool:
        from protocol.commands import SET_PRESENCE, PresenceAnswer, SetPresence

        args = SetPresence.model_validate({"state": state, "reason": reason})
        answer = await commands.call(SET_PRESENCE, args, PresenceAnswer)
        self.agent_id = answer.presence.id
        return answer.deferred

    def _on_sent(self, state: str, deferred: bool) -> None:
        if deferred:
            self.toastRequested.emit(
                self.tr("You are on a contact: {0} starts when it ends").format(state_name(state)),
                "info",
            )
        self.presenceSent.emit(state)
        self.refresh()

    def _on_error(self, error: BaseException) -> None:
        from desktop.sync.commands import CommandError, CommandOfflineError

        if isinstance(error, CommandOfflineError):
            text = self.tr("Not connected: presence not changed")
        elif isinstance(error, CommandError):
            text = self.tr("Presence not changed: {0}").format(display_text(error.message))
        else:
            text = self.tr("Presence not changed: {0}").format(display_text(str(error)))
        self.toastRequested.emit(text, "error")
