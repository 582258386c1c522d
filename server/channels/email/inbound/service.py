"""The email/inbound channel's part of the server's startup: its routes (attachments,
the quarantine) and its background work (the SMTP listener when ``--smtp-port``, the IMAP
poller when ``--imap``)."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels import attachments_route
from server.channels.delivery.senders import Senders
from server.channels.email.inbound import imap, quarantine_route, smtp
from server.core.cluster import start_singleton
from server.core.context import ServerContext

router = APIRouter()
router.include_router(attachments_route.router)
router.include_router(quarantine_route.router)


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Start the SMTP listener and the IMAP poller when the settings ask for them (the way
    in has no sender to register: replies leave through email/outbound)."""
    del senders
    settings = ctx.settings
    tasks: list[asyncio.Task[None]] = []
    # Singletons: one listener and one poller for the centre (docs/scale-out.md).
    if settings.smtp_port is not None and settings.mail_domain:

        async def listen() -> list[asyncio.Task[None]]:
            return [await smtp.serve(ctx)]

        tasks += await start_singleton(ctx.cluster, "smtp-listener", listen)
    if settings.imap_url:
        box = imap.Mailbox.parse(settings.imap_url)
        tasks.append(ctx.cluster.singleton("imap-poller", lambda: imap.poll_forever(ctx, box)))
    return tasks
