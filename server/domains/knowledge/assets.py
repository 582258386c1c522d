"""Knowledge images, stored content-addressed (SHA-256) in ``kb_assets``.

``frontline kb import`` uploads each image an article references with
``PUT /api/kb/assets`` (supervisors; the raw bytes as the body) and rewrites the article's
image URL to ``asset:<sha256>``, a reference that never changes with the server's address.
Desks fetch ``GET /api/kb/assets/{sha256}`` with their token into their cache; the public
article page uses ``GET /kb/assets/{sha256}``, which answers only for an image that a
*published* article references. The content type is sniffed from the bytes, never taken
from the client; only PNG, JPEG, GIF, WebP and SVG up to :data:`MAX_BYTES` are accepted.
Both reads are immutable (the address is the content's hash).
"""

from __future__ import annotations

import hashlib
import re
import time

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Request, Response
from sqlalchemy.ext.asyncio import AsyncConnection

from server.core.requests import Ctx, Me
from server.domains.knowledge import tables as t

MAX_BYTES = 2 * 1024 * 1024
IMMUTABLE = "max-age=31536000, immutable"
_SHA = re.compile(r"^[0-9a-f]{64}$")

api = APIRouter(prefix="/api/kb/assets")
public = APIRouter(prefix="/kb/assets")


def sniff(data: bytes) -> str | None:
    """The image type of ``data`` from its first bytes, or None when it is not one we take."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower():
        return "image/svg+xml"
    return None


def check(data: bytes) -> tuple[str | None, str]:
    """``(content_type, "")`` for an acceptable image, else ``(None, reason)``."""
    if len(data) > MAX_BYTES:
        return None, f"image too large ({len(data)} bytes, limit {MAX_BYTES})"
    kind = sniff(data)
    if kind is None:
        return None, "not a PNG, JPEG, GIF, WebP or SVG image"
    return kind, ""


async def _store(conn: AsyncConnection, sha: str, kind: str, data: bytes) -> bool:
    a = t.kb_assets
    if (await conn.execute(sa.select(a.c.sha256).where(a.c.sha256 == sha))).first():
        return False
    await conn.execute(
        sa.insert(a).values(sha256=sha, content_type=kind, data=data, created_at=time.time())
    )
    return True


@api.put("")
async def upload(request: Request, ctx: Ctx, me: Me) -> dict[str, object]:
    """Store one image (supervisors); answers its ``sha256`` and type. Idempotent."""
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may upload knowledge images")
    data = await request.body()
    kind, reason = check(data)
    if kind is None:
        raise HTTPException(422, reason)
    sha = hashlib.sha256(data).hexdigest()
    async with ctx.engine.begin() as conn:
        created = await _store(conn, sha, kind, data)
    return {"sha256": sha, "content_type": kind, "created": created}


async def _read(ctx: Ctx, sha: str, *, published_only: bool) -> Response:
    if not _SHA.match(sha):
        raise HTTPException(404, "no such image")
    a, art = t.kb_assets, t.articles
    query = sa.select(a.c.content_type, a.c.data).where(a.c.sha256 == sha)
    if published_only:
        used = sa.select(art.c.id).where(
            art.c.status == "published", art.c.body.contains(f"asset:{sha}")
        )
        query = query.where(sa.exists(used))
    async with ctx.engine.connect() as conn:
        row = (await conn.execute(query)).first()
    if row is None:
        raise HTTPException(404, "no such image")
    headers = {
        "Cache-Control": ("public, " if published_only else "private, ") + IMMUTABLE,
        "ETag": f'"{sha}"',
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    }
    return Response(bytes(row.data), media_type=str(row.content_type), headers=headers)


@api.get("/{sha}")
async def asset(sha: str, ctx: Ctx, me: Me) -> Response:
    """An image for a signed-in desk (any stored image)."""
    del me  # the dependency is the check: a valid token
    return await _read(ctx, sha, published_only=False)


@public.get("/{sha}")
async def public_asset(sha: str, ctx: Ctx) -> Response:
    """An image for the public article page: only one a published article references."""
    return await _read(ctx, sha, published_only=True)
