"""Swap expiry: with a fake clock (``expire_due`` with ``now``) on a real server's
database, and once end to end (a post whose notice runs out seconds later, seen expired
by both agents' desks)."""

from __future__ import annotations

import json
import time

import pytest

from server.app import start_context
from server.core.settings import Settings
from server.workforce.trades.expiry import expire_due, next_deadline
from tests.server.workforce.trades.support import (
    DAY,
    HOUR,
    SUPERVISOR,
    Desks,
    add_shift,
    connect,
    days,
    post,
    refused,
    set_team,
    swap_command,
    swap_state,
)
from tests.support import db
from tests.support.server_proc import ServerFactory, ServerProcess

pytestmark = pytest.mark.asyncio


def _expired_events(server: ServerProcess, swap_id: int) -> set[int | None]:
    """The agents whose own events say swap ``swap_id`` expired."""
    with connect(server) as conn:
        rows = conn.execute(
            "SELECT agent_id, payload FROM events WHERE kind = 'swap' AND entity_id = ?",
            (swap_id,),
        ).fetchall()
    return {agent for agent, payload in rows if json.loads(payload)["state"] == "expired"}


async def test_expire_due_with_a_fake_clock(server_factory: ServerFactory) -> None:
    server = server_factory()
    set_team(server)
    base = days()
    board = add_shift(server, 1, base + 9 * HOUR)
    later = add_shift(server, 1, base + 2 * DAY + 9 * HOUR)
    theirs = add_shift(server, 2, base + DAY + 9 * HOUR)
    spare = add_shift(server, 1, base + 3 * DAY + 9 * HOUR)
    edited = add_shift(server, 1, base + 5 * DAY + 9 * HOUR)
    async with Desks(server, 1, 2) as (a1, a2):
        on_board = await post(a1, board)
        swap = await post(a1, later, "swap", target_agent_id=2)
        await swap_command(a2, "swap.accept", swap_id=swap.id, accepter_shift_id=theirs)
        gone = await post(a1, spare)
        await swap_command(a1, "swap.cancel", swap_id=gone.id)
        moved = await post(a1, edited)
    server.stop()
    ctx = await start_context(Settings(**db.server_settings_kwargs(server)))
    try:
        first = base + 9 * HOUR - 24 * HOUR
        # The accepted swap falls due with the earlier shift, the one given in return.
        second = base + DAY + 9 * HOUR - 24 * HOUR
        assert await next_deadline(ctx) == first
        assert await expire_due(ctx, first - 1) == []
        assert await expire_due(ctx, first) == [on_board.id]
        assert await next_deadline(ctx) == second
        assert await expire_due(ctx, second - 1) == []
        assert await expire_due(ctx, second) == [swap.id]
        assert await next_deadline(ctx) == base + 4 * DAY + 9 * HOUR
        # A supervisor moved that shift two days earlier: it expires when it starts.
        with connect(server) as conn:
            conn.execute("UPDATE shifts SET start = ? WHERE id = ?", (base + 3 * DAY, edited))
        assert await expire_due(ctx, base + 3 * DAY - 1) == []
        assert await expire_due(ctx, base + 3 * DAY) == [moved.id]
        assert await next_deadline(ctx) is None
        assert await expire_due(ctx, base + 10 * DAY) == []  # the cancelled one stays so
    finally:
        await ctx.engine.dispose()
    assert swap_state(server, on_board.id) == "expired"
    assert swap_state(server, swap.id) == "expired"
    assert swap_state(server, gone.id) == "cancelled"
    assert {1, 2} <= _expired_events(server, swap.id)
    with connect(server) as conn:
        history = json.loads(
            conn.execute("SELECT history FROM swaps WHERE id = ?", (swap.id,)).fetchone()[0]
        )
    assert [(h["state"], h["by"]) for h in history] == [
        ("posted", 1),
        ("matched", 2),
        ("pending_review", None),
        ("expired", None),
    ]


async def test_a_post_expires_on_its_own_and_both_agents_see_it(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    set_team(server)
    # 24 h of notice plus a few seconds: postable now, due moments later.
    shift = add_shift(server, 1, time.time() + 24 * HOUR + 4)
    with connect(server) as conn:  # the demo schedule's shifts of agent02 would clash
        conn.execute("DELETE FROM shifts WHERE agent_id = 2")
    async with Desks(server, 1, 2) as (a1, a2):
        offered = await post(a1, shift, target_agent_id=2)
        seen = await a2.entity("swap", offered.id, state="expired")
        await a1.entity("swap", offered.id, state="expired")
        assert [(h.state, h.by) for h in seen.history] == [  # type: ignore[attr-defined]
            ("posted", 1),
            ("expired", None),
        ]
        late = await refused(a2, "swap.accept", "conflict", swap_id=offered.id)
        assert "expired" in late.message


async def test_a_removed_shift_voids_its_open_trade_and_a_finished_one_does_not_block(
    server_factory: ServerFactory,
) -> None:
    """A supervisor removes a shift that is on the board, and one whose trade is over: the
    removals go through (the swaps keep their copies of the shifts), the open trade
    expires at the next check, the finished one stays as it was."""
    server = server_factory()
    set_team(server)
    base = days()
    posted = add_shift(server, 1, base + 2 * DAY + 9 * HOUR)
    done = add_shift(server, 1, base + 3 * DAY + 9 * HOUR)
    async with Desks(server, 1, SUPERVISOR) as (a1, boss):
        on_board = await post(a1, posted)
        cancelled = await post(a1, done)
        await swap_command(a1, "swap.cancel", swap_id=cancelled.id)
        for shift_id in (posted, done):
            answer = await boss.command("shift.edit", shift_id=shift_id, remove=True)
            assert answer.ok, answer.message
    server.stop()
    with connect(server) as conn:
        assert conn.execute(
            "SELECT count(*) FROM shifts WHERE id IN (?, ?)", (posted, done)
        ).fetchone() == (0,)
    ctx = await start_context(Settings(**db.server_settings_kwargs(server)))
    try:
        assert await expire_due(ctx, time.time()) == [on_board.id]
    finally:
        await ctx.engine.dispose()
    assert swap_state(server, on_board.id) == "expired"
    assert swap_state(server, cancelled.id) == "cancelled"
