"""The webchat channel's part of the server's startup: the page's routes, its websocket
and the sender that hands agents' replies to the customers' pages."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels.delivery.senders import Senders
from server.channels.webchat import page, socket
from server.channels.webchat.hub import Hub
from server.core.context import ServerContext

router = APIRouter()
router.include_router(page.router)
router.add_api_websocket_route("/chat/ws", socket.endpoint)

OBSERVER_KEY = "webchat"


async def _watch(ctx: ServerContext, hub: Hub) -> None:
    """The event watcher; forgets the hub when the server stops."""
    try:
        await hub.watch()
    finally:
        ctx.activity.unobserve(OBSERVER_KEY)
        socket.HUBS.pop(id(ctx), None)


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Register the ``chat`` sender, watch the event log and the activity board for the
    open pages, refresh waiting pages' queue positions."""
    hub = Hub(ctx)
    socket.HUBS[id(ctx)] = hub
    senders["chat"] = hub
    ctx.activity.observe(OBSERVER_KEY, hub.on_activity)
    return [
        asyncio.create_task(_watch(ctx, hub), name="webchat-watch"),
        asyncio.create_task(hub.refresh_queues(), name="webchat-queues"),
    ]
