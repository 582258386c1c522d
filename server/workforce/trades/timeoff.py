"""``timeoff.request``, ``timeoff.cancel`` and ``timeoff.review``.

A request is refused at once (``accepted`` false) when it starts in the past (code
``started``) or overlaps the agent's own requested or approved time off
(``time_off_overlap``); a malformed span (ending before it starts, longer than 31 days)
is a ``bad_args`` command error. It is stored with *soft* warnings for the reviewer: short
notice (``notice``, soft here) and meetings or training scheduled inside it
(``overlap``, soft, with the activity). Approval turns the covered part of each of the
agent's shifts into ``time_off`` activities, split at the request's edges.
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.command_base import CommandAnswer, CommandArgs
from protocol.kinds.workforce import (
    MAX_TIME_OFF_SECONDS,
    MIN_ACTIVITY_SECONDS,
    Activity,
    TimeOffData,
    Violation,
)
from protocol.workforce import TimeOffAnswer, TimeOffRef, TimeOffRequest, TimeOffReview
from server.core.commands import CommandRefusedError
from server.core.context import ServerContext
from server.core.eventlog import Draft, new_id
from server.core.visibility import Viewer
from server.workforce.schedules.store import get_policy, replace_activities, shifts_of
from server.workforce.trades import rules
from server.workforce.trades import tables as t
from server.workforce.trades.entities import dump_violations, time_off_events, time_off_from_row
from server.workforce.trades.store import open_swap_of

PAST_SLACK = 300.0
"""A request may start this much before now (the minutes spent filling in the form)."""
WARN_ACTIVITIES = ("meeting", "training")


async def _load(conn: AsyncConnection, time_off_id: int) -> TimeOffData:
    row = (await conn.execute(sa.select(t.time_off).where(t.time_off.c.id == time_off_id))).first()
    if row is None:
        raise CommandRefusedError("not_found", f"there is no time-off request {time_off_id}")
    return time_off_from_row(row)


async def _put(
    conn: AsyncConnection, request_id: int, **values: object
) -> tuple[TimeOffData, list[Draft]]:
    await conn.execute(sa.update(t.time_off).where(t.time_off.c.id == request_id).values(**values))
    request = await _load(conn, request_id)
    return request, time_off_events(request)


async def _problems(
    conn: AsyncConnection, me: int, start: float, end: float, now: float
) -> list[Violation]:
    out: list[Violation] = []
    if start < now - PAST_SLACK:
        out.append(rules.violation("started", me, None, start=start))
    o = t.time_off
    clash = await conn.execute(
        sa.select(o.c.id, o.c.start, o.c.end).where(
            o.c.agent_id == me,
            o.c.state.in_(("requested", "approved")),
            o.c.start < end,
            o.c.end > start,
        )
    )
    for row in clash:
        out.append(
            rules.violation(
                "time_off_overlap", me, None, time_off_id=row.id, start=row.start, end=row.end
            )
        )
    if rules.hard(out):
        return out
    policy = await get_policy(conn)
    left = start - now
    if left < policy.notice_hours * rules.HOUR:
        hours = {
            "hours_left": round(max(left, 0.0) / rules.HOUR, 2),
            "notice_hours": policy.notice_hours,
        }
        out.append(Violation(code="notice", severity="soft", agent_id=me, params=hours))
    for shift in await shifts_of(conn, me, start, end, published_only=False):
        for activity in shift.activities:
            if activity.type in WARN_ACTIVITIES and activity.start < end and start < activity.end:
                what: dict[str, str | int | float] = {
                    "activity": activity.type,
                    "start": activity.start,
                    "end": activity.end,
                }
                out.append(
                    Violation(
                        code="overlap",
                        severity="soft",
                        agent_id=me,
                        shift_id=shift.id,
                        params=what,
                    )
                )
    return out


async def request(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``timeoff.request``: the agent asks; stored as ``requested`` with warnings."""
    assert isinstance(args, TimeOffRequest)
    if args.end <= args.start:
        raise CommandRefusedError("bad_args", "time off must end after it starts")
    if args.end - args.start > MAX_TIME_OFF_SECONDS:
        raise CommandRefusedError("bad_args", "one request covers at most 31 days")
    me = viewer.agent_id

    async def work(conn: AsyncConnection) -> tuple[TimeOffAnswer, list[Draft]]:
        now = time.time()
        problems = await _problems(conn, me, args.start, args.end, now)
        if rules.hard(problems):
            return TimeOffAnswer(accepted=False, violations=problems), []
        result = await conn.execute(
            sa.insert(t.time_off).values(
                agent_id=me,
                type=args.type,
                start=args.start,
                end=args.end,
                state="requested",
                note=args.note,
                violations=dump_violations(problems),
                created_at=now,
                updated_at=now,
            )
        )
        made = await _load(conn, new_id(result))
        return TimeOffAnswer(accepted=True, time_off=made, violations=problems), time_off_events(
            made
        )

    answer, _seq = await ctx.write(work)
    return answer


