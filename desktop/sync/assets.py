"""Fetch the knowledge images that synced articles reference into the cache.

Article bodies carry ``asset:<sha256>``; after articles sync, the desk asks the cache which
of those it lacks and fetches each with ``GET /api/kb/assets/{sha256}`` (the session's
token) on the asyncio loop, never on the UI thread's critical path. What arrives is checked
against its hash and type before it is stored, so a cache only ever holds the bytes the
article names. A failure leaves the image missing (the reader shows its alt text) and the
next sync tries again. The reader itself never touches the network.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Callable

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


class AssetFetcher:
    """Fetches the images synced articles reference, after each change that may need
    some, one pass at a time: a change that arrives during a pass asks for one more pass
    when it ends, so bursts of article changes cost one loop, not one per change.

    The desk owns one. :meth:`use` gives it the signed-in server and token (None after a
    sign-out: nothing is fetched until the next sign-in); :meth:`on_changes` is connected
    to the bridge's changes; what storing the images changed goes to ``publish`` (the
    bridge, so the article reader repaints). A failure is logged and the next change tries
    again; the reader shows the image's alt text meanwhile.
    """

    def __init__(self, cache: Cache, publish: Callable[[Changes], None]) -> None:
        self.cache = cache
        self.publish = publish
        self.server_url: str | None = None
        self.token: str | None = None
        self._task: asyncio.Task[None] | None = None
        self._again = False

    def use(self, server_url: str | None, token: str | None) -> None:
        """Fetch from this server with this token from now on (None: stop fetching)."""
        self.server_url, self.token = server_url, token

    def on_changes(self, changes: Changes) -> None:
        """After articles sync (or a snapshot), fetch the images they reference."""
        if not (changes.articles or changes.reset) or self.token is None:
            return
        if self._task is not None and not self._task.done():
            self._again = True
            return
        self._task = asyncio.get_running_loop().create_task(self._run(), name="kb-images")
        self._task.add_done_callback(self._on_done)

    async def _run(self) -> None:
        again = True
        while again and self.server_url is not None and self.token is not None:
            self._again = False
            changes = await fetch_missing(self.cache, self.server_url, self.token)
            if changes:
                self.publish(changes)
            again = self._again

    def _on_done(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and (error := task.exception()) is not None:
            log.warning("knowledge images not fetched: %r", error)

    async def stop(self) -> None:
        """Cancel a pass under way (the desk is closing)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
