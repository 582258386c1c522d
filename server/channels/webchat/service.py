"""The webchat channel's part of the server's startup: the page's routes, its websocket
and the sender that hands agents' replies to the customers' pages."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels.delivery.senders import Senders
from server.channels.webchat import page
from server.core.context import ServerContext

router = APIRouter()
router.include_router(page.router)


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Start what this channel runs (listeners, loops) and register its sender in
    ``senders``; the tasks are cancelled when the server stops."""
    del ctx, senders
    return []
