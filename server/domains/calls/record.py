"""Recording one CTI event: find the call, ignore a repeated event id, move the machine,
write the row and the event id, and return the call's event.

Runs inside one write transaction (``ServerContext.write``), so two events of the same
call are applied one after the other and a refused event leaves no trace. The call's
conversation is the caller's business (a channel): :data:`JoinConversation` is handed in,
because a domain may not write another domain's tables.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.calls import CallData, CtiAnswer, CtiEvent
from server.core import eventlog
from server.core import tables as house
from server.core.eventlog import Draft
from server.domains.calls import machine
from server.domains.calls import tables as t
from server.domains.calls.entities import call_from_row


class CallRefusedError(Exception):
    """The event cannot be applied; ``status`` and ``detail`` are the HTTP answer."""

    def __init__(self, status: int, detail: str | dict[str, Any]) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass(frozen=True)
class Placement:
    """Where a new call goes: its conversation and queue, the caller as stored (E.164 when
    the number parses), and the events of opening or joining the conversation."""

    conversation_id: int
    queue_id: int
    caller: str
    drafts: list[Draft]


JoinConversation = Callable[[AsyncConnection, CtiEvent], Awaitable[Placement]]
"""Opens or joins the caller's conversation for an ``offered`` event (in the same
transaction); raises :class:`CallRefusedError` (e.g. an unknown queue)."""


async def _agent_id(conn: AsyncConnection, username: str | None) -> int | None:
    if username is None:
        return None
    agents = house.agents
    found = (
        await conn.execute(sa.select(agents.c.id).where(agents.c.username == username))
    ).scalar()
    if found is None:
        raise CallRefusedError(422, f"unknown agent {username!r}")
    return int(found)


async def _load(conn: AsyncConnection, call_id: int) -> CallData:
    row = (await conn.execute(sa.select(t.calls).where(t.calls.c.id == call_id))).one()
    return call_from_row(row)


async def _remember(conn: AsyncConnection, call_id: int, event: CtiEvent) -> None:
    await conn.execute(
        sa.insert(t.call_events).values(
            call_id=call_id, event_id=event.event_id, type=event.type, at=event.at
        )
    )


async def _start(
    conn: AsyncConnection, event: CtiEvent, join: JoinConversation
) -> tuple[CtiAnswer, list[Draft]]:
    if event.type != "offered":
        raise CallRefusedError(
            404, f"no call {event.provider_call_id!r} from {event.provider!r}: offer it first"
        )
    if event.caller is None:
        raise CallRefusedError(422, "an offered call needs its caller's number")
    placement = await join(conn, event)
    clock = machine.offered(event.at)
    inserted = await conn.execute(
        sa.insert(t.calls).values(
            conversation_id=placement.conversation_id,
            queue_id=placement.queue_id,
            direction=event.direction,
            caller=placement.caller,
            state=clock.state,
            provider=event.provider,
            provider_call_id=event.provider_call_id,
            offered_at=event.at,
            state_since=clock.state_since,
        )
    )
    call_id = eventlog.new_id(inserted)
    await _remember(conn, call_id, event)
    call = await _load(conn, call_id)
    return CtiAnswer(call=call), [
        *placement.drafts,
        eventlog.upsert(call, queue_id=call.queue_id),
    ]


async def _move(
    conn: AsyncConnection, call: CallData, event: CtiEvent
) -> tuple[CtiAnswer, list[Draft]]:
    clock = machine.CallClock(
        state=call.state,
        state_since=call.state_since,
        talk_seconds=call.talk_seconds,
        hold_seconds=call.hold_seconds,
        connected_at=call.connected_at,
        ended_at=call.ended_at,
    )
    try:
        moved = machine.advance(clock, event.type, event.at)
    except machine.IllegalTransitionError as exc:
        raise CallRefusedError(
            409,
            {
                "message": str(exc),
                "state": exc.state,
                "event": exc.event,
                "allowed": list(exc.allowed),
            },
        ) from None
    changes: dict[str, Any] = {
        "state": moved.state,
        "state_since": moved.state_since,
        "talk_seconds": moved.talk_seconds,
        "hold_seconds": moved.hold_seconds,
        "connected_at": moved.connected_at,
        "ended_at": moved.ended_at,
    }
    if event.type in ("answered", "transfer_completed") and event.agent is not None:
        changes["agent_id"] = await _agent_id(conn, event.agent)
    if event.type == "ended":
        changes["end_reason"] = event.reason or ""
    if event.type in ("muted", "unmuted"):
        changes["muted"] = event.type == "muted"
    if event.type == "dtmf":
        changes["dtmf"] = (call.dtmf + (event.digits or ""))[-64:]
    if event.type == "transfer_started":
        changes["transfer_target"] = event.target or ""
    if event.type in ("transfer_completed", "transfer_cancelled", "ended"):
        changes["transfer_target"] = ""
    await conn.execute(sa.update(t.calls).where(t.calls.c.id == call.id).values(**changes))
    await _remember(conn, call.id, event)
    updated = await _load(conn, call.id)
    return CtiAnswer(call=updated), [eventlog.upsert(updated, queue_id=updated.queue_id)]


async def record_event(
    conn: AsyncConnection, event: CtiEvent, join: JoinConversation
) -> tuple[CtiAnswer, list[Draft]]:
    """Apply ``event`` to its call (creating it on ``offered``); the answer and its events.
    A repeated event id answers ``duplicate`` with no events. Raises
    :class:`CallRefusedError`: 404 no such call, 409 illegal transition, 422 bad input."""
    row = (
        await conn.execute(
            sa.select(t.calls).where(
                t.calls.c.provider == event.provider,
                t.calls.c.provider_call_id == event.provider_call_id,
            )
        )
    ).first()
    if row is None:
        return await _start(conn, event, join)
    call = call_from_row(row)
    seen = (
        await conn.execute(
            sa.select(t.call_events.c.event_id).where(
                t.call_events.c.call_id == call.id, t.call_events.c.event_id == event.event_id
            )
        )
    ).first()
    if seen is not None:
        return CtiAnswer(call=call, duplicate=True), []
    return await _move(conn, call, event)
