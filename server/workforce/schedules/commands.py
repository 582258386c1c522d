"""The supervisors' schedule commands: ``shift.edit`` and ``schedule.publish``.

Both are commands, not outbox ops: a supervisor edits what agents are about to work, so
the change must land now, against the current schedule, or be refused at once (an agent
gets ``forbidden``; a shift gone meanwhile ``not_found``; activities with a gap, over
16 h, or overlapping the agent's other shifts ``invalid``/``conflict``).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.commands import CommandAnswer, CommandArgs
from protocol.kinds.workforce import ShiftData, check_activities
from protocol.workforce import PublishAnswer, SchedulePublish, ShiftAnswer, ShiftEdit
from server.core.commands import CommandRefusedError
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.visibility import Viewer
from server.workforce.schedules import importer, store
from server.workforce.schedules.tables import shifts


def _supervisor(viewer: Viewer, what: str) -> None:
    if not viewer.supervisor:
        raise CommandRefusedError("forbidden", f"only supervisors may {what}")


async def edit_shift(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``shift.edit``: replace a shift's activities, or remove the shift."""
    assert isinstance(args, ShiftEdit)
    _supervisor(viewer, "edit shifts")
    if not args.remove:
        try:
            ordered = check_activities(list(args.activities))
        except ValueError as exc:
            raise CommandRefusedError("invalid", str(exc)) from None

    async def work(conn: AsyncConnection) -> tuple[ShiftData | None, list[Draft]]:
        old = await store.get_shift(conn, args.shift_id)
        if old is None:
            raise CommandRefusedError("not_found", f"no shift {args.shift_id}")
        if args.remove:
            blocked = await importer.references(conn, [old.id], clear=False)
            if blocked:
                message = f"the shift is still used by {blocked[old.id]}: settle that first"
                raise CommandRefusedError("conflict", message)
            await importer.references(conn, [old.id], clear=True)
            return None, await store.remove_shift(conn, old.id)
        others = await store.shifts_of(
            conn, old.agent_id, ordered[0].start, ordered[-1].end, published_only=False
        )
        if any(other.id != old.id for other in others):
            raise CommandRefusedError("conflict", "the agent has another shift at that time")
        drafts = await store.replace_activities(conn, old.id, ordered)
        return await store.get_shift(conn, old.id), drafts

    shift, _seq = await ctx.write(work)
    return ShiftAnswer(shift=shift)


async def publish_week(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``schedule.publish``: every draft shift of the week starting ``week`` (a Monday)
    becomes published; each reaches its agent's desk."""
    assert isinstance(args, SchedulePublish)
    _supervisor(viewer, "publish schedules")
    try:
        monday = dt.date.fromisoformat(args.week)
    except ValueError:
        raise CommandRefusedError("invalid", f"{args.week} is not a date") from None
    if monday.weekday() != 0:
        raise CommandRefusedError("invalid", f"{args.week} is not a Monday")

    async def work(conn: AsyncConnection) -> tuple[int, list[Draft]]:
        drafts_of_week = sa.and_(shifts.c.week == args.week, shifts.c.published.is_(False))
        ids = [int(r.id) for r in await conn.execute(sa.select(shifts.c.id).where(drafts_of_week))]
        if not ids:
            return 0, []
        await conn.execute(sa.update(shifts).where(shifts.c.id.in_(ids)).values(published=True))
        drafts: list[Draft] = []
        for r in await conn.execute(sa.select(shifts).where(shifts.c.id.in_(ids))):
            drafts.extend(store.shift_events(store.shift_from_row(r)))
        return len(ids), drafts

    count, _seq = await ctx.write(work)
    return PublishAnswer(published=count)
