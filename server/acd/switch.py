"""Call control: what an agent's button does to their call.

Frontline is provider-neutral: the call state machine moves only on CTI events
(``server.domains.calls``). A real telephony adapter (SIP, a later issue) would carry
out the agent's action on the line and report the result through the CTI API. Calls
whose provider has no adapter of its own (the simulator, the demo, callbacks placed by
the server) are switched here, *in the loop*: the action is recorded as the CTI event the
provider would have sent, through the same recording function the CTI route uses, in the
caller's write transaction. Either way the machine refuses what is illegal (hold an ended
call) with the same clear error.

Routing's part of a transfer lives here too: a blind transfer ends the agent's work at
once and queues the call for its target; a consult keeps the agent on the line (the
customer on hold) until they complete or cancel it.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.commands import CallControl
from protocol.kinds.calls import CallData, CallEventType, CtiEvent
from server.acd import tables as t
from server.acd.endings import finish_work
from server.acd.entities import default_queue_routing, offer_events
from server.acd.rounds import queue_rules
from server.core import eventlog
from server.core import tables as house
from server.core.commands import CommandRefusedError
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.lines import LineAction, LineError
from server.domains.calls import tables as calls_t
from server.domains.calls.entities import call_from_row
from server.domains.calls.machine import IllegalTransitionError, next_state
from server.domains.calls.record import CallRefusedError, Placement, record_event
from server.domains.conversations import tables as conv
from server.domains.conversations.entities import load_conversation

SIMPLE: dict[str, CallEventType] = {
    "hold": "held",
    "resume": "resumed",
    "mute": "muted",
    "unmute": "unmuted",
    "dtmf": "dtmf",
    "hangup": "ended",
}
LINE_ACTIONS: dict[str, LineAction] = {
    "hold": "hold",
    "resume": "resume",
    "mute": "mute",
    "unmute": "unmute",
    "dtmf": "dtmf",
    "hangup": "hangup",
}
"""The simple actions as a line is asked to do them (``server.core.lines``)."""
TRANSFER_RESERVE = 60.0
"""A transfer to a named agent waits this long for them before their queue may take it."""


async def _no_new_calls(_conn: AsyncConnection, _event: CtiEvent) -> Placement:
    raise CallRefusedError(409, "the call is not known to the switch")


async def report(
    conn: AsyncConnection,
    call: CallData,
    event_type: CallEventType,
    *,
    agent: str | None = None,
    digits: str | None = None,
    target: str | None = None,
    reason: str | None = None,
) -> tuple[CallData, list[Draft]]:
    """Record ``event_type`` on ``call`` as its provider would report it; refusals of the
    state machine become a ``CommandRefusedError`` the agent can read."""
    event = CtiEvent(
        provider=call.provider,
        provider_call_id=call.provider_call_id,
        event_id=f"frontline-{uuid.uuid4().hex}",
        type=event_type,
        at=time.time(),
        agent=agent,
        digits=digits,
        target=target,
        reason=reason,
    )
    try:
        answer, drafts = await record_event(conn, event, _no_new_calls)
    except CallRefusedError as exc:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail.get("message"))
        raise CommandRefusedError("illegal_call_action", message) from None
    return answer.call, drafts


async def load_call(conn: AsyncConnection, call_id: int) -> CallData | None:
    """One call by id."""
    k = calls_t.calls
    row = (await conn.execute(sa.select(k).where(k.c.id == call_id))).first()
    return None if row is None else call_from_row(row)


async def username(conn: AsyncConnection, agent_id: int) -> str:
    """An agent's username (CTI events name agents by it)."""
    a = house.agents
    return str((await conn.execute(sa.select(a.c.username).where(a.c.id == agent_id))).scalar())


async def _working_offer(conn: AsyncConnection, call_id: int, agent_id: int) -> Any:
    o = t.offers
    return (
        await conn.execute(
            sa.select(o).where(
                o.c.call_id == call_id, o.c.agent_id == agent_id, o.c.phase == "working"
            )
        )
    ).first()


