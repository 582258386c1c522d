"""Reading and writing shifts and the workforce policy, and the events they make.

Every function takes the caller's connection, so it runs inside the caller's write
transaction (``ctx.write``) and returns the event drafts for the caller to append: the
trades (a swap moves a shift), time off (activities become ``time_off``) and the
schedule's own import and edits all change shifts this one way.

Who sees a shift: its agent, once it is *published*, and every supervisor, drafts too.
No scope says "one agent and supervisors", so a change is two events (as presence does,
``docs/architecture.md`` step 3): one scoped to the agent (``agent_id``), only for a
published shift, and one to :data:`~server.core.visibility.SUPERVISORS_ONLY`. A removal is
a ``delete`` with the same scopes, so it reaches exactly the desks that hold the shift.

The policy is every desk's (unscoped events, like queues and agents): the My day page
reminds and measures offline from it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from pydantic import TypeAdapter
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.workforce import (
    DEFAULT_TARGETS,
    Activity,
    KpiTarget,
    ShiftData,
    WorkforcePolicyData,
    check_activities,
)
from server.core import eventlog
from server.core.eventlog import Draft
from server.core.visibility import SUPERVISORS_ONLY
from server.workforce.schedules.tables import shifts, workforce_policy

Row = Any  # sqlalchemy Row of shifts / workforce_policy

_ACTIVITIES = TypeAdapter(list[Activity])
POLICY_ID = 1


class ShiftMissingError(LookupError):
    """No shift has that id (removed meanwhile, or never existed)."""


# --------------------------------------------------------------------------- shifts


def activities_json(activities: Sequence[Activity]) -> str:
    """The ``activities`` column's text."""
    return _ACTIVITIES.dump_json(list(activities)).decode()


def shift_from_row(r: Row) -> ShiftData:
    """A shift from a ``shifts`` row."""
    return ShiftData(
        id=r.id,
        agent_id=r.agent_id,
        start=r.start,
        end=r.end,
        activities=_ACTIVITIES.validate_json(r.activities),
        queue_ids=json.loads(r.queue_ids),
        min_level=r.min_level,
        languages=json.loads(r.languages),
        week=r.week,
        timezone=r.timezone,
        published=bool(r.published),
        updated_at=r.updated_at,
    )


def shift_row(shift: ShiftData) -> dict[str, Any]:
    """The ``shifts`` row of a shift (``id`` included; drop it to let the database pick)."""
    return {
        "id": shift.id,
        "agent_id": shift.agent_id,
        "start": shift.start,
        "end": shift.end,
        "activities": activities_json(shift.activities),
        "queue_ids": json.dumps(shift.queue_ids),
        "min_level": shift.min_level,
        "languages": json.dumps(shift.languages),
        "week": shift.week,
        "timezone": shift.timezone,
        "published": shift.published,
        "updated_at": shift.updated_at,
    }


def shift_events(shift: ShiftData) -> list[Draft]:
    """The upserts of a shift: its agent's (published only) and the supervisors'."""
    return scoped_upserts(shift.id, shift.agent_id, shift.published, shift.model_dump_json())


def scoped_upserts(shift_id: int, agent_id: int, published: bool, payload: str) -> list[Draft]:
    """:func:`shift_events` from the shift's JSON already rendered (bulk writes render
    it outside the write gate)."""
    drafts = [Draft("shift", shift_id, "upsert", SUPERVISORS_ONLY, None, payload)]
    if published:
        drafts.insert(0, Draft("shift", shift_id, "upsert", None, agent_id, payload))
    return drafts


def shift_delete_events(shift_id: int, agent_id: int, published: bool) -> list[Draft]:
    """The deletes of a shift, to the desks that hold it (its agent only if published)."""
    drafts = [Draft("shift", shift_id, "delete", SUPERVISORS_ONLY, None, None)]
    if published:
        drafts.insert(0, Draft("shift", shift_id, "delete", None, agent_id, None))
    return drafts


async def get_shift(conn: AsyncConnection, shift_id: int) -> ShiftData | None:
    """The shift with that id, draft or published (``None``: no such shift)."""
    row = (await conn.execute(sa.select(shifts).where(shifts.c.id == shift_id))).first()
    return None if row is None else shift_from_row(row)


async def shifts_of(
    conn: AsyncConnection,
    agent_id: int,
    start: float,
    end: float,
    *,
    published_only: bool = True,
) -> list[ShiftData]:
    """The agent's shifts overlapping ``[start, end)``, by start (published ones only
    unless ``published_only`` is false). A shift lasts at most 16 h, so the index range
    on ``start`` is bounded below by ``start - 16 h``."""
    query = (
        sa.select(shifts)
        .where(
            shifts.c.agent_id == agent_id,
            shifts.c.start < end,
            shifts.c.start > start - 16 * 3600.0 - 1.0,
            shifts.c.end > start,
        )
        .order_by(shifts.c.start, shifts.c.id)
    )
    if published_only:
        query = query.where(shifts.c.published.is_(True))
    return [shift_from_row(r) for r in await conn.execute(query)]


