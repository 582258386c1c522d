"""``swap.cancel``, ``swap.decline`` and ``swap.review``: ending a trade or deciding it.

A supervisor's approval re-checks the hard rules against the schedule as it is now (a
colleague may have picked up another shift since the match) and refuses with the
violations if one is broken; otherwise both shifts move and the state becomes
``approved`` in one transaction (:func:`server.workforce.trades.store.approve`).
"""

from __future__ import annotations

import time

from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.command_base import CommandAnswer, CommandArgs
from protocol.kinds.workforce import OPEN_SWAP_STATES, SwapData, Violation
from protocol.workforce import SwapAnswer, SwapRef, SwapReview
from server.core.commands import CommandRefusedError
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.visibility import Viewer
from server.workforce.schedules.store import get_shift
from server.workforce.trades import expiry, facts, rules
from server.workforce.trades.store import approve, load, move


def _state(swap: SwapData) -> str:
    return swap.state.replace("_", " ")


async def cancel(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``swap.cancel``: the initiator withdraws the trade, any time before approval."""
    assert isinstance(args, SwapRef)

    async def work(conn: AsyncConnection) -> tuple[SwapAnswer, list[Draft]]:
        swap = await load(conn, args.swap_id)
        if swap.initiator_id != viewer.agent_id:
            raise CommandRefusedError(
                "forbidden", f"only the agent who posted swap {swap.id} can cancel it"
            )
        if swap.state not in OPEN_SWAP_STATES:
            raise CommandRefusedError(
                "conflict", f"swap {swap.id} is {_state(swap)}: it can no longer be cancelled"
            )
        swap, drafts = await move(conn, swap, "cancelled", time.time(), viewer.agent_id)
        return SwapAnswer(accepted=True, swap=swap), drafts

    answer, _seq = await ctx.write(work)
    expiry.poke(ctx)
    return answer


async def decline(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``swap.decline``: the colleague it was offered to says no, while it is posted."""
    assert isinstance(args, SwapRef)

    async def work(conn: AsyncConnection) -> tuple[SwapAnswer, list[Draft]]:
        swap = await load(conn, args.swap_id)
        if swap.target_agent_id != viewer.agent_id:
            raise CommandRefusedError(
                "forbidden", f"swap {swap.id} was not offered to you: only its target declines"
            )
        if swap.state != "posted":
            raise CommandRefusedError(
                "conflict", f"swap {swap.id} is {_state(swap)}: only a posted swap is declined"
            )
        swap, drafts = await move(conn, swap, "cancelled", time.time(), viewer.agent_id)
        return SwapAnswer(accepted=True, swap=swap), drafts

    answer, _seq = await ctx.write(work)
    expiry.poke(ctx)
    return answer


async def review(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """``swap.review``: a supervisor approves (hard rules re-checked now) or denies."""
    assert isinstance(args, SwapReview)
    if not viewer.supervisor:
        raise CommandRefusedError("forbidden", "only a supervisor reviews swaps")
    me = viewer.agent_id

    async def work(conn: AsyncConnection) -> tuple[SwapAnswer, list[Draft]]:
        now = time.time()
        swap = await load(conn, args.swap_id)
        if swap.state != "pending_review":
            raise CommandRefusedError(
                "conflict", f"swap {swap.id} is {_state(swap)}, not waiting for review"
            )
        if not args.approve:
            values = {"reviewer_id": me, "review_comment": args.comment}
            swap, drafts = await move(conn, swap, "denied", now, me, **values)
            return SwapAnswer(accepted=True, swap=swap), drafts
        broken = await _hard_now(conn, swap, now)
        if broken:
            return SwapAnswer(accepted=False, swap=swap, violations=broken), []
        swap, drafts = await approve(conn, swap, now, me, args.comment)
        return SwapAnswer(accepted=True, swap=swap), drafts

    answer, _seq = await ctx.write(work)
    expiry.poke(ctx)
    return answer


async def _hard_now(conn: AsyncConnection, swap: SwapData, now: float) -> list[Violation]:
    """The hard rules the trade breaks against today's schedule (command ``conflict`` if a
    shift is gone or changed hands since the match)."""
    assert swap.accepter_id is not None
    shift = await get_shift(conn, swap.shift.shift_id)
    if shift is None or shift.agent_id != swap.initiator_id:
        raise CommandRefusedError("conflict", f"the shift of swap {swap.id} has changed hands")
    other = None
    if swap.accepter_shift is not None:
        other = await get_shift(conn, swap.accepter_shift.shift_id)
        if other is None or other.agent_id != swap.accepter_id:
            raise CommandRefusedError(
                "conflict", f"the shift given in return in swap {swap.id} has changed hands"
            )
    centre = await facts.centre(conn, now)
    around = [shift] if other is None else [shift, other]
    initiator = await facts.receiver(conn, swap.initiator_id, around)
    accepter = await facts.receiver(conn, swap.accepter_id, around)
    return rules.hard(rules.trade_rules(shift, initiator, accepter, centre, other))
