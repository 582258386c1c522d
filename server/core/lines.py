"""Telephony adapters' hands on the line: how an agent's call button reaches a real phone.

The call state machine (``server.domains.calls``) moves only on provider events. For a
call whose provider has an adapter with line control (SIP through baresip, issue 12), an
agent's action (answer, hold, resume, DTMF, transfer, hang up) is *asked of the line*
and the state changes when the adapter reports what the line did. Calls of providers
without one (the simulator, the demo) are switched in the loop (``server.acd.switch``).
Adapters register here by provider name in ``ServerContext.lines`` at startup.
"""

from __future__ import annotations

from typing import Literal, Protocol

from protocol.kinds.calls import CallData

LineAction = Literal["answer", "hold", "resume", "dtmf", "transfer", "hangup", "mute", "unmute"]


class LineError(Exception):
    """The line refused or failed the action; ``reason`` is shown to the agent."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class LineControl(Protocol):
    """Carries out an agent's action on a provider's real call."""

    async def act(
        self,
        call: CallData,
        action: LineAction,
        *,
        digits: str | None = None,
        target: str | None = None,
    ) -> None:
        """Ask the line to do ``action``; raise :class:`LineError` when it cannot.
        ``target`` is a SIP URI or number for a transfer (REFER)."""
        ...
