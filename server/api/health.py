"""``GET /api/health``: liveness plus the latest seq and epoch."""

from __future__ import annotations

import os

from fastapi import APIRouter

from server.core.requests import Ctx

router = APIRouter(prefix="/api")


@router.get("/health")
async def health(ctx: Ctx) -> dict[str, object]:
    """Liveness plus the latest seq and epoch (handy for desks and load balancers), and
    which process answered (``host:pid:tag``): behind a balancer, tests and operators see
    where a request went. A pid is not a secret on a machine the centre runs."""
    return {
        "status": "ok",
        "latest_seq": ctx.events.latest_seq,
        "epoch": ctx.epoch,
        "process": ctx.cluster.process_id,
        "pid": os.getpid(),
    }
