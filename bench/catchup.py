"""Catch-up of 100,000 events into a fresh desk cache through the real sync engine.

Target (issue 2): < 5 s. A demo server gets 100,000 extra message events appended to its
log (all visible to agent01); a desk with an empty cache then syncs until idle. The time
runs from the engine's start (websocket connect included, sign-in excluded) to idle: every
event validated, applied and committed with its cursor. The cache is encrypted like the
desk's (SQLCipher, raw 256-bit key).
"""

from __future__ import annotations

import asyncio
import secrets
import tempfile
import time
from pathlib import Path

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.auth import sign_in
from desktop.sync.engine import SyncEngine
from tests.support.eventload import append_message_events
from tests.support.server_proc import ServerProcess

COUNT = 100_000


async def catch_up(server: ServerProcess, cache_file: Path) -> tuple[float, dict[str, int]]:
    session = await sign_in(server.url, "agent01", "demo")
    key = secrets.token_bytes(32)
    cache = Cache(cache_file, key)
    cache.open()
    engine = SyncEngine(cache, session.ws_url, session.token)
    started = time.perf_counter()
    task = asyncio.create_task(engine.run())
    await engine.wait_idle()
    elapsed = time.perf_counter() - started
    engine.stop()
    await asyncio.gather(task, return_exceptions=True)
    cache.close()
    reader = CacheReader(cache_file, key)
    counts = reader.counts()
    reader.close()
    return elapsed, counts


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(Path(tmp) / "server.sqlite", ["--demo"]).start()
        server.stop()
        append_message_events(server.db_path, COUNT)
        server.start()
        try:
            runs = [asyncio.run(catch_up(server, Path(tmp) / f"c{i}.sqlite3")) for i in range(3)]
        finally:
            server.stop()
    best, counts = min(runs)
    print(f"log: demo (~5,500 events) + {COUNT:,} appended message events")
    print(f"cache after catch-up: {counts}")
    print(f"catch-up times: {', '.join(f'{t:.2f} s' for t, _ in runs)} (best {best:.2f} s)")
    print(f"rate: {counts['cursor'] / best:,.0f} events/s (target: 100,000 in < 5 s)")


if __name__ == "__main__":
    main()
