"""1,000 desks across three server processes on one PostgreSQL database, 100 customer
messages/s: customer message -> event on the desk, p50/p99, loss, and CPU per process.

Target (issue 13): p99 < 100 ms, zero loss, on this 2-core machine.

Set-up: three ``frontline server --demo`` processes on a fresh database of a throwaway
PostgreSQL 15 cluster (``tests/support/pg.py``), started together. The script adds
``BENCH_QUEUES`` team queues and ``BENCH_DESKS`` agents, each a member of one queue (a
centre of a thousand agents works in teams; every message is visible to its queue's
agents), and writes their sessions straight into the database (a thousand Argon2 sign-ins
would cost minutes of CPU and measure nothing here).

Desks: ``BENCH_DESKS`` protocol-level desks (:class:`tests.cluster.support.StreamDesk`,
one websocket each, no SQLite cache) in a child process, spread round-robin over the
processes (directly on each port; ``BENCH_VIA=nginx``: all through one nginx with the
launcher's configuration), starting from the current seq
as a desk with a cache would. Latency = the desk's wall clock when the event arrived minus
the send time the message carries (one machine, one clock). Besides them, one real desk
per process (supervisor01's sync engine with its encrypted SQLite cache, in another child
process; a supervisor sees every queue) times message -> committed in its cache.

Load: a third child process posts ``BENCH_RATE`` messages/s for ``BENCH_SECONDS`` to the
intake API, round-robin over the processes. Loss: every desk must receive every message
of its queue exactly once (checked against the database).

Run: ``.venv/bin/python -m bench.cluster_latency`` (``BENCH_DESKS``, ``BENCH_QUEUES``,
``BENCH_RATE``, ``BENCH_SECONDS``, ``BENCH_PROCESSES``, ``BENCH_REAL_DESKS``, ``BENCH_VIA``
override the defaults).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import multiprocessing
import os
import secrets
import socket
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import httpx
import psycopg

from bench._common import MARK, TimedCache, latency_line, marked, percentiles
from bench.routing import cpu_seconds, machine_busy
from bench.sync_latency import LeanClient
from desktop.sync.auth import sign_in
from desktop.sync.engine import SyncEngine
from tests.cluster.support import (
    ClusterProcess,
    Received,
    StreamDesk,
    latest_seq,
    running,
    sql,
    start_processes,
)
from tests.support import pg

DESKS = int(os.environ.get("BENCH_DESKS", "1000"))
QUEUES = int(os.environ.get("BENCH_QUEUES", "50"))
RATE = float(os.environ.get("BENCH_RATE", "100"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "60"))
PROCESSES = int(os.environ.get("BENCH_PROCESSES", "3"))
REAL_DESKS = os.environ.get("BENCH_REAL_DESKS", "1") != "0"
VIA = os.environ.get("BENCH_VIA", "direct")
"""``direct``: desks and load on each process's own port; ``nginx``: everything through
one nginx in front of the processes (``cli.cluster.nginx``'s configuration)."""
DRAIN = 30.0
"""Seconds at most to wait after the last message for the desks to receive it."""


# ----------------------------------------------------------------------------- set-up


def add_team(url: str, queues: int, agents: int) -> tuple[list[str], list[str], list[int]]:
    """``queues`` queues ``Team NN`` (with routing settings) and ``agents`` agents
    ``deskNNNN`` spread over them round-robin, with sessions: the queue names, and each
    agent's session token and queue id."""
    names = [f"Team {n + 1:02d}" for n in range(queues)]
    tokens: list[str] = []
    homes: list[int] = []
    with psycopg.connect(url) as conn:
        password = str(_one(conn, "SELECT password_hash FROM agents WHERE id = 1"))
        first_queue = int(_one(conn, "SELECT MAX(id) FROM queues")) + 1
        first_agent = int(_one(conn, "SELECT MAX(id) FROM agents")) + 1
        queue_ids = [first_queue + n for n in range(queues)]
        agent_rows, member_rows, session_rows = [], [], []
        expires = time.time() + 24 * 3600
        for n in range(agents):
            agent_id, queue_id = first_agent + n, queue_ids[n % queues]
            agent_rows.append((agent_id, f"desk{n + 1:04d}", f"Desk {n + 1}", "agent", password))
            member_rows.append((agent_id, queue_id))
            token = secrets.token_urlsafe(32)
            session_rows.append((hashlib.sha256(token.encode()).hexdigest(), agent_id, expires))
            tokens.append(token)
            homes.append(queue_id)
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO queues (id, name) VALUES (%s, %s)",
                list(zip(queue_ids, names, strict=True)),
            )
            cur.executemany(
                "INSERT INTO routing_queues (queue_id) VALUES (%s)", [(q,) for q in queue_ids]
            )
            cur.executemany(
                "INSERT INTO agents (id, username, display_name, role, password_hash)"
                " VALUES (%s, %s, %s, %s, %s)",
                agent_rows,
            )
            cur.executemany(
                "INSERT INTO agent_queues (agent_id, queue_id) VALUES (%s, %s)", member_rows
            )
            cur.executemany(
                "INSERT INTO sessions (token_hash, agent_id, expires_at) VALUES (%s, %s, %s)",
                session_rows,
            )
        for table in ("queues", "agents"):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" (SELECT MAX(id) FROM {table}))"
            )
    return names, tokens, homes


