"""``POST /api/kb/import``: authors (supervisors) load articles and scripts into the server.

The body is already parsed (``frontline kb import`` reads the Markdown and YAML with
``desktop.knowledge`` and sends JSON), so the server never needs the desk's parser; it
checks what it must and reports refused items per item in the answer.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException

from protocol.rest import KbImport, KbImportResult
from server.core.requests import Ctx, Me
from server.domains.knowledge import importer

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/kb")


@router.post("/import")
async def import_kb(body: KbImport, ctx: Ctx, me: Me) -> KbImportResult:
    """Upsert articles and scripts by slug (supervisors only); unchanged items are no-ops."""
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may import knowledge")
    result, seq = await ctx.write(lambda conn: importer.import_items(conn, body))
    log.info(
        "knowledge import by agent %d: %d created, %d updated, %d unchanged, %d problem(s)",
        me.agent_id,
        result.created,
        result.updated,
        result.unchanged,
        len(result.problems),
    )
    return result.model_copy(update={"seq": seq})
