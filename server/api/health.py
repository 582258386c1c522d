"""``GET /api/health``: liveness plus the latest seq and epoch."""

from __future__ import annotations

from fastapi import APIRouter

from server.core.requests import Ctx

router = APIRouter(prefix="/api")


@router.get("/health")
async def health(ctx: Ctx) -> dict[str, object]:
    """Liveness plus the latest seq and epoch (handy for desks and load balancers)."""
    return {"status": "ok", "latest_seq": ctx.events.latest_seq, "epoch": ctx.epoch}
