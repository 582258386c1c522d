"""``/api/mail/quarantine``: supervisors review mail that was accepted but not taken in.

Automatic mail (auto-replies, bounces, loops) and mail that could not become a message
waits here with its raw bytes, so nothing the centre accepted is lost and nothing
automatic opens a conversation by itself. A supervisor may read the raw mail, release it
(taken in again, automatic or not; a release that still fails keeps the row with the new
reason) or delete it. Agents get 403: the quarantine crosses every queue.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Path, Query, Response

from protocol.mail import MAX_QUARANTINE_PAGE, QuarantineItem, QuarantineList, QuarantineRelease
from protocol.text import MAX_INT
from server.channels import files
from server.channels.email.inbound import take
from server.channels.email.inbound.tables import mail_quarantine
from server.core.requests import Ctx, Me
from server.core.visibility import Viewer
from server.domains.conversations.tables import attachments

router = APIRouter(prefix="/api/mail/quarantine")
QuarantineId = Annotated[int, Path(ge=1, le=MAX_INT)]
q = mail_quarantine


def _supervisor(me: Viewer) -> None:
    if not me.supervisor:
        raise HTTPException(403, "the mail quarantine is for supervisors")


async def _row(ctx: Ctx, quarantine_id: int) -> sa.Row[tuple[object, ...]]:
    async with ctx.engine.connect() as conn:
        row = (await conn.execute(sa.select(q).where(q.c.id == quarantine_id))).first()
    if row is None:
        raise HTTPException(404, "no such quarantined mail")
    return row


@router.get("")
async def listing(
    ctx: Ctx, me: Me, limit: Annotated[int, Query(ge=1, le=MAX_QUARANTINE_PAGE)] = 100
) -> QuarantineList:
    """The newest quarantined mails first, and how many there are."""
    _supervisor(me)
    async with ctx.engine.connect() as conn:
        rows = (await conn.execute(sa.select(q).order_by(q.c.id.desc()).limit(limit))).all()
        total = (await conn.execute(sa.select(sa.func.count()).select_from(q))).scalar()
    items = [
        QuarantineItem(
            id=r.id,
            received_at=r.received_at,
            sender=r.sender,
            recipient=r.recipient,
            subject=r.subject,
            reason=r.reason,
            detail=r.detail,
            size=r.size,
        )
        for r in rows
    ]
    return QuarantineList(items=items, total=int(total or 0))


@router.get("/{quarantine_id}/raw")
async def raw(quarantine_id: QuarantineId, ctx: Ctx, me: Me) -> Response:
    """The mail as received (``message/rfc822``, served as a download)."""
    _supervisor(me)
    row = await _row(ctx, quarantine_id)
    try:
        data = await asyncio.to_thread(files.read, ctx.settings, str(row.sha256))
    except (FileNotFoundError, ValueError):
        raise HTTPException(404, "the raw mail is missing from the file store") from None
    return Response(
        content=data,
        media_type="message/rfc822",
        headers={
            "Content-Disposition": f'attachment; filename="quarantine-{quarantine_id}.eml"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )


@router.post("/{quarantine_id}/release")
async def release(quarantine_id: QuarantineId, ctx: Ctx, me: Me) -> QuarantineRelease:
    """Take the mail in now (even an automatic one): 200 with where it went, and the row
    is gone; 422 with the reason when it still cannot be taken (the row stays)."""
    _supervisor(me)
    row = await _row(ctx, quarantine_id)
    try:
        data = await asyncio.to_thread(files.read, ctx.settings, str(row.sha256))
    except (FileNotFoundError, ValueError):
        raise HTTPException(404, "the raw mail is missing from the file store") from None
    taken = await take.receive(ctx, data, str(row.sender), str(row.recipient), force=True)
    reason = ""
    async with ctx.engine.begin() as conn:
        if taken.quarantine_id is not None:
            again = (await conn.execute(sa.select(q).where(q.c.id == taken.quarantine_id))).one()
            await conn.execute(sa.delete(q).where(q.c.id == taken.quarantine_id))
            reason = f"{again.reason}: {again.detail}"
            await conn.execute(
                sa.update(q)
                .where(q.c.id == quarantine_id)
                .values(reason=again.reason, detail=again.detail)
            )
        else:
            await conn.execute(sa.delete(q).where(q.c.id == quarantine_id))
    if taken.quarantine_id is not None:
        raise HTTPException(422, f"still not taken in ({reason})")
    return QuarantineRelease(conversation_id=taken.conversation_id, message_id=taken.message_id)


@router.delete("/{quarantine_id}", status_code=204)
async def delete(quarantine_id: QuarantineId, ctx: Ctx, me: Me) -> Response:
    """Forget a quarantined mail; its bytes go too unless an attachment or another
    quarantined mail has the same ones (the store is content-addressed)."""
    _supervisor(me)
    row = await _row(ctx, quarantine_id)
    a = attachments
    async with ctx.engine.begin() as conn:
        await conn.execute(sa.delete(q).where(q.c.id == quarantine_id))
        shared = await conn.execute(
            sa.select(q.c.id)
            .where(q.c.sha256 == row.sha256)
            .union_all(sa.select(a.c.id).where(a.c.sha256 == row.sha256))
            .limit(1)
        )
        unused = shared.first() is None
    if unused:
        await asyncio.to_thread(files.remove, ctx.settings, str(row.sha256))
    return Response(status_code=204)