def _one(conn: psycopg.Connection[Any], statement: str) -> Any:
    row = conn.execute(statement).fetchone()
    assert row is not None
    return row[0]


def stored_messages(url: str) -> dict[int, int]:
    """Bench message id -> its conversation's queue, as stored."""
    rows = sql(
        url,
        "SELECT m.id, c.queue_id FROM messages m JOIN conversations c"
        " ON c.id = m.conversation_id WHERE m.body LIKE ?",
        MARK + "%",
    )
    return {int(m): int(q) for m, q in rows}


# ----------------------------------------------------------------------------- desks


def run_desks(
    urls: list[str], tokens: list[str], homes: list[int], cursor: tuple[str, int], pipe: Connection
) -> None:
    """The simulated desks (a child process): connect, report ready, follow the log; when
    told which messages were stored, wait (at most :data:`DRAIN` s) until every desk has
    every message of its queue, then send back the latencies and what each received."""

    epoch, start = cursor

    async def main() -> None:
        latencies: list[float] = []
        seen: list[dict[int, int]] = [{} for _ in tokens]
        arrived = asyncio.Event()

        def on_event(desk: StreamDesk, event: Received) -> None:
            if event.kind != "message" or not event.data:
                return
            body = str(event.data.get("body", ""))
            if not body.startswith(MARK):
                return
            counts = seen[int(desk.client_id.rsplit("-", 1)[1])]
            counts[event.id] = counts.get(event.id, 0) + 1
            if counts[event.id] == 1:
                latencies.append(event.at - float(body[len(MARK) :].split(" ", 1)[0]))
                arrived.set()

        desks = []
        for n, token in enumerate(tokens):
            desk = StreamDesk(
                token, urls, f"bench-desk-{n:05d}", first=n % len(urls), keep=lambda _k: False
            )
            desk.cursor, desk.epoch, desk.on_event = start, epoch, on_event
            desks.append(desk)
        async with running(desks):
            for desk in desks:
                await desk.wait_for(lambda d=desk: d.connects > 0, 180, "connect")  # type: ignore[misc]
            pipe.send(sum(d.connects for d in desks))
            messages: dict[int, int] = await asyncio.to_thread(pipe.recv)
            per_queue = Counter(messages.values())
            want = sum(per_queue[q] for q in homes)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(DRAIN):
                    while len(latencies) < want:
                        arrived.clear()
                        await arrived.wait()
        problems = [p for d in desks for p in d.problems]
        pipe.send((latencies, seen, problems, [d.connects for d in desks]))

    asyncio.run(main())


