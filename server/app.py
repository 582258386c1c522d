"""``create_app``: the composition root of one server instance.

The one place that names every domain (:data:`DOMAINS`) and every router: a new domain is
one line here. Startup order matters: migrate, make sure the epoch exists, seed demo data
into an empty database, then open the event log from what is stored (so seeded events are
the log's start), then start background jobs (periodic compaction, the built-in
simulator).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from server.acd.domain import DOMAIN as ACD
from server.acd.engine import RoutingEngine
from server.api import auth, health, ws
from server.channels import (
    callbacks_route,
    cti_route,
    intake,
    intake_route,
    startup,
    survey_route,
)
from server.channels.delivery.domain import DOMAIN as DELIVERY
from server.core import limits
from server.core.cluster import Cluster, LocalCluster
from server.core.context import ServerContext
from server.core.eventlog import EventLog
from server.core.pg_cluster import PgCluster
from server.core.pg_log import PgEventLog
from server.core.registry import Domain, Registry
from server.core.settings import Settings
from server.core.sqlite_log import SqliteEventLog
from server.customer360 import retention
from server.customer360.domain import DOMAIN as CUSTOMER360
from server.db.engine import create_engine, ensure_epoch, run_migrations, setup_lock
from server.db.metadata import metadata
from server.domains.calls.domain import DOMAIN as CALLS
from server.domains.canned.domain import DOMAIN as CANNED
from server.domains.commerce.domain import DOMAIN as COMMERCE
from server.domains.complaints.domain import DOMAIN as COMPLAINTS
from server.domains.conversations.domain import DOMAIN as CONVERSATIONS
from server.domains.customers.domain import DOMAIN as CUSTOMERS
from server.domains.knowledge.domain import DOMAIN as KNOWLEDGE
from server.domains.presence.domain import DOMAIN as PRESENCE
from server.domains.session.domain import DOMAIN as SESSION
from server.domains.surveys.domain import DOMAIN as SURVEYS
from server.workforce.measures.domain import DOMAIN as MEASURES
from server.workforce.schedules.domain import DOMAIN as SCHEDULES
from server.workforce.trades import expiry as trade_expiry
from server.workforce.trades.domain import DOMAIN as TRADES

log = logging.getLogger(__name__)
COMPACT_EVERY = 60.0

DOMAINS: tuple[Domain, ...] = (
    SESSION,
    CONVERSATIONS,
    KNOWLEDGE,
    PRESENCE,
    CALLS,
    ACD,
    CANNED,
    COMMERCE,
    COMPLAINTS,
    CUSTOMERS,
    SURVEYS,
    CUSTOMER360,
    SCHEDULES,
    TRADES,
    MEASURES,
    DELIVERY,
)
"""Every domain this server runs (their tables are on :data:`metadata` once imported); the
ACD (``server/acd``) registers like a domain but lives above them, as it composes them."""


async def _compact_periodically(ctx: ServerContext) -> None:
    while True:
        await asyncio.sleep(COMPACT_EVERY)
        try:
            await ctx.compact()
        except Exception:
            # the loop: the log keeps growing until the next round succeeds; nobody waits on it.
            log.exception("periodic compaction failed")


async def start_context(settings: Settings, registry: Registry | None = None) -> ServerContext:
    """Migrate, seed if asked, and build the context (also used by tests and tools);
    ``registry`` defaults to every domain of :data:`DOMAINS`."""
    engine = create_engine(settings.database_url)
    async with setup_lock(settings.database_url):
        # Once per database even when several processes start together (PostgreSQL).
        await asyncio.to_thread(run_migrations, settings.database_url, metadata)
        epoch = await ensure_epoch(engine)
        if settings.demo:
            from server.demo.canned import seed_canned_if_empty
            from server.demo.kb import seed_kb_if_empty
            from server.demo.orders import seed_orders_if_empty
            from server.demo.seed import seed_if_empty

            await seed_if_empty(engine)
            await seed_kb_if_empty(engine)
            await seed_canned_if_empty(engine)
            await seed_orders_if_empty(engine)
        secret = await intake.ensure_secret(engine)
    events: EventLog
    cluster: Cluster
    if settings.on_postgres:
        events = await PgEventLog.open_pg(engine, settings.retain_events)
        cluster = PgCluster(engine, settings.database_url)
    else:
        events = await SqliteEventLog.open(engine, settings.retain_events)
        cluster = LocalCluster()
    registry = registry if registry is not None else Registry(DOMAINS)
    ctx = ServerContext(settings, engine, events, epoch, registry, cluster=cluster, secret=secret)
    await events.start()
    await cluster.start()
    if not settings.demo and not settings.intake_keys:
        log.warning("intake is closed: start the server with --intake-key to take in messages")
    await ctx.compact()
    return ctx


def create_app(settings: Settings) -> FastAPI:
    """A FastAPI app serving REST under ``/api`` and the desk websocket at ``/ws``."""
    registry = Registry(DOMAINS)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ctx = await start_context(settings, registry)
        app.state.ctx = ctx
        # On PostgreSQL, join the other processes' presence, typing and sign-outs before
        # any desk or chat customer is served (nothing on SQLite).
        await ctx.agents.start(ctx)
        tasks: list[asyncio.Task[None]] = []
        cluster = ctx.cluster
        # Per process: the sweep of this process's viewers and typers. Singletons (one
        # process of the centre at a time, a survivor when it dies; here at once on
        # SQLite): routing, compaction, retention, swap expiry, the simulator, and the
        # channels' own (startup.start_all). docs/scale-out.md "Which process does what".
        routing = RoutingEngine(ctx)
        app.state.routing = routing  # its stats count in the process that runs it
        tasks.append(cluster.singleton("routing", routing.run))
        tasks.append(asyncio.create_task(ctx.activity.sweep_forever(), name="activity-sweep"))
        if settings.retain_events is not None:
            tasks.append(cluster.singleton("compact", lambda: _compact_periodically(ctx)))
        tasks.append(cluster.singleton("retention", lambda: retention.run_daily(ctx)))
        tasks.append(cluster.singleton("swap-expiry", lambda: trade_expiry.run(ctx)))
        tasks += await startup.start_all(ctx)
        if settings.simulate_rate > 0:
            from server.channels.simulator import run_builtin

            tasks.append(cluster.singleton("simulator", lambda: run_builtin(ctx)))
        await cluster.settle()
        log.info("server ready: epoch %s, latest seq %d", ctx.epoch, ctx.events.latest_seq)
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await ctx.agents.stop()
            await ctx.cluster.stop()
            await ctx.events.stop()
            await ctx.engine.dispose()

    app = FastAPI(title="Frontline server", version="0.1.0", lifespan=lifespan)
    app.include_router(auth.router)
    app.include_router(health.router)
    for router in registry.routers:
        app.include_router(router)
    app.include_router(intake_route.router)
    app.include_router(cti_route.router)
    app.include_router(callbacks_route.router)
    app.include_router(survey_route.router)
    for router in startup.ROUTERS:
        app.include_router(router)
    app.add_api_websocket_route("/ws", ws.endpoint)
    # An upload is the file plus its request: the route itself refuses a file over the
    # limit with its own clear 413; this only stops a body far beyond it early.
    limits.install(app, (("/api/attachments", settings.max_attachment_bytes + 64 * 1024),))
    return app
