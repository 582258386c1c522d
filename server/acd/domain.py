"""The ACD's registration with the house: its kinds and the agent's routing commands.

Kinds: ``queue_routing`` (a queue's settings, to its members), ``routing_profile`` and
``offer`` (the agent's own, and supervisors'), ``callback`` (the queue's members). The
commands run in one write transaction each (``ServerContext.write``), so an accept and the
round that would otherwise time the offer out never interleave.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.commands import (
    CALL_CONTROL,
    CANCEL_CALLBACK,
    CLAIM,
    OFFER_ACCEPT,
    OFFER_DECLINE,
    SCHEDULE_CALLBACK,
    TAKE_NEXT,
    WRAPUP,
    CallAnswer,
    CallbackAnswer,
    CallbackRef,
    CallControl,
    Claim,
    CommandAnswer,
    CommandArgs,
    DeclineOffer,
    OfferAnswer,
    OfferRef,
    ScheduleCallback,
    TakeNext,
    Wrapup,
)
from protocol.kinds.routing import CallbackData, OfferData, QueueRoutingData, RoutingProfileData
from server.acd import switch, work
from server.acd import tables as t
from server.acd.entities import (
    callback_from_row,
    offer_from_row,
    profile_from_row,
    queue_routing_from_row,
)
from server.acd.router import router
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.registry import Domain, KindRegistration
from server.core.visibility import Viewer

T = TypeVar("T")


def _in_queues(column: sa.ColumnElement[int], viewer: Viewer) -> sa.ColumnElement[bool]:
    if viewer.supervisor:
        return sa.true()
    return column.in_(sorted(viewer.queue_ids))


def _own(column: sa.ColumnElement[int], viewer: Viewer) -> sa.ColumnElement[bool]:
    if viewer.supervisor:
        return sa.true()
    return column == viewer.agent_id


def _queue_settings(viewer: Viewer) -> sa.Select[Any]:
    q = t.routing_queues
    return sa.select(q).where(_in_queues(q.c.queue_id, viewer)).order_by(q.c.queue_id)


def _profiles(viewer: Viewer) -> sa.Select[Any]:
    p = t.routing_profiles
    return sa.select(p).where(_own(p.c.agent_id, viewer)).order_by(p.c.agent_id)


def _offers(viewer: Viewer) -> sa.Select[Any]:
    o = t.offers
    return sa.select(o).where(_own(o.c.agent_id, viewer)).order_by(o.c.id)


def _callbacks(viewer: Viewer) -> sa.Select[Any]:
    cb = t.callbacks
    return sa.select(cb).where(_in_queues(cb.c.queue_id, viewer)).order_by(cb.c.id)


async def _write(
    ctx: ServerContext, fn: Callable[[AsyncConnection], Awaitable[tuple[T, list[Draft]]]]
) -> T:
    result, _seq = await ctx.write(fn)
    return result


async def _accept(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    assert isinstance(args, OfferRef)
    offer = await work.accept_offer(ctx, viewer, args.offer_id)
    return OfferAnswer(offer=offer)


async def _decline(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    assert isinstance(args, DeclineOffer)
    offer = await _write(ctx, lambda conn: work.decline(conn, viewer, args))
    return OfferAnswer(offer=offer)


async def _pull(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    assert isinstance(args, TakeNext | Claim)
    offer: OfferData | None = await _write(ctx, lambda conn: work.pull(conn, viewer, args))
    return OfferAnswer(offer=offer)


async def _wrapup(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    assert isinstance(args, Wrapup)
    offer = await _write(ctx, lambda conn: work.wrapup(conn, viewer, args))
    return OfferAnswer(offer=offer)


async def _control(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    assert isinstance(args, CallControl)
    call = await switch.control_call(ctx, viewer.agent_id, args)
    return CallAnswer(call=call)


async def _schedule(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    assert isinstance(args, ScheduleCallback)
    callback: CallbackData = await _write(
        ctx, lambda conn: work.schedule_callback(conn, viewer, args)
    )
    return CallbackAnswer(callback=callback)


async def _cancel(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    assert isinstance(args, CallbackRef)
    callback = await _write(ctx, lambda conn: work.cancel_callback(conn, viewer, args.callback_id))
    return CallbackAnswer(callback=callback)


DOMAIN = Domain(
    name="acd",
    kinds=(
        KindRegistration(
            QueueRoutingData, t.routing_queues, queue_routing_from_row, _queue_settings, "queue"
        ),
        KindRegistration(
            RoutingProfileData, t.routing_profiles, profile_from_row, _profiles, "agent"
        ),
        KindRegistration(OfferData, t.offers, offer_from_row, _offers, "agent"),
        KindRegistration(CallbackData, t.callbacks, callback_from_row, _callbacks, "queue"),
    ),
    commands={
        OFFER_ACCEPT.name: _accept,
        OFFER_DECLINE.name: _decline,
        TAKE_NEXT.name: _pull,
        CLAIM.name: _pull,
        WRAPUP.name: _wrapup,
        CALL_CONTROL.name: _control,
        SCHEDULE_CALLBACK.name: _schedule,
        CANCEL_CALLBACK.name: _cancel,
    },
    routers=(router,),
)
