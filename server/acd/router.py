"""Routing configuration over REST, for supervisors: a queue's settings and wrap-up codes,
an agent's skills, languages and capacity. Each write replaces the whole setting and is an
event, so desks see the change at once (a centre's admin tool or ``curl`` drives it; the
demo seeds them)."""

from __future__ import annotations

import json

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.routing import DEFAULT_CAPACITY, QueueRoutingData, RoutingProfileData
from protocol.rest import QueueRoutingBody, RoutingProfileBody
from server.acd import tables as t
from server.acd.entities import agent_events, profile_from_row, queue_routing_from_row
from server.core import eventlog
from server.core import tables as house
from server.core.eventlog import Draft
from server.core.requests import Ctx, Me
from server.core.visibility import Viewer

router = APIRouter(prefix="/api/routing")


def _supervisor(me: Viewer) -> None:
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may change routing")


async def _exists(conn: AsyncConnection, table: sa.Table, ident: int) -> bool:
    found = await conn.execute(sa.select(table.c.id).where(table.c.id == ident))
    return found.first() is not None


async def _upsert(
    conn: AsyncConnection, table: sa.Table, key: str, ident: int, values: dict[str, object]
) -> None:
    updated = await conn.execute(table.update().where(table.c[key] == ident).values(values))
    if updated.rowcount == 0:
        await conn.execute(table.insert().values({key: ident, **values}))


@router.put("/queues/{queue_id}")
async def put_queue(queue_id: int, body: QueueRoutingBody, ctx: Ctx, me: Me) -> QueueRoutingData:
    """Replace a queue's routing settings: 404 for an unknown queue, 422 for duplicate codes."""
    _supervisor(me)
    codes = [c.code for c in body.wrapup_codes]
    if len(set(codes)) != len(codes):
        raise HTTPException(422, "wrap-up codes must be unique within a queue")

    async def work(conn: AsyncConnection) -> tuple[QueueRoutingData, list[Draft]]:
        if not await _exists(conn, house.queues, queue_id):
            raise HTTPException(404, "no such queue")
        values = body.model_dump(exclude={"wrapup_codes"})
        values["wrapup_codes"] = json.dumps([c.model_dump() for c in body.wrapup_codes])
        await _upsert(conn, t.routing_queues, "queue_id", queue_id, values)
        q = t.routing_queues
        row = (await conn.execute(sa.select(q).where(q.c.queue_id == queue_id))).one()
        setting = queue_routing_from_row(row)
        return setting, [eventlog.upsert(setting, queue_id=queue_id)]

    setting, _seq = await ctx.write(work)
    return setting


@router.put("/agents/{agent_id}")
async def put_agent(
    agent_id: int, body: RoutingProfileBody, ctx: Ctx, me: Me
) -> RoutingProfileData:
    """Replace an agent's routing profile: 404 for an unknown agent, 422 for an unknown
    queue or a queue named twice."""
    _supervisor(me)
    queue_ids = [s.queue_id for s in body.skills]
    if len(set(queue_ids)) != len(queue_ids):
        raise HTTPException(422, "each queue may appear once in the skills")

    async def work(conn: AsyncConnection) -> tuple[RoutingProfileData, list[Draft]]:
        if not await _exists(conn, house.agents, agent_id):
            raise HTTPException(404, "no such agent")
        q = house.queues
        known = set((await conn.execute(sa.select(q.c.id).where(q.c.id.in_(queue_ids)))).scalars())
        if set(queue_ids) - known:
            raise HTTPException(422, f"unknown queue ids: {sorted(set(queue_ids) - known)}")
        unknown = set(body.capacity) - set(DEFAULT_CAPACITY)
        if unknown:
            raise HTTPException(
                422, f"capacity is per channel (phone, chat, email), not {sorted(unknown)}"
            )
        capacity: dict[str, int] = {**DEFAULT_CAPACITY, **body.capacity}
        values: dict[str, object] = {
            "skills": json.dumps([s.model_dump() for s in body.skills]),
            "languages": json.dumps(list(dict.fromkeys(body.languages))),
            "cap_phone": capacity["phone"],
            "cap_chat": capacity["chat"],
            "cap_email": capacity["email"],
        }
        await _upsert(conn, t.routing_profiles, "agent_id", agent_id, values)
        p = t.routing_profiles
        row = (await conn.execute(sa.select(p).where(p.c.agent_id == agent_id))).one()
        profile = profile_from_row(row)
        return profile, agent_events(profile, agent_id)

    profile, _seq = await ctx.write(work)
    return profile
