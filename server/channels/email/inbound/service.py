"""The email/inbound channel's part of the server's startup: its routes (attachments,
the quarantine) and its background work (the SMTP listener)."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels import attachments_route
from server.channels.delivery.senders import Senders
from server.channels.email.inbound import tables  # noqa: F401  (the tables on the metadata)
from server.core.context import ServerContext

router = APIRouter()
"""Its routes; importing :mod:`.tables` puts the mail tables on the shared metadata."""
router.include_router(attachments_route.router)


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Start what this channel runs (listeners, loops) and register its sender in
    ``senders``; the tasks are cancelled when the server stops."""
    del ctx, senders
    return []