async def reassign_shift(conn: AsyncConnection, shift_id: int, new_agent_id: int) -> list[Draft]:
    """Move a shift to another agent (a swap or giveaway approved): it leaves the old
    agent's desk (a delete scoped to them), appears on the new agent's, and supervisors
    get one upsert. Raises :class:`ShiftMissingError`."""
    old = await get_shift(conn, shift_id)
    if old is None:
        raise ShiftMissingError(f"no shift {shift_id}")
    if old.agent_id == new_agent_id:
        return []
    now = time.time()
    await conn.execute(
        sa.update(shifts)
        .where(shifts.c.id == shift_id)
        .values(agent_id=new_agent_id, updated_at=now)
    )
    moved = old.model_copy(update={"agent_id": new_agent_id, "updated_at": now})
    drafts: list[Draft] = []
    if old.published:
        drafts.append(Draft("shift", shift_id, "delete", None, old.agent_id, None))
    return drafts + shift_events(moved)


async def replace_activities(
    conn: AsyncConnection, shift_id: int, activities: list[Activity]
) -> list[Draft]:
    """Replace a shift's activities (its start and end follow the first and last);
    raises ``ValueError`` when they are not contiguous or pass 16 h (see
    :func:`~protocol.kinds.workforce.check_activities`), :class:`ShiftMissingError`
    when the shift is gone. Overlap with the agent's other shifts is the caller's
    rule to check (an edit may, a trade may not)."""
    ordered = check_activities(list(activities))
    old = await get_shift(conn, shift_id)
    if old is None:
        raise ShiftMissingError(f"no shift {shift_id}")
    now = time.time()
    shift = ShiftData.model_validate(
        {
            **old.model_dump(),
            "activities": [a.model_dump() for a in ordered],
            "start": ordered[0].start,
            "end": ordered[-1].end,
            "updated_at": now,
        }
    )
    await conn.execute(
        sa.update(shifts)
        .where(shifts.c.id == shift_id)
        .values(
            start=shift.start,
            end=shift.end,
            activities=activities_json(shift.activities),
            updated_at=now,
        )
    )
    return shift_events(shift)


async def remove_shift(conn: AsyncConnection, shift_id: int) -> list[Draft]:
    """Delete a shift; its deletes (raises :class:`ShiftMissingError`)."""
    old = await get_shift(conn, shift_id)
    if old is None:
        raise ShiftMissingError(f"no shift {shift_id}")
    await conn.execute(sa.delete(shifts).where(shifts.c.id == shift_id))
    return shift_delete_events(old.id, old.agent_id, old.published)


# --------------------------------------------------------------------------- policy


def with_default_targets(policy: WorkforcePolicyData) -> WorkforcePolicyData:
    """The policy with a target for every KPI: its own, then DOMAIN.md's for the rest."""
    named = {t.kpi for t in policy.targets}
    extra: Iterable[KpiTarget] = (t for t in DEFAULT_TARGETS if t.kpi not in named)
    targets = [*policy.targets, *extra]
    if len(targets) == len(policy.targets):
        return policy
    return policy.model_copy(update={"targets": targets})


def policy_from_row(r: Row) -> WorkforcePolicyData:
    """The policy from its ``workforce_policy`` row (targets completed by defaults)."""
    return with_default_targets(WorkforcePolicyData.model_validate_json(r.data))


async def get_policy(conn: AsyncConnection) -> WorkforcePolicyData:
    """The centre's policy; the defaults (with :data:`DEFAULT_TARGETS`) when never set.
    A desk without a ``workforce_policy`` entity uses the same defaults."""
    row = (
        await conn.execute(sa.select(workforce_policy).where(workforce_policy.c.id == POLICY_ID))
    ).first()
    if row is None:
        return with_default_targets(WorkforcePolicyData())
    return policy_from_row(row)


def policy_events(policy: WorkforcePolicyData) -> list[Draft]:
    """The policy's upsert, to every desk."""
    return [eventlog.upsert(policy)]


async def put_policy(conn: AsyncConnection, policy: WorkforcePolicyData) -> list[Draft]:
    """Store the (already validated) policy as row 1; its event."""
    policy = with_default_targets(policy.model_copy(update={"id": POLICY_ID}))
    values = {"data": policy.model_dump_json(), "updated_at": time.time()}
    done = await conn.execute(
        sa.update(workforce_policy).where(workforce_policy.c.id == POLICY_ID).values(**values)
    )
    if not done.rowcount:
        await conn.execute(sa.insert(workforce_policy).values(id=POLICY_ID, **values))
    return policy_events(policy)
