"""The email/inbound channel's part of the server's startup: its routes (attachments,
the quarantine) and its background work (the SMTP listener when ``--smtp-port``)."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels import attachments_route
from server.channels.delivery.senders import Senders
from server.channels.email.inbound import quarantine_route, smtp
from server.core.context import ServerContext

router = APIRouter()
router.include_router(attachments_route.router)
router.include_router(quarantine_route.router)


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Start the SMTP listener when the settings ask for one (the way in has no sender to
    register: replies leave through email/outbound)."""
    del senders
    if ctx.settings.smtp_port is None or not ctx.settings.mail_domain:
        return []
    return [await smtp.serve(ctx)]