def run_real_desks(urls: list[str], directory: str, expected: int, pipe: Connection) -> None:
    """One real desk (sync engine, encrypted SQLite cache) per process, as supervisor01
    (sees every queue): message -> committed in its cache."""

    async def main() -> None:
        caches: list[TimedCache] = []
        engines: list[SyncEngine] = []
        tasks = []
        for n, url in enumerate(urls):
            session = await sign_in(url, "supervisor01", "demo", timeout=60)
            cache = TimedCache(Path(directory) / f"real{n}.sqlite3", expected)
            cache.open()
            engine = SyncEngine(cache, session.ws_url, session.token)
            tasks.append(asyncio.create_task(engine.run()))
            await engine.wait_idle()
            caches.append(cache)
            engines.append(engine)
        pipe.send("ready")
        await asyncio.to_thread(pipe.recv)
        for engine in engines:
            engine.stop()
        await asyncio.gather(*tasks, return_exceptions=True)
        for cache in caches:
            cache.close()
        pipe.send([c.latencies for c in caches])

    asyncio.run(main())


# ----------------------------------------------------------------------------- load


def send_load(urls: list[str], queues: list[str], rate: float, seconds: float) -> None:
    """Post ``rate`` marked messages/s for ``seconds``, round-robin over ``urls`` and the
    queues (a child process: the customers are elsewhere in a real centre)."""

    async def main() -> None:
        clients = [LeanClient(url, connections=8) for url in urls]
        for client in clients:
            await client.open()
        start = time.perf_counter()
        tasks = []
        statuses: Counter[int] = Counter()

        async def post(client: LeanClient, payload: bytes) -> float:
            began = time.perf_counter()
            statuses[await client.post_json("/api/intake/messages", payload)] += 1
            return (time.perf_counter() - began) * 1000

        for n in range(int(rate * seconds)):
            await asyncio.sleep(max(0.0, start + n / rate - time.perf_counter()))
            body = {
                "channel": "chat",
                "queue": queues[n % len(queues)],
                "body": marked(f"bench message {n}"),
                "customer": {"ref": f"bench-{n % 500}", "name": f"Bench {n % 500}"},
            }
            payload = json.dumps(body).encode()
            tasks.append(asyncio.create_task(post(clients[n % len(clients)], payload)))
        took = await asyncio.gather(*tasks)
        print(f"intake round trip ms: {percentiles(took, (50, 99))}; statuses {dict(statuses)}")

    asyncio.run(main())


# ----------------------------------------------------------------------------- CPU


def postgres_pids() -> list[int]:
    """The test cluster's postmaster and its children (its backends as of now: those
    connected later are not counted, so PostgreSQL's CPU is a lower bound)."""
    master = int((pg.cluster().data / "postmaster.pid").read_text().split("\n", 1)[0])
    pids = [master]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == master:
                pids.append(int(entry.name))
    return pids


def cpu_of(pids: Sequence[int]) -> float:
    """CPU seconds of ``pids`` so far (those gone count nothing)."""
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            total += cpu_seconds(pid)
    return total


def receive(pipe: Connection, child: Any, timeout: float) -> Any:
    """The child's next message; ``RuntimeError`` if it died or ``timeout`` s passed."""
    deadline = time.monotonic() + timeout
    while not pipe.poll(1.0):
        if not child.is_alive():
            raise RuntimeError(f"{child.name} died (exit code {child.exitcode})")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{child.name} said nothing within {timeout:.0f} s")
    return pipe.recv()


# ----------------------------------------------------------------------------- nginx


