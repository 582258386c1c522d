"""What the trades panel and its dialogs share: the command path, who is signed in,
whether the server is reachable, and the cache's names for agents and queues.

Swap and time-off actions are commands (``protocol/workforce.py``): they only make sense
now, so offline they fail at once and the dialogs say so instead of queuing anything.
One object carries that state so a dialog opened before a disconnect notices it.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.store.reader import CacheReader
from desktop.ui.shell.actions import WindowActions
from desktop.ui.shell.ops import Ops

if TYPE_CHECKING:
    from desktop.sync.commands import CommandClient
    from protocol.kinds.workforce import ShiftData

T = TypeVar("T")
FUTURE_DAYS = 60
"""How far ahead the dialogs offer the agent's shifts (the planner publishes weeks)."""


class TradeSession(QObject):
    """The panel's live state for its dialogs.

    Signals:
        onlineChanged(bool): the server became reachable or was lost.
    """

    onlineChanged = Signal(bool)  # noqa: N815 - Qt naming

    def __init__(self, reader: CacheReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.ops = Ops(self)
        self.actions: WindowActions | None = None
        self._online = False

    @property
    def me(self) -> int | None:
        """The signed-in agent's id (``None`` before sign-in)."""
        actions = self.actions
        agent = actions.agent if actions is not None else None
        return agent.id if agent is not None else None

    @property
    def online(self) -> bool:
        """What the window says (online or syncing) with a session to send on. The
        command client may attach a moment later; :meth:`run` checks it at sending."""
        return self._online and self.actions is not None

    def set_online(self, online: bool) -> None:
        was = self.online
        self._online = online
        if self.online != was:
            self.onlineChanged.emit(self.online)

    def set_actions(self, actions: WindowActions | None) -> None:
        was = self.online
        self.actions = actions
        if self.online != was:
            self.onlineChanged.emit(self.online)

    def names(self) -> dict[int, str]:
        return self.reader.agent_names()

    def colleagues(self) -> list[tuple[str, int]]:
        """(name, id) of the other agents, by name: who a shift may be offered to
        (supervisors are not scheduled)."""
        me = self.me
        found = [(m.name, m.agent_id) for m in self.reader.team() if m.role == "agent"]
        return sorted(
            ((name, agent_id) for name, agent_id in found if agent_id != me),
            key=lambda pair: pair[0].casefold(),
        )

    def queues(self) -> dict[int, str]:
        return self.reader.queue_names()

    def future_shifts(self, now: float) -> list[ShiftData]:
        """The agent's published shifts that have not started, soonest first."""
        me = self.me
        if me is None:
            return []
        shifts = self.reader.shifts(me, now, now + FUTURE_DAYS * 86_400.0)
        return [s for s in shifts if s.published and s.start > now]

    def tradable_shifts(self, now: float) -> list[ShiftData]:
        """:meth:`future_shifts` without those already in one of the agent's open trades
        (offered by them, or given in return): one shift, one trade at a time."""
        me = self.me
        busy: set[int] = set()
        for swap in self.reader.swaps(("posted", "matched", "pending_review")):
            if swap.initiator_id == me:
                busy.add(swap.shift.shift_id)
            if swap.accepter_id == me and swap.accepter_shift is not None:
                busy.add(swap.accepter_shift.shift_id)
        return [s for s in self.future_shifts(now) if s.id not in busy]

    def run(
        self,
        work: Callable[[CommandClient], Coroutine[Any, Any, T]],
        *,
        what: str,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Call ``work`` with the command client on the UI loop; offline, fail at once
        (``CommandOfflineError`` to ``on_error``) without building the coroutine."""
        from desktop.sync.commands import CommandOfflineError

        actions = self.actions
        if actions is None or not self.online or not actions.commands.online:
            on_error(CommandOfflineError())
            return
        self.ops.run(work(actions.commands), what=what, on_done=on_done, on_error=on_error)
