"""The outbound email channel's part of the server's startup: it registers the email
sender when the server has a relay (``--smtp-relay``).

Without a relay no sender is registered, so the delivery dispatcher marks email replies
failed with its own "no sender" words instead of queueing them forever. Nothing runs in
the background here: the dispatcher calls :class:`.sender.EmailSender` when a reply is due.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels.delivery.senders import Senders
from server.channels.email.outbound.sender import EmailSender
from server.core.context import ServerContext

router = APIRouter()


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Register ``senders["email"]`` when a relay is configured; no tasks."""
    if ctx.settings.smtp_relay is not None:
        senders["email"] = EmailSender(ctx)
    return []
