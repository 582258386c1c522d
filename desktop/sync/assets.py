"""Fetch the knowledge images that synced articles reference into the cache.

Article bodies carry ``asset:<sha256>``; after articles sync, the desk asks the cache which
of those it lacks and fetches each with ``GET /api/kb/assets/{sha256}`` (the session's
token) on the asyncio loop, never on the UI thread's critical path. What arrives is checked
against its hash and type before it is stored, so a cache only ever holds the bytes the
article names. A failure leaves the image missing (the reader shows its alt text) and the
next sync tries again. The reader itself never touches the network.
"""

from __future__ import annotations

import hashlib
import logging

import httpx

from desktop.models.changes import Changes
from desktop.store.cache import Cache

log = logging.getLogger(__name__)

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml"})
MAX_BYTES = 2 * 1024 * 1024


async def fetch_missing(
    cache: Cache, server_url: str, token: str, *, client: httpx.AsyncClient | None = None
) -> Changes:
    """Fetch every referenced image the cache lacks; the merged changes of storing them."""
    missing = await cache.missing_assets()
    changes = Changes()
    if not missing:
        return changes
    own = client is None
    http = client or httpx.AsyncClient(base_url=server_url, timeout=30)
    try:
        for sha in missing:
            try:
                response = await http.get(
                    f"{server_url.rstrip('/')}/api/kb/assets/{sha}",
                    headers={"Authorization": f"Bearer {token}"},
                )
            except httpx.HTTPError as exc:
                log.info("knowledge image %s not fetched: %s", sha[:12], type(exc).__name__)
                break  # offline: the next sync tries again
            kind = response.headers.get("content-type", "").split(";")[0].strip()
            data = response.content
            if response.status_code != 200 or kind not in IMAGE_TYPES:
                log.info("knowledge image %s: answer %d %s", sha[:12], response.status_code, kind)
                continue
            if len(data) > MAX_BYTES or hashlib.sha256(data).hexdigest() != sha:
                log.warning("knowledge image %s: content does not match its hash", sha[:12])
                continue
            changes = changes.merge(await cache.put_asset(sha, kind, data))
    finally:
        if own:
            await http.aclose()
    return changes
