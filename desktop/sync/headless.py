"""Syncing without a window: for scripts, checks and tests (``frontline sync``)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.cache import Cache
from desktop.store.paths import cache_path
from desktop.store.reader import CacheReader
from desktop.sync.auth import sign_in
from desktop.sync.cache_key import load_cache_key
from desktop.sync.engine import SyncEngine

log = logging.getLogger(__name__)


@dataclass
class HeadlessRun:
    server_url: str
    username: str
    password: str
    data_dir: Path
    until_idle: bool = True
    timeout: float | None = None
    replies: list[tuple[int, str]] = field(default_factory=list)
    use_keyring: bool = True
    """Keep the cache key in the OS keyring (else, or without one, in a 0600 file)."""


async def run_headless(job: HeadlessRun) -> dict[str, int]:
    """Sign in, queue any replies, sync (until idle, or until cancelled), and return the
    cache's counts. Sign-in and auth errors propagate with their message."""
    session = await sign_in(job.server_url, job.username, job.password)
    path = cache_path(job.data_dir, job.username)
    key = await load_cache_key(path, use_keyring=job.use_keyring)
    cache = Cache(path, key.key)
    await asyncio.to_thread(cache.open)
    try:
        engine = SyncEngine(cache, session.ws_url, session.token)
        for conversation_id, body in job.replies:
            await engine.send_reply(conversation_id, body)
        runner = asyncio.create_task(engine.run(), name="sync-engine")
        try:
            if job.until_idle:
                idle = asyncio.create_task(engine.wait_idle())
                done, _ = await asyncio.wait(
                    {idle, runner}, timeout=job.timeout, return_when=asyncio.FIRST_COMPLETED
                )
                idle.cancel()
                if runner in done:
                    runner.result()  # re-raises an auth failure
                elif not done:
                    raise TimeoutError(f"not idle after {job.timeout} s")
            else:
                await runner
        finally:
            engine.stop()
            await asyncio.gather(runner, return_exceptions=True)
    finally:
        await asyncio.to_thread(cache.close)
    reader = CacheReader(cache.path, key.key)
    try:
        return reader.counts()
    finally:
        reader.close()
