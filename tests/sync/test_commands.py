"""Commands: answered on the live session, refused at once offline, typed both ways."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from desktop.sync.commands import CommandError, CommandOfflineError
from protocol.commands import SERVER_CLOCK, CommandSpec, NoArgs, ServerClock
from tests.support.server_proc import ServerFactory
from tests.support.waiting import wait_until_async
from tests.sync.helpers import running_desk


@pytest.mark.asyncio
async def test_a_command_is_answered_online_and_refused_at_once_offline(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    async with running_desk(server.url, tmp_path / "cache.sqlite3") as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        commands = desk.engine.commands
        clock = await commands.call(SERVER_CLOCK, NoArgs(), ServerClock)
        assert abs(clock.time - time.time()) < 60
        assert clock.latest_seq >= 1
        unknown = CommandSpec("session.nothing", NoArgs, ServerClock, timeout=5)
        with pytest.raises(CommandError) as refused:
            await commands.call(unknown, NoArgs(), ServerClock)
        assert refused.value.code == "unknown_command"
        server.kill()
        await wait_until_async(lambda: not commands.online, 30, message="still online")
        # Refused at once, not queued and not waited out (that would be a timeout error).
        with pytest.raises(CommandOfflineError):
            await commands.call(SERVER_CLOCK, NoArgs(), ServerClock)