def balancer(directory: Path, ports: list[int]) -> tuple[subprocess.Popen[bytes], str]:
    """nginx in front of ``ports`` with the configuration ``frontline cluster`` writes;
    the process and its URL once it answers."""
    from cli.cluster.nginx import NGINX, Balancer, BalancerConfig

    run = directory / "nginx"
    run.mkdir()
    os.chmod(directory, 0o711)  # nginx's workers (www-data) must pass through
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    config = BalancerConfig(run, "127.0.0.1", port, ports, as_root=os.geteuid() == 0)
    nginx = Balancer(config)
    nginx.write()
    argv = [NGINX, "-p", str(run), "-e", str(run / "nginx-error.log"), "-c", str(nginx.path)]
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/api/health", timeout=5).status_code == 200:
                return proc, url
        if time.monotonic() > deadline or proc.poll() is not None:
            raise RuntimeError(f"nginx did not come up: {(run / 'nginx-error.log').read_text()}")
        time.sleep(0.1)  # polling a starting process: no event to wait on


def children(pid: int) -> list[int]:
    """``pid`` and its direct children."""
    pids = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    pids.append(int(entry.name))
    return pids


# ----------------------------------------------------------------------------- main


def measure(ctx: Any, procs: list[ClusterProcess], tmp: str) -> None:
    """Through nginx if asked, then :func:`run_measure`."""
    urls = [p.url for p in procs]
    nginx: subprocess.Popen[bytes] | None = None
    if VIA == "nginx":
        nginx, front = balancer(Path(tmp), [int(u.rsplit(":", 1)[1]) for u in urls])
        urls = [front]
    try:
        run_measure(ctx, procs, tmp, urls, nginx=nginx)
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(10)


def run_measure(
    ctx: Any,
    procs: list[ClusterProcess],
    tmp: str,
    urls: list[str],
    *,
    nginx: subprocess.Popen[bytes] | None,
) -> None:
    url = procs[0].db_url
    queues, tokens, homes = add_team(url, QUEUES, DESKS)
    epoch = str(httpx.get(f"{urls[0]}/api/health", timeout=10).json()["epoch"])
    start = latest_seq(url)
    desk_pipe, desk_end = ctx.Pipe()
    desks = ctx.Process(target=run_desks, args=(urls, tokens, homes, (epoch, start), desk_end))
    real_pipe, real_end = ctx.Pipe()
    real = ctx.Process(target=run_real_desks, args=(urls, tmp, int(RATE * SECONDS), real_end))
    if REAL_DESKS:
        real.start()
        receive(real_pipe, real, 120)
    began = time.time()
    desks.start()
    connects = receive(desk_pipe, desks, 300)
    print(f"{DESKS} desks connected ({connects} connects) in {time.time() - began:.1f} s")
    pids = [p.proc.pid for p in procs if p.proc is not None]
    pg_pids = postgres_pids()
    nginx_pids = children(nginx.pid) if nginx is not None else []
    cpu_before = [cpu_seconds(pid) for pid in pids]
    clients = [c.pid for c in (desks, real) if c.pid is not None]
    clients_before = cpu_of(clients)
    pg_before = cpu_of(pg_pids)
    nginx_before = cpu_of(nginx_pids)
    busy_before = machine_busy()
    sender = ctx.Process(target=send_load, args=(urls, queues, RATE, SECONDS))
    load_began = time.time()
    sender.start()
    sender.join()
    messages = stored_messages(url)
    desk_pipe.send(messages)
    latencies, seen, problems, connects_after = receive(desk_pipe, desks, DRAIN + 120)
    took = time.time() - load_began
    cpu_after = [cpu_seconds(pid) for pid in pids]
    pg_after = cpu_of(pg_pids)
    clients_used = cpu_of(clients) - clients_before
    nginx_used = cpu_of(nginx_pids) - nginx_before
    busy_after = machine_busy()
    busy = (busy_after[0] - busy_before[0]) / max(busy_after[1] - busy_before[1], 1)
    real_latencies: list[list[float]] = []
    if REAL_DESKS:
        real_pipe.send("stop")
        real_latencies = receive(real_pipe, real, 60)
        real.join()
    desks.join()

    print_report(messages, homes, (latencies, seen, problems, connects_after), real_latencies)
    print_cpu((cpu_before, cpu_after), pg_after - pg_before, nginx_used if nginx else None, took)
    pg_used = pg_after - pg_before
    print("CPU per message: " + cpu_per_message(cpu_before, cpu_after, pg_used, len(messages)))
    print(
        f"the bench's desks (simulated and real): {clients_used / took:.0%} of a core\n"
        f"machine busy {busy:.0%} of its cores; load average {os.getloadavg()[0]:.1f}"
    )
    print("target: p99 < 100 ms, zero loss")