async def _target(
    conn: AsyncConnection, args: CallControl, call: CallData
) -> tuple[int, int | None, str]:
    """The transfer's queue, reserved agent and description; refuses a bad target."""
    if (args.target_queue_id is None) == (args.target_agent_id is None):
        raise CommandRefusedError("bad_target", "choose a queue or an agent to transfer to")
    if args.target_queue_id is not None:
        q = house.queues
        name = (
            await conn.execute(sa.select(q.c.name).where(q.c.id == args.target_queue_id))
        ).scalar()
        if name is None:
            raise CommandRefusedError("bad_target", "no such queue")
        return int(args.target_queue_id), None, f"queue {name}"
    a = house.agents
    agent = (await conn.execute(sa.select(a).where(a.c.id == args.target_agent_id))).first()
    if agent is None:
        raise CommandRefusedError("bad_target", "no such agent")
    if agent.id == call.agent_id:
        raise CommandRefusedError("bad_target", "the call is already yours")
    return call.queue_id, int(agent.id), f"agent {agent.display_name}"


async def _queue_transfer(
    conn: AsyncConnection, call: CallData, queue_id: int, agent_id: int | None, purpose: str
) -> list[Draft]:
    """Put the call in routing for its target (and move it and its conversation to the
    target queue, so the target's members see them)."""
    now = time.time()
    drafts: list[Draft] = []
    if queue_id != call.queue_id:
        k, c = calls_t.calls, conv.conversations
        await conn.execute(k.update().where(k.c.id == call.id).values(queue_id=queue_id))
        await conn.execute(
            c.update()
            .where(c.c.id == call.conversation_id)
            .values(queue_id=queue_id, updated_at=now)
        )
        moved = await load_conversation(conn, call.conversation_id)
        assert moved is not None
        drafts.append(eventlog.upsert(moved, queue_id=moved.queue_id))
        updated = await load_call(conn, call.id)
        assert updated is not None
        drafts.append(eventlog.upsert(updated, queue_id=queue_id))
    language = (
        await conn.execute(
            sa.select(conv.conversations.c.language).where(
                conv.conversations.c.id == call.conversation_id
            )
        )
    ).scalar()
    await conn.execute(
        t.routing_contacts.insert().values(
            conversation_id=call.conversation_id,
            call_id=call.id,
            purpose=purpose,
            queue_id=queue_id,
            channel="phone",
            language=language or "en",
            waiting_since=now,
            state="waiting",
            target_agent_id=agent_id,
            target_until=now + TRANSFER_RESERVE if agent_id else None,
        )
    )
    return drafts


async def _close_transfer_contacts(conn: AsyncConnection, call_id: int) -> list[Draft]:
    """A consult was cancelled: stop ringing its target."""
    rc, o = t.routing_contacts, t.offers
    now = time.time()
    ids = (
        (
            await conn.execute(
                sa.select(rc.c.id).where(
                    rc.c.call_id == call_id,
                    rc.c.purpose.in_(("transfer", "consult")),
                    rc.c.state.in_(("waiting", "offered")),
                )
            )
        )
        .scalars()
        .all()
    )
    drafts: list[Draft] = []
    for contact_id in ids:
        await conn.execute(
            rc.update().where(rc.c.id == contact_id).values(state="closed", closed_at=now)
        )
        ringing = (
            (
                await conn.execute(
                    sa.select(o.c.id).where(o.c.contact_id == contact_id, o.c.phase == "ringing")
                )
            )
            .scalars()
            .all()
        )
        for offer_id in ringing:
            await conn.execute(
                o.update()
                .where(o.c.id == offer_id)
                .values(
                    state="withdrawn",
                    phase="closed",
                    decided_at=now,
                    decline_reason="the transfer was cancelled",
                )
            )
            drafts += await offer_events(conn, offer_id)
    return drafts


