"""The session domain's registration: ``session.clock``, the first command.

The smallest complete domain (no kinds, no tables, one command): copy it to start one.
"""

from __future__ import annotations

import time

from protocol.commands import SERVER_CLOCK, CommandAnswer, CommandArgs, ServerClock
from server.core.context import ServerContext
from server.core.registry import Domain
from server.core.visibility import Viewer


async def clock(ctx: ServerContext, _viewer: Viewer, _args: CommandArgs) -> CommandAnswer:
    """The server's time and latest seq (round trip and clock skew for the desk)."""
    return ServerClock(time=time.time(), latest_seq=ctx.events.latest_seq)


DOMAIN = Domain(name="session", commands={SERVER_CLOCK.name: clock})