def cpu_per_message(before: list[float], after: list[float], pg_used: float, count: int) -> str:
    """Server and PostgreSQL CPU per stored message, fan-out included."""
    servers = (sum(after) - sum(before)) / max(count, 1) * 1000
    return (
        f"servers {servers:.1f} ms (fan-out to {DESKS // QUEUES} desks included),"
        f" postgres {pg_used / max(count, 1) * 1000:.1f} ms"
    )


def print_cpu(
    servers: tuple[list[float], list[float]], pg_used: float, nginx_used: float | None, took: float
) -> None:
    """CPU of each process, PostgreSQL and nginx over ``took`` seconds, and the machine's."""
    for n, (b, a) in enumerate(zip(*servers, strict=True)):
        print(
            f"process {n + 1}: {a - b:.1f} s CPU in {took:.1f} s ({(a - b) / took:.0%} of a core)"
        )
    print(f"postgres: {pg_used:.1f} s CPU ({pg_used / took:.0%} of a core)")
    if nginx_used is not None:
        print(f"nginx: {nginx_used:.1f} s CPU ({nginx_used / took:.0%} of a core)")


def print_report(
    messages: dict[int, int],
    homes: list[int],
    desks: tuple[list[float], list[dict[int, int]], list[str], list[int]],
    real_latencies: list[list[float]],
) -> None:
    """Deliveries, loss and latencies of the desks."""
    latencies, seen, problems, connects_after = desks
    by_queue: dict[int, set[int]] = {}
    for message_id, queue_id in messages.items():
        by_queue.setdefault(queue_id, set()).add(message_id)
    lost = duplicates = extra = want = 0
    for n, counts in enumerate(seen):
        mine = by_queue.get(homes[n], set())
        want += len(mine)
        lost += len(mine - set(counts))
        extra += len(set(counts) - mine)
        duplicates += sum(c - 1 for c in counts.values() if c > 1)
    how = "through nginx" if VIA == "nginx" else "direct ports"
    print(f"desks: {DESKS} across {PROCESSES} processes ({how}), {QUEUES} queues")
    print(f"messages: {len(messages):,} stored of {int(RATE * SECONDS):,} sent at {RATE:.0f}/s")
    print(
        f"deliveries: {len(latencies):,} of {want:,} expected;"
        f" lost {lost}, duplicates {duplicates}, extra {extra}"
    )
    print(
        f"desk problems: {len(problems)} {problems[:3]}; reconnects {sum(connects_after) - DESKS}"
    )
    if len(latencies) > 2:
        print("desks (protocol-level, on receipt): " + latency_line(latencies, (50, 90, 99)))
    for n, lat in enumerate(real_latencies):
        if len(lat) > 2:
            print(f"real desk on process {n + 1} (cache commit): " + latency_line(lat, (50, 99)))


def main() -> None:
    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        began = time.time()
        procs = start_processes(Path(tmp), PROCESSES, ("--demo",))
        print(f"{PROCESSES} processes up in {time.time() - began:.1f} s")
        try:
            measure(ctx, procs, tmp)
        finally:
            for proc in procs:
                proc.stop()


if __name__ == "__main__":
    main()
