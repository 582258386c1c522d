"""The schedules' REST endpoints: the supervisors' import and the centre's policy.

``POST /api/workforce/schedules/import`` takes a :class:`~protocol.workforce.
ScheduleImport` as JSON, or the same rows as ``text/csv`` (``?timezone=&publish=`` in
the query then). 200 with the :class:`~protocol.workforce.ImportReport` when it went in;
422 with the report's ``problems`` when anything is wrong (nothing stored); 403 for an
agent; 413 over :data:`MAX_IMPORT_BYTES`; 415 for another content type.

``GET /api/workforce/policy`` (anyone signed in; desks also have it synced) and
``PUT /api/workforce/policy`` (supervisors): the whole policy, validated by its model
(422 keeps the old one), then one event to every desk.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.workforce import WorkforcePolicyData
from protocol.workforce import ImportProblem, ImportReport, ScheduleImport
from server.core.eventlog import Draft
from server.core.requests import Ctx, Me
from server.workforce.schedules import importer, store

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/workforce")

MAX_IMPORT_BYTES = 16 * 1024 * 1024
"""As ``server.core.limits`` bounds the route (a week of a 2,000-agent centre is ~12 MB
of JSON); the desk refuses a larger file before sending it."""


def _refused(problems: list[ImportProblem]) -> JSONResponse:
    report = ImportReport(problems=problems)
    return JSONResponse(report.model_dump(mode="json"), status_code=422)


def _json_problems(exc: ValidationError) -> list[ImportProblem]:
    """A body's validation errors as problems: the shift's index when one is named."""
    problems: list[ImportProblem] = []
    for error in exc.errors()[: importer.MAX_PROBLEMS]:
        loc = error["loc"]
        row = loc[1] if len(loc) >= 2 and loc[0] == "shifts" and isinstance(loc[1], int) else 0
        where = ".".join(map(str, loc[2:] if row or loc[:1] == ("shifts",) else loc))
        message = f"{where}: {error['msg']}" if where else str(error["msg"])
        problems.append(ImportProblem(row=int(row), message=message[:500]))
    return problems


@router.post("/schedules/import", response_model=ImportReport)
async def import_schedules(
    request: Request,
    ctx: Ctx,
    me: Me,
    timezone: Annotated[str, Query(max_length=64)] = "UTC",
    publish: bool = True,
) -> JSONResponse | ImportReport:
    """Replace the named agents' shifts in the imported weeks (supervisors); all or nothing."""
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may import schedules")
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind not in ("application/json", "text/csv"):
        raise HTTPException(415, "send the schedule as application/json or text/csv")
    raw = await request.body()
    if len(raw) > MAX_IMPORT_BYTES:
        raise HTTPException(413, f"request body too large (limit {MAX_IMPORT_BYTES} bytes)")
    rows: list[int] = []
    if kind == "text/csv":
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _refused([ImportProblem(row=0, message="the file is not UTF-8 text")])
        parsed, rows, problems = await asyncio.to_thread(importer.from_csv, text, timezone, publish)
        if parsed is None:
            return _refused(problems)
        body = parsed
    else:
        try:
            body = await asyncio.to_thread(ScheduleImport.model_validate_json, raw)
        except ValidationError as exc:
            return _refused(_json_problems(exc))
    async with ctx.engine.connect() as conn:
        planned = await importer.plan(conn, body, rows)
    if planned.problems:
        return _refused(planned.problems)
    report, _seq = await ctx.write(lambda conn: importer.store(conn, planned))
    if report.problems:
        return _refused(report.problems)
    log.info(
        "schedule import by agent %d: %d created, %d replaced, %d published, weeks %s",
        me.agent_id,
        report.created,
        report.replaced,
        report.published,
        ",".join(report.weeks),
    )
    return report


@router.get("/policy")
async def get_policy(ctx: Ctx, me: Me) -> WorkforcePolicyData:
    """The centre's scheduling rules and targets (the defaults until a supervisor sets them)."""
    del me
    async with ctx.engine.connect() as conn:
        return await store.get_policy(conn)


@router.put("/policy")
async def put_policy(body: WorkforcePolicyData, ctx: Ctx, me: Me) -> WorkforcePolicyData:
    """Replace the policy (supervisors); every desk gets it as an event."""
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may change the workforce policy")

    async def work(conn: AsyncConnection) -> tuple[WorkforcePolicyData, list[Draft]]:
        drafts = await store.put_policy(conn, body)
        return await store.get_policy(conn), drafts

    policy, _seq = await ctx.write(work)
    log.info("workforce policy changed by agent %d", me.agent_id)
    return policy
