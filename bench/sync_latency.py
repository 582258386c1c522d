"""Customer message -> committed in the desk's cache, on loopback, at 200 messages/s.

Target (issue 2): p99 < 50 ms. A separate process posts customer messages to the intake
API at a steady 200/s (each body carries its wall-clock send time); the desk's sync engine
runs in this process and records, for every message event, the moment the cache
transaction holding it committed. Latency = commit time - send time (same machine clock).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from bench._common import latency_line, marked, percentiles, timed_desk, wait_all_in
from tests.support.server_proc import ServerProcess

RATE = float(os.environ.get("BENCH_RATE", "200"))
SECONDS = 20


class LeanClient:
    """A minimal HTTP/1.1 keep-alive client for the load generator.

    The customers of a real centre are on other machines; here they share two cores with
    the server and the desk, so the sender must cost as little CPU as possible (httpx
    spends about 1 ms of CPU per request, which the server then misses).
    """

    def __init__(self, url: str, connections: int = 16) -> None:
        parts = urlsplit(url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.size = connections
        self.pool: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )

    async def open(self) -> None:
        for _ in range(self.size):
            self.pool.put_nowait(await asyncio.open_connection(self.host, self.port))

    async def post_json(self, path: str, payload: bytes) -> int:
        reader, writer = await self.pool.get()
        try:
            writer.write(
                f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n".encode()
                + payload
            )
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            return status
        finally:
            self.pool.put_nowait((reader, writer))


def send_steadily(url: str, rate: float, seconds: int) -> None:
    """Post ``rate`` messages per second for ``seconds`` (runs in its own process)."""

    async def run() -> None:
        client = LeanClient(url)
        await client.open()
        start = time.perf_counter()
        tasks = []
        for n in range(int(rate * seconds)):
            due = start + n / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            body = {
                "channel": "chat",
                "queue": ("General", "Billing", "Delivery")[n % 3],
                "body": marked(f"order {n} has not arrived"),
                "customer": {"ref": f"bench-{n % 100}", "name": f"Bench {n % 100}"},
            }
            tasks.append(asyncio.create_task(timed_post(client, json.dumps(body).encode())))
        took = await asyncio.gather(*tasks)
        print(f"intake round trip ms: {percentiles(took, (50, 99))} (server answered)")

    async def timed_post(client: LeanClient, payload: bytes) -> float:
        started = time.perf_counter()
        status = await client.post_json("/api/intake/messages", payload)
        if status != 200:
            raise RuntimeError(f"intake answered {status}")
        return (time.perf_counter() - started) * 1000

    asyncio.run(run())


async def measure(url: str, cache_file: Path) -> list[float]:
    async with timed_desk(url, cache_file, int(RATE * SECONDS)) as cache:
        sender = multiprocessing.get_context("spawn").Process(
            target=send_steadily, args=(url, RATE, SECONDS)
        )
        sender.start()
        await asyncio.to_thread(sender.join)
        await wait_all_in(cache, 30)
    return cache.latencies


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(Path(tmp) / "server.sqlite", ["--demo"]).start()
        try:
            latencies = asyncio.run(measure(server.url, Path(tmp) / "cache.sqlite3"))
        finally:
            server.stop()
    expected = f"expected {RATE * SECONDS:,.0f}"
    print(f"messages: {len(latencies):,} at {RATE:.0f}/s for {SECONDS} s ({expected})")
    print(latency_line(latencies, (50, 90, 99)))
    print("target: p99 < 50 ms")


if __name__ == "__main__":
    main()
