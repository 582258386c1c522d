"""The command path for routing and calls: one small runner every calls widget shares.

Offers, call controls, wrap-up and callbacks are commands (``protocol.commands``): only
meaningful now, never queued. :class:`CommandRunner` sends one through the live session's
command client via :class:`~desktop.ui.shell.ops.Ops` (the pattern of the presence
control): offline it refuses at once and says so; a refusal from the server becomes a
sentence for the agent. It also keeps the desk's estimate of the server's clock (offers
ring until the server's ``expires_at``), measured with ``session.clock`` when the desk
comes online.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.shell.actions import PresenceActions
from desktop.ui.shell.ops import Ops
from desktop.widgets.plain import display_text

if TYPE_CHECKING:  # pydantic and the sync engine load after the first paint
    from desktop.sync.commands import CommandClient

MAX_SKEW = 24 * 3600.0
"""A measured skew beyond a day is a broken answer, not a clock: ignore it."""


class CommandRunner(QObject):
    """Sends the calls UI's commands and tells the agent what went wrong.

    ``pending`` says whether a command this runner sent is still waiting for its answer
    (widgets disable their buttons meanwhile). ``skew`` is the server's clock minus the
    desk's, in seconds (0 until measured); :meth:`now` is the server's time as the desk
    best knows it.

    Signals:
        toastRequested(str, str): a sentence for the agent and its level (``info`` or
            ``error``).
        pendingChanged(bool): a command started or all finished.
    """

    toastRequested = Signal(str, str)  # noqa: N815 - Qt naming
    pendingChanged = Signal(bool)  # noqa: N815 - Qt naming

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.actions: PresenceActions | None = None
        self.skew = 0.0
        self._pending = 0
        self._clock_asked = False

    # ------------------------------------------------------------------ state

    @property
    def pending(self) -> bool:
        return self._pending > 0

    @property
    def online(self) -> bool:
        return self.actions is not None and self.actions.commands.online

    @property
    def agent_id(self) -> int | None:
        """The signed-in agent's id, once the server has welcomed this session."""
        agent = self.actions.agent if self.actions is not None else None
        return agent.id if agent is not None else None

    def now(self) -> float:
        """The server's clock as the desk estimates it (UNIX seconds)."""
        return time.time() + self.skew

    def set_actions(self, actions: PresenceActions | None) -> None:
        self.actions = actions
        self._clock_asked = False

    def set_online(self, online: bool) -> None:
        """Measure the clock skew once per connection."""
        if not online:
            self._clock_asked = False
            return
        if self._clock_asked or not self.online:
            return
        self._clock_asked = True
        assert self.actions is not None
        self.ops.run(
            self._measure(self.actions.commands),
            what="measure the server clock",
            on_done=self._set_skew,
            on_error=lambda _error: None,  # a desk without skew counts on its own clock
        )

    # ------------------------------------------------------------------ sending

    def send(
        self,
        name: str,
        args: dict[str, Any],
        *,
        failed: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Send the command ``name`` with ``args``; ``failed`` is the sentence that says
        what did not happen ("The offer was not accepted"). Returns False (and tells the
        agent) when the desk is offline: nothing is sent or queued."""
        actions = self.actions
        if actions is None or not actions.commands.online:
            self.toastRequested.emit(self.tr("Not connected: {0}").format(failed), "error")
            return False
        self._set_pending(+1)

        def done(answer: Any) -> None:
            self._set_pending(-1)
            if on_done is not None:
                on_done(answer)

        def error(exc: BaseException) -> None:
            self._set_pending(-1)
            self.toastRequested.emit(self.error_text(exc, failed), "error")
            if on_error is not None:
                on_error(exc)

        self.ops.run(
            self._call(actions.commands, name, args), what=name, on_done=done, on_error=error
        )
        return True

    def error_text(self, error: BaseException, failed: str) -> str:
        """A sentence for a failed command: offline, timed out, or the server's reason."""
        from desktop.sync.commands import CommandError, CommandOfflineError, CommandTimeoutError

        if isinstance(error, CommandOfflineError):
            return self.tr("Not connected: {0}").format(failed)
        if isinstance(error, CommandTimeoutError):
            return self.tr("{0}: the server did not answer in time").format(failed)
        if isinstance(error, CommandError):
            return self.tr("{0}: {1}").format(failed, display_text(error.message))
        return self.tr("{0}: {1}").format(failed, display_text(str(error)))

    # ------------------------------------------------------------------ internals

    def _set_pending(self, delta: int) -> None:
        was = self.pending
        self._pending = max(0, self._pending + delta)
        if was != self.pending:
            self.pendingChanged.emit(self.pending)

    @staticmethod
    async def _call(commands: CommandClient, name: str, args: dict[str, Any]) -> Any:
        from protocol.commands import COMMANDS

        spec = COMMANDS[name]
        return await commands.call(spec, spec.args.model_validate(args), spec.answer)

    @staticmethod
    async def _measure(commands: CommandClient) -> float:
        from protocol.commands import SERVER_CLOCK, NoArgs, ServerClock

        sent = time.time()
        answer = await commands.call(SERVER_CLOCK, NoArgs(), ServerClock)
        received = time.time()
        return answer.time - (sent + received) / 2

    def _set_skew(self, skew: float) -> None:
        if abs(skew) < MAX_SKEW:
            self.skew = skew
