"""The agent's side of routing: accept or decline an offer, pull or claim an email, wrap
up, and schedule callbacks. Each runs in one write transaction with its events.

Accepting makes the contact the agent's: the conversation is assigned to them, a call is
answered (or, for a callback, placed) through the switch, and their presence becomes
busy. Commands are refused with a code and a sentence the desk shows as it is.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.commands import Claim, DeclineOffer, ScheduleCallback, TakeNext, Wrapup
from protocol.kinds.calls import CallData, CtiEvent
from protocol.kinds.routing import CallbackData, OfferData, WhyCode
from server.acd import choose, switch
from server.acd import tables as t
from server.acd.endings import end_acw
from server.acd.entities import (
    callback_events,
    default_queue_routing,
    load_callback,
    load_offer,
    offer_events,
)
from server.acd.rounds import discover, make_offer, queue_rules, routable_agents
from server.core import eventlog
from server.core.commands import CommandRefusedError
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.lines import LineError
from server.core.visibility import Viewer
from server.domains.calls.record import CallRefusedError, Placement, record_event
from server.domains.conversations import tables as conv
from server.domains.conversations.entities import load_conversation
from server.domains.presence import states as presence

MAX_CALLBACK_DAYS = 60
"""How far ahead a callback may be promised."""


async def _own_offer(conn: AsyncConnection, viewer: Viewer, offer_id: int) -> Any:
    o = t.offers
    row = (await conn.execute(sa.select(o).where(o.c.id == offer_id))).first()
    if row is None or row.agent_id != viewer.agent_id:
        raise CommandRefusedError("not_your_offer", "this offer is not yours")
    return row


def _gone(offer: Any) -> CommandRefusedError:
    said = {
        "timed_out": "it timed out",
        "declined": "you declined it",
        "withdrawn": "the customer is no longer waiting",
        "accepted": "you already accepted it",
    }.get(offer.state, offer.state)
    return CommandRefusedError("not_ringing", f"this offer no longer rings: {said}")


async def _assign(conn: AsyncConnection, conversation_id: int, agent_id: int) -> list[Draft]:
    c = conv.conversations
    await conn.execute(
        c.update()
        .where(c.c.id == conversation_id)
        .values(assignee_id=agent_id, status="open", updated_at=time.time())
    )
    conversation = await load_conversation(conn, conversation_id)
    assert conversation is not None
    return [eventlog.upsert(conversation, queue_id=conversation.queue_id)]


async def _place_callback(conn: AsyncConnection, offer: Any, agent: str) -> list[Draft]:
    """Dial the customer of a callback for the agent: an outbound call in the callback's
    conversation, answered at once by the loop switch (a real adapter would ring them)."""
    callback = await load_callback(conn, offer.callback_id)
    assert callback is not None

    async def join(_conn: AsyncConnection, _event: CtiEvent) -> Placement:
        return Placement(callback.conversation_id, callback.queue_id, callback.phone, [])

    event = CtiEvent(
        provider="frontline",
        provider_call_id=f"callback-{callback.id}-{offer.id}",
        event_id="placed",
        type="offered",
        at=time.time(),
        caller=callback.phone,
        direction="outbound",
    )
    try:
        placed, drafts = await record_event(conn, event, join)
    except CallRefusedError as exc:
        raise CommandRefusedError("call_failed", str(exc.detail)) from None
    o, cb = t.offers, t.callbacks
    await conn.execute(o.update().where(o.c.id == offer.id).values(call_id=placed.call.id))
    _call, more = await switch.report(conn, placed.call, "answered", agent=agent)
    await conn.execute(cb.update().where(cb.c.id == callback.id).values(state="done"))
    return drafts + more + await callback_events(conn, callback.id)


async def accept(
    conn: AsyncConnection, viewer: Viewer, offer_id: int, lines: Collection[str] = ()
) -> tuple[OfferData, list[Draft]]:
    """``offer.accept`` (see the module doc). A new call of a provider in ``lines`` (one
    with line control) is not answered here: :func:`accept_offer` asks its line."""
    offer = await _own_offer(conn, viewer, offer_id)
    if offer.phase != "ringing":
        raise _gone(offer)
    contact = (
        await conn.execute(
            sa.select(t.routing_contacts).where(t.routing_contacts.c.id == offer.contact_id)
        )
    ).one()
    now = time.time()
    drafts: list[Draft] = []
    agent = await switch.username(conn, viewer.agent_id)
    if contact.purpose == "callback":
        drafts += await _place_callback(conn, offer, agent)
    elif offer.call_id is not None:
        call = await switch.load_call(conn, offer.call_id)
        if call is None or call.state == "ended":
            raise CommandRefusedError("not_ringing", "the caller has hung up")
        if contact.purpose == "new" and call.provider not in lines:
            _c, more = await switch.report(conn, call, "answered", agent=agent)
            drafts += more
        elif contact.purpose == "transfer":
            _c, more = await switch.report(conn, call, "transfer_completed", agent=agent)
            drafts += more
    if contact.purpose != "consult":
        drafts += await _assign(conn, offer.conversation_id, viewer.agent_id)
    o, rc = t.offers, t.routing_contacts
    await conn.execute(
        o.update()
        .where(o.c.id == offer.id)
        .values(state="accepted", phase="working", decided_at=now)
    )
    await conn.execute(rc.update().where(rc.c.id == contact.id).values(state="assigned"))
    drafts += await offer_events(conn, offer.id)
    drafts += await presence.move(conn, viewer.agent_id, "busy")
    accepted = await load_offer(conn, offer.id)
    assert accepted is not None
    return accepted, drafts


async def accept_offer(ctx: ServerContext, viewer: Viewer, offer_id: int) -> OfferData:
    """``offer.accept`` for the command handler. A ringing new call whose provider has
    line control (``ctx.lines``) is first *asked of the line* to answer, outside any
    write (the adapter reports ``answered`` through the CTI recording, which needs the
    write gate); a line that refuses is told to the agent and nothing changes. Then the
    offer is accepted in one write; the call moves when the line says it is established.
    """
    async with ctx.engine.connect() as conn:
        call = await _line_call(conn, viewer, offer_id, ctx.lines)
    if call is not None:
        try:
            await ctx.lines[call.provider].act(
                call.model_copy(update={"agent_id": viewer.agent_id}), "answer"
            )
        except LineError as exc:
            raise CommandRefusedError("line_refused", exc.reason) from None
    offer, _seq = await ctx.write(lambda conn: accept(conn, viewer, offer_id, ctx.lines))
    return offer


async def _line_call(
    conn: AsyncConnection, viewer: Viewer, offer_id: int, lines: Collection[str]
) -> CallData | None:
    """The new call a ringing offer of the agent's would answer, when its provider has
    line control (else None: :func:`accept` does the checks and says why)."""
    o, rc = t.offers, t.routing_contacts
    row = (
        await conn.execute(
            sa.select(o.c.agent_id, o.c.phase, o.c.call_id, rc.c.purpose)
            .join(rc, rc.c.id == o.c.contact_id)
            .where(o.c.id == offer_id)
        )
    ).first()
    if row is None or row.agent_id != viewer.agent_id or row.phase != "ringing":
        return None
    if row.call_id is None or row.purpose != "new":
        return None
    call = await switch.load_call(conn, row.call_id)
    if call is None or call.provider not in lines or call.state != "offered":
        return None
    return call


async def decline(
    conn: AsyncConnection, viewer: Viewer, args: DeclineOffer
) -> tuple[OfferData, list[Draft]]:
    """``offer.decline``: the contact goes back to waiting for the next agent."""
    offer = await _own_offer(conn, viewer, args.offer_id)
    if offer.phase != "ringing":
        raise _gone(offer)
    o, rc = t.offers, t.routing_contacts
    await conn.execute(
        o.update()
        .where(o.c.id == offer.id)
        .values(
            state="declined", phase="closed", decided_at=time.time(), decline_reason=args.reason
        )
    )
    await conn.execute(rc.update().where(rc.c.id == offer.contact_id).values(state="waiting"))
    drafts = await offer_events(conn, offer.id)
    declined = await load_offer(conn, offer.id)
    assert declined is not None
    return declined, drafts


async def wrapup(
    conn: AsyncConnection, viewer: Viewer, args: Wrapup
) -> tuple[OfferData, list[Draft]]:
    """``work.wrapup``: record the code and note; ends after-call work."""
    offer = await _own_offer(conn, viewer, args.offer_id)
    if offer.state != "accepted":
        raise CommandRefusedError("not_your_work", "only accepted contacts are wrapped up")
    rules = await queue_rules(conn)
    rule = rules.get(offer.queue_id) or default_queue_routing(offer.queue_id)
    codes = {c.code for c in rule.wrapup_codes}
    if args.code and args.code not in codes:
        raise CommandRefusedError(
            "unknown_code", f"{args.code} is not a wrap-up code of this queue"
        )
    if not args.code and offer.wrapup_required:
        raise CommandRefusedError("code_required", "this queue needs a wrap-up code")
    now = time.time()
    o = t.offers
    await conn.execute(
        o.update()
        .where(o.c.id == offer.id)
        .values(wrapup_code=args.code, wrapup_note=args.note, wrapped_at=now)
    )
    if offer.phase == "acw":
        fresh = (await conn.execute(sa.select(o).where(o.c.id == offer.id))).one()
        drafts = await end_acw(conn, fresh, now)
    else:
        drafts = await offer_events(conn, offer.id)
    wrapped = await load_offer(conn, offer.id)
    assert wrapped is not None
    return wrapped, drafts


async def pull(
    conn: AsyncConnection, viewer: Viewer, args: TakeNext | Claim
) -> tuple[OfferData | None, list[Draft]]:
    """``routing.take_next`` and ``routing.claim``: the agent takes an email themselves.
    Capacity and presence are checked as for an offer; a conversation being offered to a
    colleague cannot be claimed."""
    now = time.time()
    await discover(conn, now)
    mine = {a.agent_id: a for a in await routable_agents(conn)}.get(viewer.agent_id)
    if mine is None:
        raise CommandRefusedError(
            "not_routable",
            "you cannot take work now: be available, with no offer ringing and no after-call work",
        )
    if mine.free.get("email", 0) <= 0:
        raise CommandRefusedError("at_capacity", "you already have as many emails as you can take")
    rc = t.routing_contacts
    query = sa.select(rc).where(rc.c.channel == "email", rc.c.state.in_(("waiting", "offered")))
    if isinstance(args, Claim):
        query = query.where(rc.c.conversation_id == args.conversation_id)
    else:
        queues = [q for q, level in mine.levels.items() if level >= 1]
        if args.queue_id is not None:
            queues = [q for q in queues if q == args.queue_id]
        query = query.where(rc.c.queue_id.in_(queues), rc.c.state == "waiting")
    contact = (await conn.execute(query.order_by(rc.c.waiting_since, rc.c.id).limit(1))).first()
    if contact is None:
        if isinstance(args, Claim):
            raise CommandRefusedError(
                "not_waiting", "this conversation is not an email waiting for an agent"
            )
        return None, []
    if contact.state == "offered":
        raise CommandRefusedError("offered", "this email is being offered to a colleague")
    if mine.levels.get(contact.queue_id, 0) < 1 and not viewer.supervisor:
        raise CommandRefusedError("no_skill", "this email is in a queue you do not take")
    rules = await queue_rules(conn)
    rule = rules.get(contact.queue_id) or default_queue_routing(contact.queue_id)
    why: WhyCode = "claimed" if isinstance(args, Claim) else "pulled"
    choice = choose.Choice(
        viewer.agent_id, why, mine.levels.get(contact.queue_id, 0), 1, now - contact.waiting_since
    )
    offer_id, drafts = await make_offer(conn, contact, choice, rule, now, accepted=True)
    drafts += await _assign(conn, contact.conversation_id, viewer.agent_id)
    drafts += await presence.move(conn, viewer.agent_id, "busy")
    return await load_offer(conn, offer_id), drafts


async def schedule_callback(
    conn: AsyncConnection, viewer: Viewer, args: ScheduleCallback
) -> tuple[CallbackData, list[Draft]]:
    """``callback.schedule``: a callback on the conversation's customer's phone."""
    now = time.time()
    if args.due_at > now + MAX_CALLBACK_DAYS * 86400:
        raise CommandRefusedError(
            "too_far", f"a callback can be at most {MAX_CALLBACK_DAYS} days ahead"
        )
    conversation = await load_conversation(conn, args.conversation_id)
    if conversation is None or not viewer.sees(conversation.queue_id, None):
        raise CommandRefusedError("not_found", "no such conversation")
    cu = conv.customers
    phone = (
        await conn.execute(sa.select(cu.c.phone).where(cu.c.id == conversation.customer_id))
    ).scalar()
    if not phone:
        raise CommandRefusedError("no_phone", "this customer has no phone number to call back")
    cb = t.callbacks
    inserted = await conn.execute(
        cb.insert().values(
            conversation_id=conversation.id,
            customer_id=conversation.customer_id,
            queue_id=conversation.queue_id,
            phone=phone,
            due_at=max(args.due_at, now),
            note=args.note,
            agent_id=viewer.agent_id,
            prefer_agent=args.prefer_me,
            requested_by="agent",
            state="scheduled",
            created_at=now,
        )
    )
    callback_id = eventlog.new_id(inserted)
    drafts = await callback_events(conn, callback_id)
    made = await load_callback(conn, callback_id)
    assert made is not None
    return made, drafts


async def cancel_callback(
    conn: AsyncConnection, viewer: Viewer, callback_id: int
) -> tuple[CallbackData, list[Draft]]:
    """``callback.cancel``: only a scheduled one, by someone who sees its queue."""
    callback = await load_callback(conn, callback_id)
    if callback is None or not viewer.sees(callback.queue_id, None):
        raise CommandRefusedError("not_found", "no such callback")
    if callback.state != "scheduled":
        raise CommandRefusedError("not_scheduled", f"this callback is already {callback.state}")
    cb = t.callbacks
    await conn.execute(cb.update().where(cb.c.id == callback_id).values(state="cancelled"))
    drafts = await callback_events(conn, callback_id)
    cancelled = await load_callback(conn, callback_id)
    assert cancelled is not None
    return cancelled, drafts
