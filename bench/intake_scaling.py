"""Intake throughput with desks connected: SQLite with one process against PostgreSQL with
one, two and three processes, on this 2-core machine.

Target (issue 13, documented, not asserted): the ratio of each PostgreSQL set-up to the
SQLite single process, and what a second and third process add.

For each set-up: ``--demo`` server processes (PostgreSQL ones on a fresh database of a
throwaway PostgreSQL 15 cluster, started together), ``BENCH_DESKS`` protocol-level desks
(:class:`tests.cluster.support.StreamDesk`, signed in as the demo's agents and
supervisor) spread over the processes in a child process, then a child load generator
keeps ``BENCH_CONCURRENCY`` requests in flight to the intake API (round-robin over the
processes, keep-alive connections) for ``BENCH_SECONDS``. Throughput = accepted
messages / seconds. Every write on PostgreSQL takes one cluster-wide advisory lock (the
design: seq order = commit order), so writes are serialised across processes as SQLite's
write gate serialises them in one; what more processes can add is the work outside the
lock (HTTP parsing, validation, JSON, fan-out to the desks), and on two cores they
compete with PostgreSQL, the desks and the load generator for the same CPU.

Run: ``.venv/bin/python -m bench.intake_scaling`` (``BENCH_DESKS``, ``BENCH_SECONDS``,
``BENCH_CONCURRENCY``, ``BENCH_SETUPS`` e.g. ``sqlite-1,pg-1,pg-2,pg-3``).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import tempfile
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bench.cluster_latency import cpu_of, postgres_pids, receive
from bench.routing import cpu_seconds, machine_busy
from bench.sync_latency import LeanClient
from tests.cluster.support import StreamDesk, running, start_processes
from tests.support.client import login
from tests.support.server_proc import ServerProcess

DESKS = int(os.environ.get("BENCH_DESKS", "100"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "15"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "24"))
SETUPS = os.environ.get("BENCH_SETUPS", "sqlite-1,pg-1,pg-2,pg-3").split(",")
USERS = [f"agent{n:02d}" for n in range(1, 11)] + ["supervisor01"]
QUEUES = ("General", "Billing", "Delivery", "Technical Support")


def run_desks(urls: list[str], tokens: list[str], pipe: Connection) -> None:
    """``DESKS`` desks over ``urls`` (a child process) until told to stop; then how many
    events they received."""

    async def main() -> None:
        desks = [
            StreamDesk(
                tokens[n % len(tokens)],
                urls,
                f"scaling-desk-{n:05d}",
                first=n % len(urls),
                keep=lambda _k: False,
            )
            for n in range(DESKS)
        ]
        async with running(desks):
            for desk in desks:
                await desk.wait_for(lambda d=desk: d.cursor > 0, 180, "catch up")  # type: ignore[misc]
            pipe.send("ready")
            await asyncio.to_thread(pipe.recv)
            pipe.send(sum(len(d.seqs) for d in desks))

    asyncio.run(main())


def blast(urls: list[str], seconds: float, concurrency: int, pipe: Connection) -> None:
    """Keep ``concurrency`` intake requests in flight for ``seconds`` (a child process);
    sends back accepted messages/s, the answers' statuses and the seconds it took."""

    async def main() -> None:
        per = max(1, concurrency // len(urls))
        clients = [LeanClient(url, connections=per) for url in urls]
        for client in clients:
            await client.open()
        statuses: Counter[int] = Counter()
        numbers = iter(range(10**9))
        deadline = time.perf_counter() + seconds

        async def worker(client: LeanClient) -> None:
            while time.perf_counter() < deadline:
                n = next(numbers)
                body = {
                    "channel": "chat",
                    "queue": QUEUES[n % len(QUEUES)],
                    "body": f"scaling message {n}",
                    "customer": {"ref": f"scaling-{n % 500}", "name": f"Scaling {n % 500}"},
                }
                statuses[
                    await client.post_json("/api/intake/messages", json.dumps(body).encode())
                ] += 1

        began = time.perf_counter()
        await asyncio.gather(*(worker(c) for c in clients for _ in range(per)))
        took = time.perf_counter() - began
        pipe.send((statuses[200] / took, dict(statuses), took))

    asyncio.run(main())


def start(setup: str, directory: Path) -> list[ServerProcess]:
    """The processes of ``setup`` (``sqlite-1`` or ``pg-N``), started."""
    backend, count = setup.split("-")
    if backend == "sqlite":
        return [ServerProcess(directory / "server.sqlite", ["--demo"], db_url="").start()]
    return list(start_processes(directory, int(count), ("--demo",)))


def measure(ctx: Any, setup: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        procs = start(setup, Path(tmp))
        try:
            urls = [p.url for p in procs]
            tokens = [login(urls[0], user) for user in USERS]
            pipe, end = ctx.Pipe()
            desks = ctx.Process(target=run_desks, args=(urls, tokens, end))
            desks.start()
            receive(pipe, desks, 300)
            pids = [p.proc.pid for p in procs if p.proc is not None]
            pg_pids = postgres_pids() if setup.startswith("pg") else []
            before = [cpu_seconds(pid) for pid in pids]
            pg_before = cpu_of(pg_pids)
            busy_before = machine_busy()
            out, out_end = ctx.Pipe()
            sender = ctx.Process(target=blast, args=(urls, SECONDS, CONCURRENCY, out_end))
            sender.start()
            rate, statuses, took = receive(out, sender, SECONDS + 120)
            sender.join()
            after = [cpu_seconds(pid) for pid in pids]
            pg_used = cpu_of(pg_pids) - pg_before
            busy_after = machine_busy()
            pipe.send("stop")
            events = receive(pipe, desks, 120)
            desks.join()
        finally:
            for proc in procs:
                proc.stop()
    busy = (busy_after[0] - busy_before[0]) / max(busy_after[1] - busy_before[1], 1)
    cpu = ", ".join(f"{(a - b) / took:.0%}" for a, b in zip(after, before, strict=True))
    accepted = max(int(statuses.get(200, 0)), 1)
    per = (sum(after) - sum(before) + pg_used) / accepted * 1000
    print(
        f"{setup}: {per:.1f} ms CPU per accepted message (servers and PostgreSQL);"
        f" on 2 idle cores at most {2000 / per:.0f} messages/s"
    )
    print(
        f"{setup}: {rate:.1f} messages/s accepted ({statuses}); server CPU per process"
        f" {cpu} of a core; postgres {pg_used / took:.0%}; machine {busy:.0%} busy;"
        f" desks received {events:,} events"
    )
    return {"rate": rate}


def main() -> None:
    ctx = multiprocessing.get_context("spawn")
    print(
        f"{DESKS} desks connected, {CONCURRENCY} requests in flight, {SECONDS:.0f} s per set-up;"
        f" load average {os.getloadavg()[0]:.1f}"
    )
    rates = {setup: measure(ctx, setup)["rate"] for setup in SETUPS}
    base = rates.get("sqlite-1")
    if base:
        print("ratios to sqlite-1: " + ", ".join(f"{s} {r / base:.2f}" for s, r in rates.items()))
    for n in (2, 3):
        one, more = rates.get("pg-1"), rates.get(f"pg-{n}")
        if one and more:
            print(f"pg-{n} vs pg-1: {more / one:.2f}x")


if __name__ == "__main__":
    main()
