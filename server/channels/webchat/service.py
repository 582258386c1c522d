"""The webchat channel's part of the server's startup: its routes and its background work.

Placeholder of the issue-12 contract: filled in by the webchat work.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels.delivery.senders import Senders
from server.core.context import ServerContext

router = APIRouter()


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Start what this channel runs (listeners, loops) and register its sender in
    ``senders``; the tasks are cancelled when the server stops."""
    del ctx, senders
    return []
