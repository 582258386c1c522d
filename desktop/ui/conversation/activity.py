"""Collision avoidance: who else is in the open conversation, and telling them we are.

Two agents answering one customer is the collision this prevents. The desk says what its
agent does in a conversation (``viewing`` when it is opened, ``typing`` while they type a
reply, ``left`` when another is opened or the desk closes) through the sync engine's
ephemeral activity frames; the server keeps them in memory only, pushes the whole list of
who is in a conversation to every desk that sees it, and forgets a state that is not
repeated (viewing after 45 s, typing after 8 s; ``server/core/activity.py``).

:class:`ActivityReporter` says it: as tasks on the loop (the Qt thread never waits for the
network), repeating ``viewing`` every :data:`VIEWING_REPEAT_MS` while the conversation
stays open and the window is not minimised, ``typing`` at most every
:data:`TYPING_REPEAT_S` while keys are pressed, and ``viewing`` again once the agent pauses
(:data:`TYPING_IDLE_MS`) or sends. Offline nothing is said (never queued); coming back
online says the current state again, because the server forgot it with the connection.

:class:`ColleaguesLabel` shows the colleagues (never the agent themself) in the header:
"Li Wei is viewing", "Li Wei is typing…", "Li Wei and 2 others are here"; calm muted text,
amber while someone types; everyone with their state in the tooltip.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.shell.ops import Ops
from desktop.widgets.plain import PlainLabel, display_text

if TYPE_CHECKING:  # pydantic is loaded with the sync engine, after the first paint
    from protocol.frames import ActivityState, ActivityUpdate, AgentInfo

log = logging.getLogger(__name__)

VIEWING_REPEAT_MS = 20_000
"""How often an open conversation's ``viewing`` is said again (the server keeps it 45 s)."""
TYPING_REPEAT_S = 4.0
"""``typing`` is said at most this often while the agent types (the server keeps it 8 s)."""
TYPING_IDLE_MS = 5_000
"""After this pause in typing the desk says ``viewing`` again, before ``typing`` lapses."""


@runtime_checkable
class ActivityActions(Protocol):
    """What the reporter asks of the sync engine (``SyncEngine`` satisfies it)."""

    agent: AgentInfo | None

    async def say_activity(self, conversation_id: int, state: ActivityState) -> bool: ...


@dataclass(frozen=True)
class Colleague:
    """Someone in a conversation, by display name."""

    name: str
    typing: bool


def colleagues_text(colleagues: Sequence[Colleague]) -> str:
    """The header's sentence: who types first, then how many others are here ("" for
    nobody)."""
    if not colleagues:
        return ""
    ordered = sorted(colleagues, key=lambda c: not c.typing)  # stable: typists first
    first, others = ordered[0], len(ordered) - 1

    # By whether the first one types, then by how many others (none, one, more). Each
    # text is a literal translate() call so lupdate files it under its context.
    translate = QCoreApplication.translate
    sentences = {
        True: (
            translate("ColleaguesLabel", "{0} is typing…"),
            translate("ColleaguesLabel", "{0} is typing… (and 1 other here)"),
            translate("ColleaguesLabel", "{0} is typing… (and {1} others here)"),
        ),
        False: (
            translate("ColleaguesLabel", "{0} is viewing"),
            translate("ColleaguesLabel", "{0} and 1 other are here"),
            translate("ColleaguesLabel", "{0} and {1} others are here"),
        ),
    }
    return sentences[first.typing][min(others, 2)].format(first.name, others)


def colleagues_details(colleagues: Sequence[Colleague]) -> str:
    """Everyone with what they are doing, one a line (the tooltip)."""
    lines = []
    for colleague in sorted(colleagues, key=lambda c: not c.typing):
        template = (
            QCoreApplication.translate("ColleaguesLabel", "{0}: typing")
            if colleague.typing
            else QCoreApplication.translate("ColleaguesLabel", "{0}: viewing")
        )
        lines.append(template.format(colleague.name))
    return "\n".join(lines)


