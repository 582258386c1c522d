"""``swap.check``, ``swap.post`` and ``swap.accept``: offering a shift and taking one.

Each runs its reads, rules and writes in one write transaction (``ctx.write``), so the
rules judge the schedule the change applies to, and concurrent accepts of one post are
decided one after the other: the first wins, the others find it no longer posted. A
refusal by the rules writes nothing and answers ``accepted`` false with the violations.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.command_base import CommandAnswer, CommandArgs
from protocol.kinds.workforce import ShiftData, SwapData, SwapStep, SwapType, Violation
from protocol.workforce import SwapAccept, SwapAnswer, SwapCheck, SwapPost, SwapVerdict
from server.core import tables as house
from server.core.commands import CommandRefusedError
from server.core.context import ServerContext
from server.core.eventlog import Draft, new_id
from server.core.visibility import Viewer
from server.workforce.schedules.store import get_shift
from server.workforce.trades import expiry, facts, rules
from server.workforce.trades import tables as t
from server.workforce.trades.entities import (
    dump_history,
    dump_violations,
    swap_events,
    swap_from_row,
)
from server.workforce.trades.store import approve, load, move, open_swap_of, own_shift


def _verdict(violations: list[Violation], auto_approve: bool) -> SwapVerdict:
    hard = rules.hard(violations)
    review = bool(rules.soft(violations)) or not auto_approve
    return SwapVerdict(ok=not hard, review=review, violations=violations)


async def _post_rules(
    conn: AsyncConnection, me: int, shift_id: int, target_id: int | None, now: float
) -> tuple[ShiftData, list[Violation], rules.Facts]:
    shift = await own_shift(conn, shift_id, me)
    centre = await facts.centre(conn, now)
    target = None
    if target_id is not None:
        agent = await conn.execute(
            sa.select(house.agents.c.id).where(house.agents.c.id == target_id)
        )
        if agent.first() is None:
            raise CommandRefusedError("not_found", f"there is no agent {target_id}")
        target = await facts.receiver(conn, target_id, [shift])
    return shift, rules.post_rules(shift, me, centre, target), centre


@dataclass(frozen=True)
class _Match:
    swap: SwapData
    shift: ShiftData
    accepter_shift: ShiftData | None
    violations: list[Violation]
    centre: rules.Facts


async def _match(
    conn: AsyncConnection, me: int, swap_id: int, accepter_shift_id: int | None, now: float
) -> _Match:
    """Who accepts what, and every rule the match breaks (command errors for the rest)."""
    swap = await load(conn, swap_id)
    if swap.target_agent_id not in (None, me) and swap.initiator_id != me:
        raise CommandRefusedError("forbidden", f"swap {swap_id} is offered to a colleague")
    if swap.state != "posted":
        raise CommandRefusedError(
            "conflict", f"swap {swap_id} is {swap.state.replace('_', ' ')}, no longer posted"
        )
    shift = await get_shift(conn, swap.shift.shift_id)
    if shift is None or shift.agent_id != swap.initiator_id:
        raise CommandRefusedError("conflict", f"the shift of swap {swap_id} has changed hands")
    accepter_shift = None
    if swap.type == "swap":
        if accepter_shift_id is None:
            raise CommandRefusedError("bad_args", "a swap needs accepter_shift_id, yours in return")
        accepter_shift = await own_shift(conn, accepter_shift_id, me)
        busy = await open_swap_of(conn, accepter_shift.id)
        if busy is not None:
            raise CommandRefusedError(
                "conflict", f"shift {accepter_shift.id} is already being traded (swap {busy})"
            )
    elif accepter_shift_id is not None:
        raise CommandRefusedError("bad_args", "a giveaway takes no shift in return")
    centre = await facts.centre(conn, now)
    around = [shift] if accepter_shift is None else [shift, accepter_shift]
    initiator = await facts.receiver(conn, swap.initiator_id, around)
    accepter = await facts.receiver(conn, me, around)
    violations = rules.trade_rules(shift, initiator, accepter, centre, accepter_shift)
    return _Match(swap, shift, accepter_shift, violations, centre)


async def check(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``swap.check``: the rules a post (``shift_id``) or an accept (``swap_id``) would
    break; changes nothing."""
    assert isinstance(args, SwapCheck)
    now = time.time()
    async with ctx.engine.connect() as conn:
        if args.swap_id is not None:
            match = await _match(conn, viewer.agent_id, args.swap_id, args.accepter_shift_id, now)
            return _verdict(match.violations, match.centre.policy.auto_approve)
        if args.shift_id is None:
            raise CommandRefusedError("bad_args", "name a shift_id (to post) or a swap_id")
        _shift, violations, centre = await _post_rules(
            conn, viewer.agent_id, args.shift_id, args.target_agent_id, now
        )
        return _verdict(violations, centre.policy.auto_approve)


