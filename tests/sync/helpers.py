"""What desk-sync tests share: a running engine, the server's truth over REST, intake."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from desktop.models.changes import Changes
from desktop.models.connection import ConnectionState, Link
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.auth import sign_in
from desktop.sync.backoff import Backoff
from desktop.sync.engine import SyncEngine


@dataclass
class Desk:
    """An engine syncing a cache file, with every state and change it published."""

    engine: SyncEngine
    cache: Cache
    reader: CacheReader
    token: str
    states: list[ConnectionState] = field(default_factory=list)
    changes: list[Changes] = field(default_factory=list)
    task: asyncio.Task[None] | None = None

    def links(self) -> list[Link]:
        return [s.link for s in self.states]


@contextlib.asynccontextmanager
async def running_desk(
    server_url: str, cache_file: Path, user: str = "agent01", ws_url: str | None = None
) -> AsyncIterator[Desk]:
    """Sign in at ``server_url`` and sync ``cache_file``, over ``ws_url`` if given (a
    proxy); stops the engine and closes the cache on exit."""
    session = await sign_in(server_url, user, "demo")
    cache = Cache(cache_file)
    cache.open()
    engine = SyncEngine(
        cache, ws_url or session.ws_url, session.token, backoff=Backoff(base=0.05, cap=0.5)
    )
    desk = Desk(engine, cache, CacheReader(cache_file), session.token)
    engine.on_state = desk.states.append
    engine.on_changes = desk.changes.append
    desk.task = asyncio.create_task(engine.run())
    try:
        yield desk
    finally:
        engine.stop()
        await asyncio.gather(desk.task, return_exceptions=True)
        desk.reader.close()
        await asyncio.to_thread(cache.close)


async def server_messages(url: str, user: str = "agent01") -> set[int]:
    """Every message id the server lets ``user`` see, read over REST."""
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        login = await client.post("/api/login", json={"username": user, "password": "demo"})
        headers = {"Authorization": f"Bearer {login.json()['token']}"}
        ids: set[int] = set()
        conversations: list[int] = []
        cursor: str | None = None
        while True:
            params: dict[str, str | int] = {"limit": 500}
            if cursor:
                params["cursor"] = cursor
            page = (await client.get("/api/conversations", params=params, headers=headers)).json()
            conversations += [c["id"] for c in page["items"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        for cid in conversations:
            reply = await client.get(f"/api/conversations/{cid}/messages", headers=headers)
            ids.update(m["id"] for m in reply.json()["items"])
        return ids


async def latest_seq(url: str) -> int:
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        return int((await client.get("/api/health")).json()["latest_seq"])


def intake_body(n: int, queue: str = "General", channel: str = "chat") -> dict[str, object]:
    """A customer message for the intake API; ``n`` picks one of 50 customers."""
    return {
        "channel": channel,
        "queue": queue,
        "body": f"Customer message number {n}",
        "customer": {"ref": f"load-{n % 50}@example.com", "name": f"Load Customer {n % 50}"},
    }
