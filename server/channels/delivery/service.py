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
    cancelled when the server stops (a try in flight then stays queued for next start)."""
    dispatcher = Dispatcher(ctx, senders)
    return [asyncio.create_task(dispatcher.run(), name="delivery-dispatcher")]
