"""Chat message customer -> agent desk cache, with 500 chat sessions open.

Target (issue 12): p99 < 100 ms. A separate process opens ``BENCH_SESSIONS`` chat page
sockets (``/chat/ws``, plain websocket clients in one process), starts a chat on each and
sends its first message (that opens the conversations: not measured), then sends
``BENCH_MESSAGES`` follow-ups at ``BENCH_RATE`` per second spread over the sessions, each
body carrying its wall-clock send time. The desk's sync engine (agent01, who sees the
General queue the chats go to) runs in this process and records when the cache
transaction holding each message committed. Latency = commit time - send time (same
machine clock): the page socket, the server's intake write, fan-out and the desk's sync.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import os
import tempfile
import time
import uuid
from multiprocessing.synchronize import Event as ProcessEvent
from pathlib import Path

import psutil
from websockets.asyncio.client import ClientConnection, connect

from bench._common import latency_line, marked, timed_desk, wait_all_in
from tests.support.server_proc import ServerProcess

SESSIONS = int(os.environ.get("BENCH_SESSIONS", "500"))
MESSAGES = int(os.environ.get("BENCH_MESSAGES", "1000"))
RATE = float(os.environ.get("BENCH_RATE", "50"))


async def _open(url: str, n: int) -> ClientConnection:
    ws = await connect(url, open_timeout=60, max_size=2**22)
    await ws.send(json.dumps({"type": "start", "name": f"Bench visitor {n}"}))
    while json.loads(await ws.recv())["type"] != "session":
        pass
    await ws.send(json.dumps({"type": "send", "client_id": "hello", "body": f"hello {n}"}))
    while json.loads(await ws.recv()).get("client_id") != "hello":
        pass
    return ws


async def _drain(ws: ClientConnection) -> None:
    """Read what the server sends (confirmations, queue positions) so nothing backs up."""
    with contextlib.suppress(Exception):
        async for _frame in ws:
            pass


def pages(url: str, ready: ProcessEvent, go: ProcessEvent) -> None:
    """The chat pages (runs in its own process): open, first message, then the load."""

    async def run() -> None:
        sockets: list[ClientConnection] = []
        for start in range(0, SESSIONS, 50):
            sockets += await asyncio.gather(
                *(_open(url, n) for n in range(start, min(start + 50, SESSIONS)))
            )
        drains = [asyncio.create_task(_drain(ws)) for ws in sockets]
        ready.set()
        await asyncio.to_thread(go.wait)
        began = time.perf_counter()
        for n in range(MESSAGES):
            due = began + n / RATE
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            body = marked(f"message {n}")
            frame = {"type": "send", "client_id": uuid.uuid4().hex, "body": body}
            await sockets[n % SESSIONS].send(json.dumps(frame))
        await asyncio.sleep(2)
        for ws in sockets:
            await ws.close()
        await asyncio.gather(*drains, return_exceptions=True)

    asyncio.run(run())


def _cpu(server: ServerProcess) -> float:
    """The server process's CPU seconds so far (user + system)."""
    assert server.proc is not None
    times = psutil.Process(server.proc.pid).cpu_times()
    return float(times.user + times.system)


async def measure(server: ServerProcess, cache_file: Path) -> list[float]:
    async with timed_desk(server.url, cache_file, MESSAGES) as cache:
        spawn = multiprocessing.get_context("spawn")
        ready, go = spawn.Event(), spawn.Event()
        chat_url = server.url.replace("http://", "ws://", 1) + "/chat/ws"
        process = spawn.Process(target=pages, args=(chat_url, ready, go))
        process.start()
        await asyncio.to_thread(ready.wait)
        print(f"{SESSIONS} chat sessions open, each with its first message")
        cpu = _cpu(server)
        go.set()
        await wait_all_in(cache, MESSAGES / RATE + 60)
        used = _cpu(server) - cpu
        print(
            f"server CPU per chat message: {used / MESSAGES * 1000:.2f} ms (includes its fan-out)"
        )
        await asyncio.to_thread(process.join)
    return cache.latencies


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        flags = ["--demo", "--max-chat-sessions", str(SESSIONS + 10)]
        server = ServerProcess(Path(tmp) / "server.sqlite", flags).start()
        try:
            latencies = asyncio.run(measure(server, Path(tmp) / "cache.sqlite3"))
        finally:
            server.stop()
    print(
        f"messages: {len(latencies):,} at {RATE:.0f}/s (expected {MESSAGES:,}), {SESSIONS} sessions"
    )
    print(latency_line(latencies, (50, 95, 99)))
    print("target: p99 < 100 ms")


if __name__ == "__main__":
    main()
