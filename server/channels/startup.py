"""The real channels' routes and background work, in the order they must start.

``server.app`` includes :data:`ROUTERS` and calls :func:`start_all` in its lifespan.
Channels register their senders first; delivery starts last, so nothing queued is
attempted before its channel can take it.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels.delivery import service as delivery
from server.channels.delivery.senders import Senders
from server.channels.email.inbound import service as email_in
from server.channels.email.outbound import service as email_out
from server.channels.sip import service as sip
from server.channels.surveys import service as surveys
from server.channels.webchat import service as webchat
from server.channels.webrtc import service as webrtc
from server.core.context import ServerContext

SERVICES = (email_out, email_in, webchat, sip, webrtc, surveys, delivery)
ROUTERS: tuple[APIRouter, ...] = tuple(service.router for service in SERVICES)


async def start_all(ctx: ServerContext) -> list[asyncio.Task[None]]:
    """Start every channel; returns their tasks (the app cancels them on shutdown). A
    channel that cannot start (a port taken) raises: a half-started server is worse."""
    senders: Senders = {}
    tasks: list[asyncio.Task[None]] = []
    for service in SERVICES:
        tasks += await service.start(ctx, senders)
    return tasks
