"""``/api/attachments``: agents upload files for a reply and fetch any message's files.

An upload (``POST``) is the raw body with its name in ``X-Filename`` (percent-encoded
UTF-8 or RFC 5987 ``UTF-8''...``) and its ``Content-Type``; it becomes an ``attachments``
row owned by the uploader with no message until a reply links it (``ReplyOp.attachment_ids``).
A download (``GET``) follows the conversations' visibility rule, and an unsent upload is
its uploader's alone: both refusals are the same 404, so ids reveal nothing. Files are
always served as downloads (``Content-Disposition: attachment``, ``nosniff``): a sender's
HTML never runs in the server's origin.
"""

from __future__ import annotations

import asyncio
import time
from typing import Annotated
from urllib.parse import quote, unquote

import sqlalchemy as sa
from fastapi import APIRouter, Header, HTTPException, Path, Request, Response

from protocol.kinds.conversations import MAX_ATTACHMENTS, AttachmentRef
from protocol.text import MAX_INT
from server.channels import files
from server.core.eventlog import new_id
from server.core.requests import Ctx, Me
from server.domains.conversations import tables as t
from server.domains.conversations.entities import load_conversation

router = APIRouter(prefix="/api")

MAX_FILENAME_HEADER = 2048
MAX_UNSENT = MAX_ATTACHMENTS
"""Uploads one agent may make within :data:`UNSENT_WINDOW` that no reply has sent (a
reply takes at most this many): beyond it 429, so nobody fills the disk with files that
go nowhere; drafts abandoned long ago never lock anyone out."""
UNSENT_WINDOW = 24 * 3600.0


def header_filename(raw: str | None) -> str:
    """The upload's name from ``X-Filename``: RFC 5987 (``UTF-8''caf%C3%A9.pdf``) or plain
    percent-encoding, decoded as UTF-8 (bad bytes replaced), then cleaned."""
    value = (raw or "").strip()[:MAX_FILENAME_HEADER]
    charset, sep, rest = value.partition("''")
    if sep and charset.lower() in ("utf-8", "utf8"):
        value = rest
    return files.clean_name(unquote(value, errors="replace"))


def content_disposition(name: str) -> str:
    """``attachment`` with an ASCII fallback and the exact UTF-8 name (RFC 6266)."""
    ascii_name = name.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def ref_of(row: sa.Row[tuple[object, ...]]) -> AttachmentRef:
    """The wire form of an ``attachments`` row."""
    return AttachmentRef(
        id=int(row.id),
        name=str(row.name),
        content_type=str(row.content_type),
        size=int(row.size),
        inline=bool(row.inline),
        content_id=str(row.content_id or ""),
    )


async def _read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"attachment larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"attachment larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("/attachments")
async def upload(
    request: Request,
    ctx: Ctx,
    me: Me,
    x_filename: Annotated[str | None, Header()] = None,
    content_type: Annotated[str | None, Header()] = None,
) -> AttachmentRef:
    """Keep an agent's file for a reply: 200 with its ref, 413 beyond
    ``max_attachment_bytes``, 422 for an empty body, 429 with :data:`MAX_UNSENT` recent
    unsent ones."""
    a = t.attachments.c
    async with ctx.engine.connect() as conn:
        unsent = await conn.execute(
            sa.select(sa.func.count())
            .select_from(t.attachments)
            .where(
                a.uploaded_by == me.agent_id,
                a.message_id.is_(None),
                a.created_at > time.time() - UNSENT_WINDOW,
            )
        )
        if int(unsent.scalar() or 0) >= MAX_UNSENT:
            raise HTTPException(429, f"{MAX_UNSENT} uploads are waiting to be sent already")
    data = await _read_limited(request, ctx.settings.max_attachment_bytes)
    if not data:
        raise HTTPException(422, "empty attachment")
    sha = await asyncio.to_thread(files.store, ctx.settings, data)
    values = {
        "sha256": sha,
        "size": len(data),
        "content_type": files.clean_content_type(content_type),
        "name": header_filename(x_filename),
        "inline": False,
        "content_id": "",
        "message_id": None,
        "conversation_id": None,
        "uploaded_by": me.agent_id,
        "created_at": time.time(),
    }
    async with ctx.engine.begin() as conn:
        inserted = await conn.execute(sa.insert(t.attachments).values(**values))
        row = (
            await conn.execute(
                sa.select(t.attachments).where(t.attachments.c.id == new_id(inserted))
            )
        ).one()
    return ref_of(row)


@router.get("/attachments/{attachment_id}")
async def download(
    attachment_id: Annotated[int, Path(ge=1, le=MAX_INT)], ctx: Ctx, me: Me
) -> Response:
    """The file's bytes for an agent who sees its conversation (or uploaded it and has not
    sent it yet); 404 otherwise, and when the stored bytes are gone."""
    a = t.attachments
    async with ctx.engine.connect() as conn:
        row = (await conn.execute(sa.select(a).where(a.c.id == attachment_id))).first()
        allowed = False
        if row is not None and row.conversation_id is not None:
            conversation = await load_conversation(conn, int(row.conversation_id))
            allowed = conversation is not None and me.sees(conversation.queue_id, None)
        elif row is not None and row.message_id is None:
            allowed = row.uploaded_by == me.agent_id
    if row is None or not allowed:
        raise HTTPException(404, "no such attachment")
    try:
        data = await asyncio.to_thread(files.read, ctx.settings, str(row.sha256))
    except (FileNotFoundError, ValueError):
        raise HTTPException(404, "attachment file missing") from None
    return Response(
        content=data,
        media_type=str(row.content_type),
        headers={
            "Content-Disposition": content_disposition(str(row.name)),
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )
