"""Swaps against a real server: post to the board or to one colleague, accept, review
(approve, deny), cancel, decline, auto-approval, who sees what, concurrent accepts from
several desks, and hostile values that must change nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from protocol.kinds.workforce import SwapData
from protocol.workforce import SwapAnswer
from tests.server.workforce.trades.support import (
    DAY,
    HOUR,
    SUPERVISOR,
    Desks,
    add_shift,
    check,
    codes,
    count_rows,
    days,
    post,
    refused,
    set_policy,
    set_team,
    shift_owner,
    swap_command,
    swap_state,
)
from tests.support.client import Mirror, hello, open_ws, recv
from tests.support.server_proc import ServerProcess, make_factory

pytestmark = pytest.mark.asyncio


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("swaps"))
    running = factory()
    set_team(running)
    yield running
    for each in started:
        each.stop()


def steps(swap: SwapData) -> list[tuple[str, int | None]]:
    return [(step.state, step.by) for step in swap.history]


async def test_board_giveaway_is_seen_by_the_queue_accepted_and_approved(
    server: ServerProcess,
) -> None:
    base = days()
    shift = add_shift(server, 1, base + 9 * HOUR)
    async with Desks(server, 1, 2, 3, 5, SUPERVISOR) as (a1, a2, a3, a5, sup):
        posted = await post(a1, shift, note="Dentist\u0007 appointment")
        assert posted.state == "posted"
        assert posted.note == "Dentist appointment"
        assert posted.expires_at == pytest.approx(base + 9 * HOUR - 24 * HOUR)
        await a2.entity("swap", posted.id, state="posted")
        await sup.entity("swap", posted.id, state="posted")
        answer = await swap_command(a2, "swap.accept", swap_id=posted.id)
        assert answer.accepted
        assert answer.swap is not None
        pending = answer.swap
        assert pending.state == "pending_review"
        assert pending.accepter_id == 2
        assert steps(pending) == [("posted", 1), ("matched", 2), ("pending_review", None)]
        # A queue member who was not part of it learns the post left the board.
        await a3.entity("swap", posted.id, state="matched")
        await a1.entity("swap", posted.id, state="pending_review")
        assert shift_owner(server, shift) == 1  # nothing moves before approval
        review = await swap_command(
            sup, "swap.review", swap_id=posted.id, approve=True, comment="Fine"
        )
        assert review.accepted
        assert review.swap is not None
        assert review.swap.state == "approved"
        assert review.swap.reviewer_id == SUPERVISOR
        assert review.swap.review_comment == "Fine"
        assert steps(review.swap)[-1] == ("approved", SUPERVISOR)
        assert shift_owner(server, shift) == 2
        await a1.entity("swap", posted.id, state="approved")
        await a2.entity("swap", posted.id, state="approved")
        # The shift moved desks too: gone from agent01's, on agent02's.
        await a2.entity("shift", shift, agent_id=2)
        # agent05 is not in the shift's queue: never saw the post.
        await a5.command("swap.check", shift_id=999_999)  # a round trip to drain frames
        assert ("swap", posted.id) not in a5.mirror.entities


async def test_direct_swap_checked_both_ways_then_denied(server: ServerProcess) -> None:
    base = days()
    mine = add_shift(server, 1, base + 9 * HOUR)
    theirs = add_shift(server, 2, base + DAY + 9 * HOUR)
    async with Desks(server, 1, 2, 3, SUPERVISOR) as (a1, a2, a3, sup):
        posted = await post(a1, mine, "swap", target_agent_id=2)
        assert posted.target_agent_id == 2
        await a2.entity("swap", posted.id, state="posted")
        verdict = await check(a2, swap_id=posted.id, accepter_shift_id=theirs)
        assert verdict.ok
        assert verdict.review
        assert verdict.violations == []
        # A colleague the swap was not offered to may not take it.
        await refused(a3, "swap.accept", "forbidden", swap_id=posted.id)
        # A swap needs a shift in return, and it must be the accepter's own.
        await refused(a2, "swap.accept", "bad_args", swap_id=posted.id)
        await refused(a2, "swap.accept", "not_found", swap_id=posted.id, accepter_shift_id=mine)
        answer = await swap_command(a2, "swap.accept", swap_id=posted.id, accepter_shift_id=theirs)
        assert answer.accepted
        assert answer.swap is not None
        assert answer.swap.accepter_shift is not None
        assert answer.swap.accepter_shift.shift_id == theirs
        assert answer.swap.state == "pending_review"
        denied = await swap_command(
            sup, "swap.review", swap_id=posted.id, approve=False, comment="Short staffed"
        )
        assert denied.swap is not None
        assert denied.swap.state == "denied"
        assert steps(denied.swap)[-1] == ("denied", SUPERVISOR)
        await a1.entity("swap", posted.id, state="denied", review_comment="Short staffed")
        assert (shift_owner(server, mine), shift_owner(server, theirs)) == (1, 2)
        result = await refused(sup, "swap.review", "conflict", swap_id=posted.id, approve=True)
        assert "denied" in result.message


async def test_approved_swap_moves_both_shifts(server: ServerProcess) -> None:
    base = days()
    mine = add_shift(server, 1, base + 9 * HOUR)
    theirs = add_shift(server, 2, base + DAY + 9 * HOUR)
    async with Desks(server, 1, 2, SUPERVISOR) as (a1, a2, sup):
        posted = await post(a1, mine, "swap")
        await swap_command(a2, "swap.accept", swap_id=posted.id, accepter_shift_id=theirs)
        done = await swap_command(sup, "swap.review", swap_id=posted.id, approve=True)
        assert done.accepted
        assert done.swap is not None
        assert done.swap.state == "approved"
        assert (shift_owner(server, mine), shift_owner(server, theirs)) == (2, 1)
        await a1.entity("shift", theirs, agent_id=1)


async def test_decline_and_cancel(server: ServerProcess) -> None:
    base = days()
    first = add_shift(server, 1, base + 9 * HOUR)
    second = add_shift(server, 1, base + DAY + 9 * HOUR)
    async with Desks(server, 1, 2, 3) as (a1, a2, a3):
        offered = await post(a1, first, target_agent_id=2)
        await refused(a3, "swap.decline", "forbidden", swap_id=offered.id)
        await refused(a1, "swap.decline", "forbidden", swap_id=offered.id)
        declined = await swap_command(a2, "swap.decline", swap_id=offered.id)
        assert declined.swap is not None
        assert declined.swap.state == "cancelled"
        assert steps(declined.swap) == [("posted", 1), ("cancelled", 2)]
        await a1.entity("swap", offered.id, state="cancelled")
        again = await refused(a2, "swap.decline", "conflict", swap_id=offered.id)
        assert "cancelled" in again.message
        # The shift is free to post again once the first offer is over.
        posted = await post(a1, first)
        await refused(a1, "swap.post", "conflict", shift_id=first, type="giveaway")
        await refused(a2, "swap.cancel", "forbidden", swap_id=posted.id)
        cancelled = await swap_command(a1, "swap.cancel", swap_id=posted.id)
        assert cancelled.swap is not None
        assert cancelled.swap.state == "cancelled"
        assert steps(cancelled.swap) == [("posted", 1), ("cancelled", 1)]
        await refused(a1, "swap.cancel", "conflict", swap_id=posted.id)
        await refused(a2, "swap.accept", "conflict", swap_id=posted.id)
        # Cancelled while waiting for review: the initiator may, any time before approval.
        pending = await post(a1, second)
        await swap_command(a2, "swap.accept", swap_id=pending.id)
        withdrawn = await swap_command(a1, "swap.cancel", swap_id=pending.id)
        assert withdrawn.swap is not None
        assert withdrawn.swap.state == "cancelled"
        await a2.entity("swap", pending.id, state="cancelled")
        assert shift_owner(server, second) == 1


async def test_auto_approve_moves_at_once_unless_a_soft_rule_is_broken(
    server: ServerProcess,
) -> None:
    base = days()
    give = add_shift(server, 1, base + 9 * HOUR)
    mine = add_shift(server, 1, base + DAY + 9 * HOUR)
    short = add_shift(server, 2, base + 2 * DAY + 9 * HOUR, hours=6)
    set_policy(server, auto_approve=True)
    try:
        async with Desks(server, 1, 2) as (a1, a2):
            posted = await post(a1, give)
            verdict = await check(a2, swap_id=posted.id)
            assert verdict.ok
            assert not verdict.review
            answer = await swap_command(a2, "swap.accept", swap_id=posted.id)
            assert answer.swap is not None
            assert answer.swap.state == "approved"
            assert steps(answer.swap) == [("posted", 1), ("matched", 2), ("approved", None)]
            assert shift_owner(server, give) == 2
            await a1.entity("swap", posted.id, state="approved")
            # 8 h for 6 h: paid lengths differ (soft), so a supervisor decides.
            swap = await post(a1, mine, "swap")
            answer = await swap_command(a2, "swap.accept", swap_id=swap.id, accepter_shift_id=short)
            assert answer.swap is not None
            assert answer.swap.state == "pending_review"
            assert codes(answer.swap.violations) == ["paid_length"]
            assert answer.swap.violations[0].params["paid_minutes"] == 480.0
            assert answer.swap.violations[0].params["other_paid_minutes"] == 360.0
            assert (shift_owner(server, mine), shift_owner(server, short)) == (1, 2)
    finally:
        set_policy(server)


async def test_concurrent_accepts_one_wins(server: ServerProcess) -> None:
    base = days()
    shift = add_shift(server, 1, base + 9 * HOUR)
    async with Desks(server, 1, 2, 3, 6, 7, 8) as (a1, *others):
        posted = await post(a1, shift)
        for desk in others:
            await desk.entity("swap", posted.id, state="posted")
        results = await asyncio.gather(
            *(desk.command("swap.accept", swap_id=posted.id) for desk in others)
        )
        winners = [r for r in results if r.ok]
        losers = [r for r in results if not r.ok]
        assert len(winners) == 1
        assert len(losers) == len(others) - 1
        won = SwapAnswer.model_validate(winners[0].answer)
        assert won.accepted
        assert won.swap is not None
        for lost in losers:
            assert lost.code == "conflict"
            assert "no longer posted" in lost.message
        assert swap_state(server, posted.id) == "pending_review"
        accepter = won.swap.accepter_id
        assert steps(won.swap) == [("posted", 1), ("matched", accepter), ("pending_review", None)]


async def test_review_is_for_supervisors_and_rechecks_hard_rules(server: ServerProcess) -> None:
    base = days()
    shift = add_shift(server, 1, base + 9 * HOUR)
    async with Desks(server, 1, 2, SUPERVISOR) as (a1, a2, sup):
        posted = await post(a1, shift)
        await refused(sup, "swap.review", "conflict", swap_id=posted.id, approve=True)
        await swap_command(a2, "swap.accept", swap_id=posted.id)
        result = await refused(a2, "swap.review", "forbidden", swap_id=posted.id, approve=True)
        assert "supervisor" in result.message
        await refused(sup, "swap.review", "not_found", swap_id=987_654, approve=True)
        await refused(
            sup, "swap.review", "bad_args", swap_id=posted.id, approve=False, comment="x" * 1001
        )
        assert swap_state(server, posted.id) == "pending_review"
        # Meanwhile agent02 got another shift at the same time: approval is refused.
        clash = add_shift(server, 2, base + 10 * HOUR)
        answer = await swap_command(sup, "swap.review", swap_id=posted.id, approve=True)
        assert not answer.accepted
        assert codes(answer.violations) == ["overlap"]
        assert answer.violations[0].params["clash_shift_id"] == clash
        assert swap_state(server, posted.id) == "pending_review"
        assert shift_owner(server, shift) == 1


async def test_hostile_values_change_nothing(server: ServerProcess) -> None:
    base = days()
    mine = add_shift(server, 1, base + 9 * HOUR)
    theirs = add_shift(server, 2, base + DAY + 9 * HOUR)
    before = count_rows(server, "swaps")
    async with Desks(server, 1, 2) as (a1, a2):
        too_long = "x" * 1001
        await refused(a1, "swap.post", "bad_args", shift_id=mine, type="giveaway", note=too_long)
        await refused(a1, "swap.post", "bad_args", shift_id=0, type="giveaway")
        await refused(a1, "swap.post", "bad_args", shift_id=2**70, type="giveaway")
        await refused(a1, "swap.post", "bad_args", shift_id=mine, type="steal")
        # Somebody else's shift is as unknown as a missing one.
        await refused(a1, "swap.post", "not_found", shift_id=theirs, type="giveaway")
        await refused(
            a1, "swap.post", "not_found", shift_id=mine, type="giveaway", target_agent_id=9999
        )
        await refused(a1, "swap.check", "not_found", shift_id=theirs)
        await refused(a1, "swap.check", "bad_args")
        await refused(a1, "swap.accept", "not_found", swap_id=424_242)
        await refused(a1, "swap.cancel", "not_found", swap_id=424_242)
        posted = await post(a1, mine)
        await refused(a2, "swap.accept", "bad_args", swap_id=posted.id, accepter_shift_id=mine)
        # Accepting one's own post is the same_agent rule.
        own = await swap_command(a1, "swap.accept", swap_id=posted.id)
        assert not own.accepted
        assert codes(own.violations) == ["same_agent"]
        await swap_command(a1, "swap.cancel", swap_id=posted.id)
    assert count_rows(server, "swaps") == before + 1
    assert (shift_owner(server, mine), shift_owner(server, theirs)) == (1, 2)


async def _snapshot_ids(server: ServerProcess, token: str, client_id: str, kind: str) -> set[int]:
    """The ids of ``kind`` in a fresh snapshot (an unknown epoch forces one)."""
    ws = await open_ws(server.ws_url)
    try:
        await hello(ws, token, client_id=client_id, epoch="other")
        mirror = Mirror()
        while not (mirror.seq and not mirror.in_snapshot and mirror.resets):
            mirror.apply(await recv(ws))
        return mirror.ids(kind)
    finally:
        await ws.close()


async def test_snapshots_select_what_events_reach(server: ServerProcess) -> None:
    base = days()
    board = add_shift(server, 1, base + 9 * HOUR)
    direct = add_shift(server, 1, base + DAY + 9 * HOUR)
    taken = add_shift(server, 1, base + 2 * DAY + 9 * HOUR)
    async with Desks(server, 1, 2, 3, 5, SUPERVISOR) as (a1, a2, a3, a5, sup):
        on_board = await post(a1, board)
        offered = await post(a1, direct, target_agent_id=2)
        gone = await post(a1, taken)
        await swap_command(a2, "swap.accept", swap_id=gone.id)
        mine = {on_board.id, offered.id, gone.id}
        seen = {
            desk.username: await _snapshot_ids(server, desk.token, f"snap-{desk.username}", "swap")
            for desk in (a1, a2, a3, a5, sup)
        }
    assert mine <= seen["agent01"]
    assert mine <= seen["supervisor01"]
    assert mine & seen["agent02"] == mine  # board, offered to them, accepted by them
    assert mine & seen["agent03"] == {on_board.id}  # the board of their queue only
    assert mine & seen["agent05"] == set()  # not in the shift's queue
