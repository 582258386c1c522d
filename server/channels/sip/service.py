"""The sip channel's part of the server's startup: the centre's SIP endpoint.

With ``--sip-listen ADDR:PORT`` the server runs baresip itself (:mod:`.endpoint`: a
generated config, null audio, ``ctrl_tcp`` on a free loopback port), restarts it if it
dies and stops it with the server. With ``--sip-ctrl HOST:PORT`` it drives a baresip
someone else runs. Either way the adapter (:class:`~.adapter.SipLine`) is registered as
``ctx.lines["sip"]`` and the ctrl link (:class:`~.ctrl.BaresipCtrl`) runs until the
server stops, reconnecting whenever the endpoint comes back.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from server.channels.delivery.senders import Senders
from server.channels.sip.adapter import PROVIDER, SipLine
from server.channels.sip.ctrl import BaresipCtrl
from server.channels.sip.endpoint import Endpoint, free_port
from server.core.cluster import start_singleton
from server.core.context import ServerContext
from server.core.line_relay import RelayedLine
from server.core.pg_cluster import PgCluster

router = APIRouter()


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Start the endpoint (if asked) and the adapter's link; no sender (a call is not a
    message). One SIP adapter for the centre (a singleton): the endpoint's port and the
    calls' state are one process's; a survivor launches its own and ends the calls the
    dead one left (:meth:`SipLine.end_stale`)."""
    del senders
    settings = ctx.settings
    if settings.sip_ctrl is None and settings.sip_listen is None:
        return []
    if isinstance(ctx.cluster, PgCluster):
        # Every process asks the line (an agent's desk may be on any of them); the
        # adapter's process carries the calls out (server.core.line_relay).
        ctx.lines[PROVIDER] = RelayedLine(ctx.cluster.relay, PROVIDER)
    return await start_singleton(ctx.cluster, "sip", lambda: _launch(ctx))


async def _launch(ctx: ServerContext) -> list[asyncio.Task[None]]:
    settings = ctx.settings
    tasks: list[asyncio.Task[None]] = []
    ctrl_at = settings.sip_ctrl
    if settings.sip_listen is not None:
        if ctrl_at is None:
            ctrl_at = ("127.0.0.1", free_port())
        endpoint = Endpoint(settings.sip_listen, ctrl_at)
        try:
            await endpoint.launch()  # no baresip fails the start, loudly
        except BaseException:
            endpoint.remove_files()
            raise
        tasks.append(asyncio.create_task(endpoint.supervise(), name="sip-endpoint"))
    assert ctrl_at is not None
    line = SipLine(ctx)
    await line.end_stale()
    ctrl = BaresipCtrl(ctrl_at[0], ctrl_at[1], line.on_event)
    line.ctrl = ctrl
    if isinstance(ctx.cluster, PgCluster):
        ctx.cluster.relay.register(PROVIDER, line)
        tasks.append(asyncio.create_task(_drive(ctx.cluster, ctrl, line), name="sip-ctrl"))
    else:
        ctx.lines[PROVIDER] = line
        tasks.append(asyncio.create_task(ctrl.run(), name="sip-ctrl"))
    return tasks


async def _drive(cluster: PgCluster, ctrl: BaresipCtrl, line: SipLine) -> None:
    """The ctrl link; when it stops (this process lost the singleton) the calls are no
    longer this process's to carry out."""
    try:
        await ctrl.run()
    finally:
        cluster.relay.unregister(PROVIDER, line)