class ColleaguesLabel(PlainLabel):
    """The colleagues in the open conversation, in its header; hidden when there are
    none. Plain text (names come from other agents), elided when the header is narrow
    (:meth:`full_text` is the whole sentence, also its accessible name); everyone with
    what they do in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("colleagues")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.typing = False
        self.colleagues: tuple[Colleague, ...] = ()
        self._full = ""
        self._style(False)
        self.hide()

    def full_text(self) -> str:
        return self._full

    def show_colleagues(self, colleagues: Sequence[Colleague]) -> None:
        self.colleagues = tuple(colleagues)
        self._full = display_text(colleagues_text(colleagues))
        self.setToolTip(colleagues_details(colleagues))
        self.setAccessibleName(self._full)
        self._style(any(c.typing for c in colleagues))
        self.setVisible(bool(self._full))
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + 2
        return QSize(width + margins.left() + margins.right(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 0)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            super().setText(shown)

    def _style(self, typing: bool) -> None:
        """Muted while colleagues only look; amber (the note's colours) while one types:
        ``QLabel#colleagues[typing="true"]`` in the theme's sheet, so a theme switch
        recolours it too."""
        self.typing = typing
        if self.property("typing") != typing:
            self.setProperty("typing", typing)
            self.style().unpolish(self)
            self.style().polish(self)


class ActivityReporter(QObject):
    """Says what the agent does in the open conversation, and keeps what colleagues do
    in every conversation this desk has heard about (until it goes offline).

    ``minimised`` says whether the window is minimised (``viewing`` is then not repeated,
    so it lapses on the server: nobody is looking)."""

    def __init__(self, ops: Ops, minimised: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.ops = ops
        self.minimised = minimised
        self.actions: ActivityActions | None = None
        self.conversation_id = 0
        self.state: ActivityState = "left"
        self.heard: dict[int, ActivityUpdate] = {}
        """The latest update per conversation with someone in it."""
        self._typing_said = 0.0  # monotonic time ``typing`` was last said; 0: not typing
        self._online = False
        self.repeat = QTimer(self)
        self.repeat.setObjectName("activity-repeat")
        self.repeat.setInterval(VIEWING_REPEAT_MS)
        self.repeat.timeout.connect(self._on_repeat)
        self.idle = QTimer(self)
        self.idle.setObjectName("activity-typing-idle")
        self.idle.setSingleShot(True)
        self.idle.setInterval(TYPING_IDLE_MS)
        self.idle.timeout.connect(self.stopped_typing)

    # ------------------------------------------------------------------ what the pane tells

    def set_actions(self, actions: object | None) -> None:
        """The engine once signed in (anything without ``say_activity``: nothing said)."""
        self.actions = actions if isinstance(actions, ActivityActions) else None
        if self.actions is not None and self.conversation_id:
            self._say((self.conversation_id, self.state))

    @property
    def me(self) -> int | None:
        """The signed-in agent's id, once the server has welcomed this session."""
        agent = self.actions.agent if self.actions is not None else None
        return agent.id if agent is not None else None

    def opened(self, conversation_id: int) -> None:
        """Another conversation is open (0: none): leave the previous one, view this."""
        previous = self.conversation_id
        if conversation_id == previous:
            return
        self.conversation_id = conversation_id
        self.idle.stop()
        self._typing_said = 0.0
        said: list[tuple[int, ActivityState]] = []
        if previous:
            said.append((previous, "left"))
        if conversation_id:
            self.state = "viewing"
            said.append((conversation_id, "viewing"))
            self.repeat.start()
        else:
            self.state = "left"
            self.repeat.stop()
        self._say(*said)

    def typed(self) -> None:
        """The agent changed their reply: ``typing`` (at most every few seconds)."""
        if not self.conversation_id:
            return
        self.idle.start()
        now = time.monotonic()
        if self.state == "typing" and now - self._typing_said < TYPING_REPEAT_S:
            return
        self.state, self._typing_said = "typing", now
        self._say((self.conversation_id, "typing"))

    def stopped_typing(self) -> None:
        """A pause, or the reply was sent: back to ``viewing``."""
        self.idle.stop()
        if self.state != "typing":
            return
        self.state, self._typing_said = "viewing", 0.0
        self._say((self.conversation_id, "viewing"))

    def online(self, online: bool) -> None:
        """Back online: the server forgot this desk with its connection, so say the
        current state again. Offline: what colleagues did is no longer heard."""
        if online == self._online:
            return  # syncing -> online, a queued count: no news
        self._online = online
        if online:
            if self.conversation_id:
                self._say((self.conversation_id, self.state))
        else:
            self.heard.clear()

    def close(self) -> None:
        """The desk closes: leave the open conversation."""
        self.repeat.stop()
        self.idle.stop()
        if self.conversation_id:
            self._say((self.conversation_id, "left"))
        self.conversation_id, self.state = 0, "left"

    def hear(self, update: ActivityUpdate) -> None:
        if update.agents:
            self.heard[update.conversation_id] = update
        else:
            self.heard.pop(update.conversation_id, None)

    def colleagues(self, conversation_id: int, names: dict[int, str]) -> list[Colleague]:
        """Who else is in ``conversation_id`` (never this desk's agent), by name."""
        update = self.heard.get(conversation_id)
        if update is None:
            return []
        me = self.me
        unknown = QCoreApplication.translate("ColleaguesLabel", "A colleague")
        return [
            Colleague(names.get(a.agent_id) or unknown, a.state == "typing")
            for a in update.agents
            if a.agent_id != me
        ]

    # ------------------------------------------------------------------ internals

    def _on_repeat(self) -> None:
        # Typing is kept alive by the keys themselves; viewing only while someone can see.
        if self.conversation_id and self.state == "viewing" and not self.minimised():
            self._say((self.conversation_id, "viewing"))

    def _say(self, *said: tuple[int, ActivityState]) -> None:
        actions = self.actions
        if actions is None or not said:
            return

        async def say() -> None:
            for conversation_id, state in said:
                if not await actions.say_activity(conversation_id, state):
                    return  # offline: said again when the link is back

        self.ops.run(say(), what="say activity", on_error=_ignore)


def _ignore(error: BaseException) -> None:
    """Activity is best effort: a failure is logged, never shown (nothing was lost)."""
    log.debug("activity not said: %s", error)
