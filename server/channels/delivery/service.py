"""The delivery channel's part of the server's startup: the dispatcher's task.

It starts last (``server/channels/startup.py``), after every channel registered its
sender, so nothing queued is attempted before its channel can take it.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels.delivery.dispatcher import Dispatcher
from server.channels.delivery.senders import Senders
from server.core.context import ServerContext

router = APIRouter()


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Start the dispatcher over the senders the channels registered; its task is
    cancelled when the server stops (a try in flight then stays queued for next start).
    One dispatcher for the centre (a singleton): its queue is the ``messages`` table, so
    the process that takes over after a crash picks up what was queued or in flight."""
    dispatcher = Dispatcher(ctx, senders)
    return [ctx.cluster.singleton("delivery-dispatcher", dispatcher.run)]
