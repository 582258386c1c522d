"""``POST /api/canned/import``: supervisors load the shared canned replies.

``frontline canned import`` reads the files (YAML or JSON, one reply each) and sends
them as JSON; the body's models normalise and bound every value, and the importer checks
the rest (queues, duplicates) before writing anything.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException

from protocol.rest import CannedImport, CannedImportResult
from server.core.requests import Ctx, Me
from server.domains.canned import importer

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/canned")


@router.post("/import")
async def import_canned(body: CannedImport, ctx: Ctx, me: Me) -> CannedImportResult:
    """Upsert shared replies by queue and shortcut (supervisors only); all or nothing."""
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may import canned replies")
    result, seq = await ctx.write(lambda conn: importer.import_replies(conn, body))
    log.info(
        "canned import by agent %d: %d created, %d updated, %d unchanged, %d removed, "
        "%d problem(s)",
        me.agent_id,
        result.created,
        result.updated,
        result.unchanged,
        result.removed,
        len(result.problems),
    )
    return result.model_copy(update={"seq": seq})
