"""An approval moves both shifts and the swap's state in one transaction: SIGKILL the
server while it sleeps between the two shift updates (the test-only
``FRONTLINE_TEST_APPROVAL_PAUSE`` hook), restart, and find neither shift moved and the swap
still waiting; approve again and find both moved."""

from __future__ import annotations

import pytest

from protocol.frames import Command, encode
from server.workforce.trades.store import APPROVAL_PAUSE_ENV
from tests.server.workforce.trades.support import (
    DAY,
    HOUR,
    SUPERVISOR,
    Desks,
    add_shift,
    days,
    post,
    set_team,
    shift_owner,
    swap_command,
    swap_state,
)
from tests.support.server_proc import ServerFactory
from tests.support.waiting import wait_until_async

pytestmark = pytest.mark.asyncio


async def test_a_crash_mid_approval_moves_neither_shift(
    server_factory: ServerFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(APPROVAL_PAUSE_ENV, "30")
    server = server_factory()
    set_team(server)
    base = days()
    mine = add_shift(server, 1, base + 9 * HOUR)
    theirs = add_shift(server, 2, base + DAY + 9 * HOUR)
    async with Desks(server, 1, 2, SUPERVISOR) as (a1, a2, sup):
        swap = await post(a1, mine, "swap", target_agent_id=2)
        await swap_command(a2, "swap.accept", swap_id=swap.id, accepter_shift_id=theirs)
        frame = Command(
            command_id=1, name="swap.review", args={"swap_id": swap.id, "approve": True}
        )
        await sup.ws.send(encode(frame))
        # The server says when it sleeps inside the approval: the first shift is moved in
        # the open transaction, the second not yet.
        await wait_until_async(
            lambda: "inside the approval" in server.log_text(), 30, message="no pause"
        )
        server.kill()
    monkeypatch.delenv(APPROVAL_PAUSE_ENV)
    server.start()
    assert (shift_owner(server, mine), shift_owner(server, theirs)) == (1, 2)
    assert swap_state(server, swap.id) == "pending_review"
    async with Desks(server, SUPERVISOR) as (sup,):
        done = await swap_command(sup, "swap.review", swap_id=swap.id, approve=True)
    assert done.swap is not None
    assert done.swap.state == "approved"
    assert (shift_owner(server, mine), shift_owner(server, theirs)) == (2, 1)
    assert swap_state(server, swap.id) == "approved"
