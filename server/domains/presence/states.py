"""How presence changes: the agent's choice, going away and coming back.

Every change runs in one write transaction with its events (``ServerContext.write``), so
the row, the seq and what desks see never disagree.
"""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.commands import CommandAnswer, CommandArgs, PresenceAnswer, SetPresence
from protocol.kinds.presence import ON_CONTACT_STATES, SETTABLE_STATES, PresenceData, PresenceState
from server.core.commands import CommandRefusedError
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.visibility import Viewer
from server.db.sql import greatest
from server.domains.presence.entities import presence_events, presence_from_row
from server.domains.presence.tables import presence as table
from server.domains.presence.tables import presence_log


async def _read(conn: AsyncConnection, agent_id: int) -> Any:
    query = sa.select(table).where(table.c.agent_id == agent_id)
    return (await conn.execute(query)).first()


async def _log_change(
    conn: AsyncConnection, agent_id: int, exists: bool, state: str, since: object
) -> None:
    """Record a change of state in ``presence_log`` (nothing when the state stays)."""
    if exists:
        query = sa.select(table.c.state).where(table.c.agent_id == agent_id)
        if (await conn.execute(query)).scalar() == state:
            return
    at = float(since) if isinstance(since, int | float) else time.time()
    log = presence_log.c
    await conn.execute(
        presence_log.update()
        .where(log.agent_id == agent_id, log.end.is_(None))
        .values(end=greatest(log.start, at))
    )
    await conn.execute(presence_log.insert().values(agent_id=agent_id, state=state, start=at))


async def _put(
    conn: AsyncConnection, agent_id: int, exists: bool, values: dict[str, Any]
) -> tuple[PresenceData, list[Draft]]:
    """Write ``values`` into the agent's row (made if missing); the result and its events.
    A change of state also closes the agent's open history stretch and opens the next one
    (``presence_log``), in the same transaction, without an event of its own."""
    if "state" in values:
        await _log_change(conn, agent_id, exists, str(values["state"]), values.get("since"))
    if exists:
        await conn.execute(table.update().where(table.c.agent_id == agent_id).values(values))
    else:
        await conn.execute(table.insert().values(agent_id=agent_id, **values))
    presence = presence_from_row(await _read(conn, agent_id))
    return presence, presence_events(presence)


async def set_presence(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``presence.set``: the agent's choice; kept in ``requested`` while on a contact."""
    assert isinstance(args, SetPresence)
    if args.state not in SETTABLE_STATES:
        raise CommandRefusedError(
            "system_state", f"{args.state} is set by the server, not chosen by an agent"
        )
    agent_id = viewer.agent_id

    async def work(conn: AsyncConnection) -> tuple[PresenceAnswer, list[Draft]]:
        row = await _read(conn, agent_id)
        if row is not None and row.state in ON_CONTACT_STATES:
            request = {"requested": args.state, "requested_reason": args.reason}
            presence, drafts = await _put(conn, agent_id, True, request)
            return PresenceAnswer(presence=presence, deferred=True), drafts
        values: dict[str, Any] = {
            "state": args.state,
            "reason": args.reason,
            "requested": None,
            "requested_reason": "",
            "before_offline": None,
        }
        if row is None or row.state != args.state:
            values["since"] = time.time()
        presence, drafts = await _put(conn, agent_id, row is not None, values)
        return PresenceAnswer(presence=presence), drafts

    answer, _seq = await ctx.write(work)
    return answer


async def agent_away(ctx: ServerContext, agent_id: int) -> None:
    """Signed out, or disconnected past the grace period: offline for routing, with the
    state before remembered (an agent who chose offline stays as they are)."""

    async def work(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        row = await _read(conn, agent_id)
        if row is None or row.state == "offline":
            return None, []
        values: dict[str, Any] = {
            "state": "offline",
            "reason": "",
            "since": time.time(),
            "before_offline": row.state,
        }
        _presence, drafts = await _put(conn, agent_id, True, values)
        return None, drafts

    await ctx.write(work)


async def agent_back(ctx: ServerContext, agent_id: int) -> None:
    """Connected again: back to the state before going away. An agent with no row has
    never chosen a state (offline for routing, until their first ``presence.set``): a
    connection alone writes nothing, so signing in adds no event to anybody's log."""

    async def work(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        row = await _read(conn, agent_id)
        if row is None or row.state != "offline" or row.before_offline is None:
            return None, []
        values: dict[str, Any] = {
            "state": row.before_offline,
            "since": time.time(),
            "before_offline": None,
        }
        _presence, drafts = await _put(conn, agent_id, True, values)
        return None, drafts

    await ctx.write(work)


async def current(conn: AsyncConnection, agent_id: int) -> PresenceData | None:
    """The agent's presence as stored, or ``None`` if they never chose one."""
    row = await _read(conn, agent_id)
    return None if row is None else presence_from_row(row)


async def move(
    conn: AsyncConnection, agent_id: int, state: PresenceState, reason: str = ""
) -> list[Draft]:
    """The server moves the agent (busy, after-call work, not responding), inside the
    caller's write transaction; a chosen state waiting in ``requested`` stays there."""
    row = await _read(conn, agent_id)
    if row is not None and row.state == state and row.reason == reason:
        return []
    values: dict[str, Any] = {"state": state, "reason": reason, "since": time.time()}
    _presence, drafts = await _put(conn, agent_id, row is not None, values)
    return drafts


async def after_work(conn: AsyncConnection, agent_id: int) -> list[Draft]:
    """The agent's contacts and after-call work are over: the state they asked for while
    working (``requested``), else available. Only from busy or after-call work."""
    row = await _read(conn, agent_id)
    if row is None or row.state not in ON_CONTACT_STATES:
        return []
    values: dict[str, Any] = {
        "state": row.requested or "available",
        "reason": row.requested_reason if row.requested else "",
        "requested": None,
        "requested_reason": "",
        "since": time.time(),
    }
    _presence, drafts = await _put(conn, agent_id, True, values)
    return drafts