async def cancel(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``timeoff.cancel``: the agent withdraws a request not yet decided."""
    assert isinstance(args, TimeOffRef)

    async def work(conn: AsyncConnection) -> tuple[TimeOffAnswer, list[Draft]]:
        found = await _load(conn, args.time_off_id)
        if found.agent_id != viewer.agent_id:
            raise CommandRefusedError(
                "not_found", f"time-off request {args.time_off_id} is not one of yours"
            )
        if found.state != "requested":
            raise CommandRefusedError(
                "conflict",
                f"time-off request {found.id} is {found.state}: only a request "
                "not yet decided can be cancelled",
            )
        done, drafts = await _put(conn, found.id, state="cancelled", updated_at=time.time())
        return TimeOffAnswer(accepted=True, time_off=done), drafts

    answer, _seq = await ctx.write(work)
    return answer


async def review(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``timeoff.review``: a supervisor approves (the covered shifts' activities become
    ``time_off``, in the same transaction) or denies."""
    assert isinstance(args, TimeOffReview)
    if not viewer.supervisor:
        raise CommandRefusedError("forbidden", "only a supervisor reviews time off")

    async def work(conn: AsyncConnection) -> tuple[TimeOffAnswer, list[Draft]]:
        now = time.time()
        found = await _load(conn, args.time_off_id)
        if found.state != "requested":
            raise CommandRefusedError(
                "conflict", f"time-off request {found.id} is {found.state}, not waiting for review"
            )
        drafts: list[Draft] = []
        state = "denied"
        if args.approve:
            state = "approved"
            shifts = await shifts_of(
                conn, found.agent_id, found.start, found.end, published_only=False
            )
            for shift in shifts:
                covered = cover(list(shift.activities), found.start, found.end)
                if covered == list(shift.activities):
                    continue
                busy = await open_swap_of(conn, shift.id)
                if busy is not None:
                    raise CommandRefusedError(
                        "conflict",
                        f"shift {shift.id} is being traded (swap {busy}): decide the swap first",
                    )
                drafts += await replace_activities(conn, shift.id, covered)
        values = {
            "state": state,
            "reviewer_id": viewer.agent_id,
            "review_comment": args.comment,
            "updated_at": now,
        }
        done, more = await _put(conn, found.id, **values)
        return TimeOffAnswer(accepted=True, time_off=done), drafts + more

    answer, _seq = await ctx.write(work)
    return answer


Span = tuple[float, float, str]


def cover(activities: list[Activity], start: float, end: float) -> list[Activity]:
    """``activities`` with ``[start, end)`` turned into ``time_off``: activities crossing an
    edge are split there; a piece under a minute joins its neighbour (activities last at
    least a minute); neighbouring time off is one activity."""
    spans: list[Span] = []
    for a in sorted(activities, key=lambda x: x.start):
        for lo, hi, kind in (
            (a.start, min(a.end, start), str(a.type)),
            (max(a.start, start), min(a.end, end), "time_off"),
            (max(a.start, end), a.end, str(a.type)),
        ):
            if hi > lo:
                spans.append((lo, hi, kind))
    merged = _merge(spans)
    while len(merged) > 1:
        short = next((i for i, s in enumerate(merged) if s[1] - s[0] < MIN_ACTIVITY_SECONDS), None)
        if short is None:
            break
        into = short - 1 if short > 0 else short + 1
        lo, hi = min(merged[short][0], merged[into][0]), max(merged[short][1], merged[into][1])
        merged[into] = (lo, hi, merged[into][2])
        del merged[short]
        merged = _merge(merged)
    return [Activity.model_validate({"type": k, "start": lo, "end": hi}) for lo, hi, k in merged]


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if out and out[-1][2] == "time_off" == span[2] and out[-1][1] == span[0]:
            out[-1] = (out[-1][0], span[1], "time_off")
        else:
            out.append(span)
    return out