async def control(
    conn: AsyncConnection, agent_id: int, args: CallControl, lines: Collection[str] = ()
) -> tuple[CallData, list[Draft]]:
    """Carry out ``args`` on the agent's call; the call after it and the events. A simple
    action on a call whose provider is in ``lines`` is only checked here (legal now?) and
    left unchanged: :func:`control_call` asks the line, which reports what it did."""
    call = await load_call(conn, args.call_id)
    if call is None or call.agent_id != agent_id:
        raise CommandRefusedError("not_your_call", "this call is not yours (or no longer exists)")
    if call.state == "ended":
        raise CommandRefusedError("call_ended", "the call has already ended")
    action = args.action
    if action == "dtmf" and not args.digits:
        raise CommandRefusedError("bad_args", "say which tones to send")
    if action in SIMPLE and call.provider in lines:
        try:
            next_state(call.state, SIMPLE[action])
        except IllegalTransitionError as exc:
            raise CommandRefusedError("illegal_call_action", str(exc)) from None
        return call, []
    if action in SIMPLE:
        reason = "agent hung up" if action == "hangup" else None
        return await report(conn, call, SIMPLE[action], digits=args.digits or None, reason=reason)
    if action in ("transfer", "consult"):
        if call.state == "transferring":
            raise CommandRefusedError("illegal_call_action", "a transfer is already under way")
        queue_id, target_agent, description = await _target(conn, args, call)
        moved, drafts = await report(conn, call, "transfer_started", target=description)
        drafts += await _queue_transfer(
            conn, moved, queue_id, target_agent, "transfer" if action == "transfer" else "consult"
        )
        if action == "transfer":
            offer = await _working_offer(conn, call.id, agent_id)
            if offer is not None:
                rules = await queue_rules(conn)
                rule = rules.get(offer.queue_id) or default_queue_routing(offer.queue_id)
                drafts += await finish_work(
                    conn, offer, time.time(), rule, talk=moved.talk_seconds, hold=moved.hold_seconds
                )
        return moved, drafts
    if call.state != "transferring":
        raise CommandRefusedError("illegal_call_action", "there is no transfer under way")
    if action == "cancel_transfer":
        drafts = await _close_transfer_contacts(conn, call.id)
        moved, more = await report(conn, call, "transfer_cancelled")
        return moved, drafts + more
    return await _complete_transfer(conn, call, agent_id)


async def control_call(ctx: ServerContext, agent_id: int, args: CallControl) -> CallData:
    """``call.control`` for the command handler: checked (and, for calls switched in the
    loop, carried out) in one write; then a simple action on a call with line control
    (``ctx.lines[call.provider]``) is asked of the line outside the write, and the call
    moves when the adapter reports what the line did. Transfers and consults stay
    routing's (the centre's endpoint keeps the customer's leg while colleagues take it).
    A line's refusal reaches the agent as a refusal with the line's reason."""
    call, _seq = await ctx.write(lambda conn: control(conn, agent_id, args, ctx.lines))
    line = ctx.lines.get(call.provider)
    if line is None or args.action not in SIMPLE:
        return call
    try:
        await line.act(call, LINE_ACTIONS[args.action], digits=args.digits or None)
    except LineError as exc:
        raise CommandRefusedError("line_refused", exc.reason) from None
    return call


async def _complete_transfer(
    conn: AsyncConnection, call: CallData, agent_id: int
) -> tuple[CallData, list[Draft]]:
    # complete_transfer: the consulted colleague who accepted takes the call.
    o = t.offers
    taker = (
        await conn.execute(
            sa.select(o.c.agent_id).where(
                o.c.call_id == call.id, o.c.phase == "working", o.c.agent_id != agent_id
            )
        )
    ).scalar()
    if taker is None:
        raise CommandRefusedError(
            "not_answered", "your colleague has not answered yet: wait, or cancel the transfer"
        )
    moved, drafts = await report(
        conn, call, "transfer_completed", agent=await username(conn, int(taker))
    )
    c = conv.conversations
    await conn.execute(
        c.update().where(c.c.id == call.conversation_id).values(assignee_id=int(taker))
    )
    conversation = await load_conversation(conn, call.conversation_id)
    assert conversation is not None
    drafts.append(eventlog.upsert(conversation, queue_id=conversation.queue_id))
    return moved, drafts
