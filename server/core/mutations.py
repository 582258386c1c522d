"""Desk mutations: applied exactly once per ``(client_id, mutation_id)``, each by the
handler its op's domain registered (:attr:`server.core.registry.Domain.mutations`).

The client's last mutation id is recorded in the same transaction as the mutation's effects
and events, so a desk that lost an ack and resends gets ``duplicate`` instead of a second
reply. A refused mutation also uses up its id: the desk's outbox moves on and rolls back.
"""

from __future__ import annotations

import logging
from typing import get_args

import sqlalchemy as sa
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.frames import Ack, Mutation, MutationOp, Reject
from server.core import tables as t
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.registry import MutationCall, MutationRefusedError
from server.core.visibility import Viewer

log = logging.getLogger(__name__)


def _op_name(model: type[BaseModel]) -> str:
    (name,) = get_args(model.model_fields["op"].annotation)
    return str(name)


MUTATION_OPS: dict[str, type[BaseModel]] = {
    _op_name(model): model for model in get_args(get_args(MutationOp)[0])
}
"""Every mutation op the protocol declares, by its ``op`` name."""


async def last_mutation_id(conn: AsyncConnection, agent_id: int, client_id: str) -> int:
    """The last mutation id recorded for ``agent_id``'s ``client_id`` (0 for a new one).

    Counters live per (agent, client id): no agent can read or move another's."""
    cs = t.client_state
    value = (
        await conn.execute(
            sa.select(cs.c.last_mutation_id).where(
                cs.c.agent_id == agent_id, cs.c.client_id == client_id
            )
        )
    ).scalar()
    return int(value or 0)


async def client_owner(conn: AsyncConnection, client_id: str) -> int | None:
    """The agent a client id was first used by (None for a new id)."""
    cs = t.client_state
    value = (
        await conn.execute(
            sa.select(cs.c.agent_id)
            .where(cs.c.client_id == client_id)
            .order_by(cs.c.agent_id)
            .limit(1)
        )
    ).scalar()
    return None if value is None else int(value)


async def _record(conn: AsyncConnection, client_id: str, agent_id: int, mutation_id: int) -> None:
    cs = t.client_state
    updated = await conn.execute(
        sa.update(cs)
        .where(cs.c.agent_id == agent_id, cs.c.client_id == client_id)
        .values(last_mutation_id=mutation_id)
    )
    if not updated.rowcount:
        await conn.execute(
            sa.insert(cs).values(
                client_id=client_id, agent_id=agent_id, last_mutation_id=mutation_id
            )
        )


async def apply(
    ctx: ServerContext, viewer: Viewer, author: str, client_id: str, mutation: Mutation
) -> Ack | Reject:
    """Apply ``mutation`` for ``client_id`` once; the answer to send back."""
    mid = mutation.mutation_id
    call = MutationCall(viewer, author, client_id, mid)
    change = mutation.change
    handler = ctx.registry.mutations[change.op]

    async def work(conn: AsyncConnection) -> tuple[Ack | Reject, list[Draft]]:
        if mid <= await last_mutation_id(conn, viewer.agent_id, client_id):
            return Ack(mutation_id=mid, duplicate=True), []
        await _record(conn, client_id, viewer.agent_id, mid)
        try:
            drafts = await handler(conn, call, change)
        except MutationRefusedError as exc:
            return Reject(mutation_id=mid, code=exc.code, message=exc.message), []
        return Ack(mutation_id=mid), drafts

    answer, _seq = await ctx.write(work)
    if isinstance(answer, Reject):
        log.info("mutation %s:%d rejected: %s", client_id, mid, answer.code)
    return answer
