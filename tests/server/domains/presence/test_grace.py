"""The connection tracker behind presence: a reconnect within the grace period changes
nothing; away and back run once each; sign-out is away at once and its closing sockets
start no grace, unless another desk of the agent stays connected. In-process with
recording hooks (no clock is asserted: grace periods here are either an hour, never
reached, or zero)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from server.core.connections import AgentConnections
from server.core.context import ServerContext

pytestmark = pytest.mark.asyncio


def _context(grace: float, calls: list[tuple[str, int]]) -> ServerContext:
    async def back(_ctx: Any, agent_id: int) -> None:
        calls.append(("back", agent_id))

    async def away(_ctx: Any, agent_id: int) -> None:
        calls.append(("away", agent_id))

    registry = SimpleNamespace(agent_back=(back,), agent_away=(away,))
    settings = SimpleNamespace(presence_grace=grace)
    return cast(ServerContext, SimpleNamespace(registry=registry, settings=settings))


async def test_a_reconnect_within_the_grace_changes_nothing() -> None:
    calls: list[tuple[str, int]] = []
    ctx, agents = _context(3600, calls), AgentConnections()
    await agents.opened(ctx, 1)
    await agents.opened(ctx, 1)  # a second desk
    agents.closed(ctx, 1)
    assert agents.is_present(1)
    agents.closed(ctx, 1)
    assert not agents.is_present(1)
    await agents.opened(ctx, 1)
    await agents.stop()
    assert calls == [("back", 1)]  # the first connection only


async def test_away_after_the_grace_then_back() -> None:
    calls: list[tuple[str, int]] = []
    ctx, agents = _context(0, calls), AgentConnections()
    await agents.opened(ctx, 2)
    agents.closed(ctx, 2)
    grace = agents._grace[2]
    await grace
    await agents.opened(ctx, 2)
    assert calls == [("back", 2), ("away", 2), ("back", 2)]


async def test_sign_out_is_away_at_once_and_its_sockets_start_no_grace() -> None:
    calls: list[tuple[str, int]] = []
    ctx, agents = _context(3600, calls), AgentConnections()
    await agents.opened(ctx, 3)
    await agents.signed_out(ctx, 3, closing=1)
    agents.closed(ctx, 3)
    assert agents._grace == {}
    await agents.opened(ctx, 3)
    assert calls == [("back", 3), ("away", 3), ("back", 3)]


async def test_signing_out_of_one_desk_keeps_the_other_desk_present() -> None:
    calls: list[tuple[str, int]] = []
    ctx, agents = _context(0, calls), AgentConnections()
    await agents.opened(ctx, 4)  # the laptop
    await agents.opened(ctx, 4)  # the desktop
    await agents.signed_out(ctx, 4, closing=1)  # signs out of the laptop
    agents.closed(ctx, 4)
    assert agents.is_present(4)
    assert calls == [("back", 4)]
    agents.closed(ctx, 4)  # the desktop goes too: the grace applies as usual
    await agents._grace[4]
    assert calls == [("back", 4), ("away", 4)]