async def post(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``swap.post``: offer one of the sender's shifts to the board or to one colleague."""
    assert isinstance(args, SwapPost)
    me = viewer.agent_id

    async def work(conn: AsyncConnection) -> tuple[SwapAnswer, list[Draft]]:
        now = time.time()
        shift, violations, centre = await _post_rules(
            conn, me, args.shift_id, args.target_agent_id, now
        )
        if rules.hard(violations):
            return SwapAnswer(accepted=False, violations=violations), []
        busy = await open_swap_of(conn, shift.id)
        if busy is not None:
            raise CommandRefusedError(
                "conflict", f"shift {shift.id} is already being traded (swap {busy})"
            )
        swap = await _insert(
            conn,
            shift,
            kind=args.type,
            me=me,
            target_id=args.target_agent_id,
            note=args.note,
            now=now,
            notice_hours=centre.policy.notice_hours,
            violations=rules.soft(violations),
        )
        return SwapAnswer(accepted=True, swap=swap, violations=violations), swap_events(swap)

    answer, _seq = await ctx.write(work)
    expiry.poke(ctx)
    return answer


async def _insert(
    conn: AsyncConnection,
    shift: ShiftData,
    *,
    kind: SwapType,
    me: int,
    target_id: int | None,
    note: str,
    now: float,
    notice_hours: float,
    violations: list[Violation],
) -> SwapData:
    history = [SwapStep(state="posted", at=now, by=me)]
    result = await conn.execute(
        sa.insert(t.swaps).values(
            type=kind,
            initiator_id=me,
            shift_id=shift.id,
            shift=facts.summary(shift).model_dump_json(),
            target_agent_id=target_id,
            state="posted",
            note=note,
            violations=dump_violations(violations),
            history=dump_history(history),
            created_at=now,
            updated_at=now,
            expires_at=shift.start - notice_hours * rules.HOUR,
            starts_at=shift.start,
        )
    )
    swap_id = new_id(result)
    if target_id is None and shift.queue_ids:
        await conn.execute(
            sa.insert(t.swap_queues),
            [{"swap_id": swap_id, "queue_id": q} for q in sorted(set(shift.queue_ids))],
        )
    row = (await conn.execute(sa.select(t.swaps).where(t.swaps.c.id == swap_id))).one()
    return swap_from_row(row)


async def accept(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``swap.accept``: a colleague takes the post. Hard rules refuse; otherwise the swap
    is ``matched`` and, in the same transaction, approved (the centre auto-approves and
    no soft rule is broken: the shifts move now) or waits in ``pending_review``."""
    assert isinstance(args, SwapAccept)
    me = viewer.agent_id

    async def work(conn: AsyncConnection) -> tuple[SwapAnswer, list[Draft]]:
        now = time.time()
        match = await _match(conn, me, args.swap_id, args.accepter_shift_id, now)
        if rules.hard(match.violations):
            return SwapAnswer(accepted=False, violations=match.violations), []
        notice = match.centre.policy.notice_hours * rules.HOUR
        other = match.accepter_shift
        values: dict[str, object] = {
            "accepter_id": me,
            "violations": dump_violations(rules.soft(match.violations)),
        }
        if other is not None:
            values["accepter_shift_id"] = other.id
            values["accepter_shift"] = facts.summary(other).model_dump_json()
            values["expires_at"] = min(match.swap.expires_at, other.start - notice)
            values["starts_at"] = min(match.shift.start, other.start)
        swap, drafts = await move(conn, match.swap, "matched", now, me, **values)
        if match.centre.policy.auto_approve and not rules.soft(match.violations):
            swap, more = await approve(conn, swap, now, None)
        else:
            swap, more = await move(conn, swap, "pending_review", now, None)
        answer = SwapAnswer(accepted=True, swap=swap, violations=match.violations)
        return answer, drafts + more

    answer, _seq = await ctx.write(work)
    expiry.poke(ctx)
    return answer
