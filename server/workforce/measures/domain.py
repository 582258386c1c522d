"""The measures part of workforce management registering with the house: no synced kind
(figures are computed on request), its REST routes, the KPI tables on the metadata, and
a hook that folds an agent's marked KPI slots in when they go away (sign-out or lost
connection), so the marks of agents who never open My KPIs do not pile up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from server.core.registry import Domain
from server.workforce.measures import tables as _tables
from server.workforce.measures.routes import refresher, router

if TYPE_CHECKING:
    from server.core.context import ServerContext


async def _fold_in(ctx: ServerContext, agent_id: int) -> None:
    """The agent's day is over (or paused): recompute their marked slots now, one
    agent's work under the write gate."""
    await ctx.write(refresher(agent_id))


DOMAIN = Domain(name="measures", routers=(router,), on_agent_away=_fold_in)
_ = _tables  # importing the domain declares the KPI tables and indexes on the metadata
