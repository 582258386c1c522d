"""The SIP telephony adapter: baresip's call events in, agents' actions out.

Events (from :mod:`server.channels.sip.ctrl`) become CTI events of provider ``sip``
through :func:`server.channels.cti.take_event`, keyed by baresip's call id:

- ``CALL_INCOMING`` -> ``offered`` (caller = the user part of the peer URI, queue
  ``settings.sip_queue``): routing rings an agent's desk. A call the server refuses (or
  whose id/URI is unusable) is rejected on the line at once, never left ringing unseen.
- ``CALL_ESTABLISHED`` -> ``answered`` by the agent who asked the line to answer.
- ``CALL_CLOSED`` -> ``ended`` ("agent hung up" when we asked, else "customer hung up").
- ``TRANSFER_FAILED`` after our REFER -> ``transfer_cancelled`` (the customer stays).
- the link to baresip lost -> every call on it ``ended`` ("the phone line was lost"):
  a call we can no longer control is not left showing as live.

Actions (:class:`SipLine`, registered as ``ctx.lines["sip"]``): ``callfind <id>`` then
``accept`` / ``hold`` / ``resume`` / ``sndcode`` / ``transfer <uri>`` (REFER) /
``hangup``, under the link's lock. baresip 1.0 reports no event for hold, resume or
tones it sent, so those are reported when baresip confirms the command.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from protocol.kinds.calls import MAX_PROVIDER_ID_CHARS, CallData, CallEventType, CtiEvent
from server.channels.cti import take_event
from server.channels.sip.ctrl import LINK_DOWN, BaresipCtrl, CtrlError, Event
from server.core import tables as house
from server.core.context import ServerContext
from server.core.lines import LineAction, LineError
from server.domains.calls import tables as calls_t
from server.domains.calls.record import CallRefusedError

log = logging.getLogger(__name__)

PROVIDER = "sip"
MAX_CALLS = 500
"""Calls tracked at once; INVITEs beyond it are rejected (a flood cannot grow memory)."""
MAX_CALLER_CHARS = 64
_USER = re.compile(r"^(?:sips?|tel):([^@;?>]*)", re.IGNORECASE)
_SAFE = re.compile(r"[^0-9A-Za-z+*#._\-]")


def caller_of(peer_uri: object) -> str:
    """The caller's number (or name) from a peer URI: its user part, without anything a
    desk should not show; ``anonymous`` when there is none."""
    match = _USER.match(str(peer_uri or "").strip().strip("<"))
    user = _SAFE.sub("", match.group(1) if match else "")[:MAX_CALLER_CHARS]
    return user or "anonymous"


@dataclass
class _Call:
    id: str
    agent: str | None = None
    """Username of the agent who asked the line to answer (``answered`` names them)."""
    ending: str | None = None
    """Why we ended it ourselves, if we did."""
    transfer_target: str | None = None
    counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))


class SipLine:
    """``ctx.lines["sip"]``: one baresip endpoint's calls."""

    def __init__(self, ctx: ServerContext, ctrl: BaresipCtrl | None = None) -> None:
        self.ctx = ctx
        self.ctrl = ctrl
        self.calls: dict[str, _Call] = {}
        self._chains: dict[str, asyncio.Task[None]] = {}

    # ------------------------------------------------------------------ events in

    async def on_event(self, event: Event) -> None:
        """One baresip event (see the module doc); anything unknown is ignored.

        Events of one call are applied in order; different calls' events run side by
        side (their writes share group commits), so a burst of callers does not queue
        behind each other's database writes. A lost link waits for everything before it.
        """
        kind = event.get("type")
        if kind == LINK_DOWN:
            pending = list(self._chains.values())
            if pending:
                await asyncio.wait(pending)
            await self._lost()
            return
        call_id = event.get("id")
        if not isinstance(call_id, str) or not call_id:
            return
        before = self._chains.get(call_id)
        task = asyncio.create_task(self._in_order(before, call_id, event))
        self._chains[call_id] = task
        task.add_done_callback(lambda done: self._forget(call_id, done))

    def _forget(self, call_id: str, done: asyncio.Task[None]) -> None:
        if self._chains.get(call_id) is done:
            del self._chains[call_id]

    async def _in_order(
        self, before: asyncio.Task[None] | None, call_id: str, event: Event
    ) -> None:
        if before is not None:
            await asyncio.wait([before])
        try:
            await self._apply(call_id, event)
        except Exception:  # one call's failure must not stop the others'
            log.exception("sip: event %s failed", event.get("type"))

    async def _apply(self, call_id: str, event: Event) -> None:
        kind = event.get("type")
        if kind == "CALL_INCOMING":
            await self._incoming(call_id, event)
            return
        call = self.calls.get(call_id)
        if call is None:
            return
        if kind == "CALL_ESTABLISHED":
            await self._report(call, "answered", agent=call.agent)
        elif kind == "CALL_CLOSED":
            self.calls.pop(call_id, None)
            await self._report(call, "ended", reason=call.ending or "customer hung up")
        elif kind == "TRANSFER_FAILED" and call.transfer_target is not None:
            call.transfer_target = None
            await self._report(call, "transfer_cancelled")

    async def _incoming(self, call_id: str, event: Event) -> None:
        if call_id in self.calls:
            return
        if len(call_id) > MAX_PROVIDER_ID_CHARS or len(self.calls) >= MAX_CALLS:
            log.warning("sip: rejecting a call (id too long or %d calls open)", len(self.calls))
            await self._reject(call_id)
            return
        call = _Call(call_id)
        self.calls[call_id] = call
        caller = caller_of(event.get("peeruri"))
        if not await self._report(
            call, "offered", caller=caller, queue=self.ctx.settings.sip_queue
        ):
            self.calls.pop(call_id, None)
            await self._reject(call_id)

    async def end_stale(self) -> int:
        """At start-up: calls of this provider the database still shows as live were on
        a line this process never saw (the server stopped with them, and the endpoint
        with it): end them, so no desk shows a call nobody can control. How many."""
        k = calls_t.calls
        async with self.ctx.engine.connect() as conn:
            stale = (
                (
                    await conn.execute(
                        sa.select(k.c.provider_call_id).where(
                            k.c.provider == PROVIDER, k.c.state != "ended"
                        )
                    )
                )
                .scalars()
                .all()
            )
        for call_id in stale:
            await self._report(_Call(str(call_id)), "ended", reason="the server restarted")
        return len(stale)

    async def _lost(self) -> None:
        calls, self.calls = list(self.calls.values()), {}
        for call in calls:
            await self._report(call, "ended", reason="the phone line was lost")

    async def _reject(self, call_id: str) -> None:
        try:
            await self._on_call(call_id, "hangup")
        except CtrlError as exc:
            log.warning("sip: could not reject call: %s", exc)

    async def _report(self, call: _Call, kind: CallEventType, **fields: Any) -> bool:
        """Record one CTI event; False (logged) when it was refused."""
        try:
            event = CtiEvent(
                provider=PROVIDER,
                provider_call_id=call.id,
                event_id=f"sip-{kind}-{next(call.counter)}-{time.time_ns()}",
                type=kind,
                at=time.time(),
                **fields,
            )
            await take_event(self.ctx, event)
        except (ValidationError, CallRefusedError) as exc:
            log.warning("sip: %s on a call refused: %s", kind, exc)
            return False
        return True

    # ------------------------------------------------------------------ actions out

    async def _on_call(self, call_id: str, command: str, params: str | None = None) -> str:
        if self.ctrl is None:
            raise CtrlError("the phone line is not connected")
        async with self.ctrl.lock:
            await self.ctrl.command("callfind", call_id)
            return await self.ctrl.command(command, params)

    async def act(
        self,
        call: CallData,
        action: LineAction,
        *,
        digits: str | None = None,
        target: str | None = None,
    ) -> None:
        """Carry out an agent's action on the line (see the module doc)."""
        line_call = self.calls.get(call.provider_call_id)
        if line_call is None:
            raise LineError("this call is no longer on the phone line")
        try:
            await self._act(line_call, call, action, digits, target)
        except CtrlError as exc:
            raise LineError(f"the phone line refused: {exc}") from None

    async def _act(
        self,
        line_call: _Call,
        call: CallData,
        action: LineAction,
        digits: str | None,
        target: str | None,
    ) -> None:
        if action == "answer":
            line_call.agent = await self._username(call.agent_id)
            await self._on_call(line_call.id, "accept")
        elif action == "hangup":
            line_call.ending = "agent hung up"
            await self._on_call(line_call.id, "hangup")
        elif action in ("hold", "resume"):
            await self._on_call(line_call.id, action)
            await self._report(line_call, "held" if action == "hold" else "resumed")
        elif action == "dtmf":
            tones = digits or ""
            for tone in tones:
                await self._on_call(line_call.id, "sndcode", tone)
            await self._report(line_call, "dtmf", digits=tones)
        elif action in ("mute", "unmute"):
            # The centre's endpoint carries no agent microphone of its own (agents'
            # audio is outside this adapter): the state is recorded as asked.
            await self._report(line_call, "muted" if action == "mute" else "unmuted")
        elif action == "transfer":
            if not target:
                raise LineError("say where to transfer the call")
            line_call.transfer_target = target
            await self._report(line_call, "transfer_started", target=target[:100])
            line_call.ending = f"transferred to {target}"[:100]
            try:
                await self._on_call(line_call.id, "transfer", target)
            except CtrlError:
                line_call.transfer_target = line_call.ending = None
                await self._report(line_call, "transfer_cancelled")
                raise

    async def _username(self, agent_id: int | None) -> str | None:
        if agent_id is None:
            return None
        a = house.agents
        async with self.ctx.engine.connect() as conn:
            name = (await conn.execute(sa.select(a.c.username).where(a.c.id == agent_id))).scalar()
        return None if name is None else str(name)
