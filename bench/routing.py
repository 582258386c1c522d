"""Routing: contact arrival -> offer ringing on the chosen desk, at 50 arrivals/s with 100
agents connected.

Targets (issue 8, documented, not asserted): arrival -> offer on the desk p99 < 100 ms at
50 arrivals/s with 100 simulated agents; the routing decision's cost per contact; server
CPU per offered contact.

A real server (subprocess) starts on a demo database to which this script adds agents
``bench001``..: each a member of one queue (a third of them of a second one too), with a
routing profile of skill levels and languages. Desk processes connect one websocket per
agent, set presence ``available`` (``presence.set``), accept each offer after a short think
time (``offer.accept``), end the contact a little later (a chat: resolved with the
``set_status`` mutation; a call: ``call.control`` hang-up) and wrap up (``work.wrapup``)
so their capacity frees. The load generator posts chats to intake and calls to the CTI API
at a steady rate. Latency = the desk's wall clock when the ``offer`` event arrived minus
the wall clock when the arrival's HTTP request was sent (one machine, one clock). The
server's own view splits it: the offer's ``offered_at`` (when the round decided) and
the log line of each routing round, if it writes one. Server CPU is read from
``/proc/<pid>/stat`` around the load.

Run: ``.venv/bin/python -m bench.routing`` (``BENCH_AGENTS``, ``BENCH_RATE``,
``BENCH_SECONDS``, ``BENCH_CALL_SHARE``, ``BENCH_HANDLE`` override the defaults).
Bounded: it stops by itself within ``BENCH_SECONDS`` + 60 s.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import multiprocessing
import os
import random
import re
import sqlite3
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.synchronize import Event as MpEvent
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection

from bench.sync_latency import LeanClient
from protocol.frames import Command, Mutation, SetStatusOp, encode
from tests.support.client import hello, login, open_ws
from tests.support.server_proc import ServerProcess

AGENTS = int(os.environ.get("BENCH_AGENTS", "100"))
RATE = float(os.environ.get("BENCH_RATE", "50"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "20"))
CALL_SHARE = float(os.environ.get("BENCH_CALL_SHARE", "0.2"))
DESK_PROCESSES = 2
THINK = (0.1, 0.4)
"""Seconds from the offer ringing to the agent's accept."""
HANDLE = tuple(float(x) for x in os.environ.get("BENCH_HANDLE", "0.5-1.5").split("-"))
"""Seconds from the accept to the end of the contact. The default makes every agent
implausibly quick, so the run measures the server's whole throughput (routing plus every
accept, resolve and wrap-up); ``BENCH_HANDLE=600-900`` keeps contacts for the run, as real
agents would, and isolates routing: arrival to offer with the desks busy but writing
little (keep ``BENCH_RATE * BENCH_SECONDS`` within the agents' capacity)."""
DRAIN = 30.0
"""Seconds at most to wait after the last arrival for the last offers."""
QUEUES = ("General", "Billing", "Delivery", "Technical Support")
LANGUAGES = ("en", "fi", "zh-Hans", "zh-Hant")
WRAPUP_CODE = "resolved"
ROUND_LINE = re.compile(r"routing round .*?([0-9.]+) ms")
"""The server's log line for one routing round, if it writes one (its cost in ms)."""


# ----------------------------------------------------------------------------- set-up


def add_agents(db_path: Path, count: int, seed: int = 8) -> list[str]:
    """Add ``count`` agents (the demo password) with queue memberships, skill levels and
    languages, and give every queue a wrap-up code, straight into the stopped server's
    database. Returns their usernames."""
    rng = random.Random(seed)
    db = sqlite3.connect(db_path)
    try:
        password_hash = db.execute(
            "SELECT password_hash FROM agents WHERE username = 'agent01'"
        ).fetchone()[0]
        queue_ids = {name: qid for qid, name in db.execute("SELECT id, name FROM queues")}
        first = int(db.execute("SELECT MAX(id) FROM agents").fetchone()[0]) + 1
        names = []
        for n in range(count):
            agent_id, username = first + n, f"bench{n + 1:03d}"
            names.append(username)
            db.execute(
                "INSERT INTO agents (id, username, display_name, role, password_hash)"
                " VALUES (?, ?, ?, 'agent', ?)",
                (agent_id, username, f"Bench Agent {n + 1}", password_hash),
            )
            queues = [QUEUES[n % len(QUEUES)]]
            if n % 3 == 0:
                queues.append(QUEUES[(n + 1) % len(QUEUES)])
            db.executemany(
                "INSERT INTO agent_queues (agent_id, queue_id) VALUES (?, ?)",
                [(agent_id, queue_ids[q]) for q in queues],
            )
            skills = [{"queue_id": queue_ids[q], "level": rng.randint(1, 5)} for q in queues]
            languages = [] if rng.random() < 0.6 else sorted(rng.sample(LANGUAGES, 2))
            db.execute(
                "INSERT INTO routing_profiles (agent_id, skills, languages) VALUES (?, ?, ?)",
                (agent_id, json.dumps(skills), json.dumps(languages)),
            )
        # Only the bench's contacts are routed: the demo's waiting ones are closed.
        db.execute("UPDATE conversations SET status = 'resolved' WHERE assignee_id IS NULL")
        codes = json.dumps([{"code": WRAPUP_CODE, "label": "Resolved"}])
        for qid in queue_ids.values():
            db.execute(
                "INSERT OR REPLACE INTO routing_queues (queue_id, acw_seconds, wrapup_required,"
                " wrapup_codes) VALUES (?, 0, 1, ?)",
                (qid, codes),
            )
        db.commit()
    finally:
        db.close()
    return names


# ----------------------------------------------------------------------------- desks


@dataclass
class Seen:
    """One offer as a desk saw it ring."""

    conversation_id: int
    offer_id: int
    channel: str
    received: float
    offered_at: float


@dataclass
class DeskCounts:
    """What the desks of one process did."""

    seen: list[Seen] = field(default_factory=list)
    accepted: int = 0
    ended: int = 0
    wrapped: int = 0
    refused: dict[str, int] = field(default_factory=dict)

    def refuse(self, what: str) -> None:
        self.refused[what] = self.refused.get(what, 0) + 1


class Desk:
    """One agent's websocket: presence available, then accept, end and wrap up each offer.

    Frames are parsed only when they can matter (a command's result, an offer event), so
    a hundred desks in two processes keep up with the server's fan-out."""

    def __init__(self, url: str, ws_url: str, username: str, counts: DeskCounts) -> None:
        self.url = url
        self.ws_url = ws_url
        self.username = username
        self.counts = counts
        self.rng = random.Random(username)
        self.ws: ClientConnection | None = None
        self.agent_id = 0
        self.next_command = 0
        self.next_mutation = 0
        self.pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.rung: set[int] = set()
        self.wrapping: set[int] = set()
        self.tasks: set[asyncio.Task[None]] = set()
        self.reader: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        token = await asyncio.to_thread(login, self.url, self.username)
        self.ws = await open_ws(self.ws_url)
        welcome = await hello(self.ws, token, client_id=f"bench-{self.username}")
        self.agent_id = welcome.agent.id
        self.next_mutation = welcome.last_mutation_id
        self.reader = asyncio.create_task(self.read())
        answer = await self.command("presence.set", {"state": "available"})
        if not answer.get("ok"):
            raise RuntimeError(f"{self.username}: presence.set refused: {answer}")

    async def command(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        assert self.ws is not None
        self.next_command += 1
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.pending[self.next_command] = future
        await self.ws.send(encode(Command(command_id=self.next_command, name=name, args=args)))
        return await asyncio.wait_for(future, 10)

    async def read(self) -> None:
        assert self.ws is not None
        async for raw in self.ws:
            now = time.time()
            text = raw if isinstance(raw, str) else raw.decode()
            if text.startswith('{"type":"result"'):
                frame = json.loads(text)
                future = self.pending.pop(int(frame["command_id"]), None)
                if future is not None and not future.done():
                    future.set_result(frame)
            elif '"kind":"offer"' in text and text.startswith('{"type":"events"'):
                for event in json.loads(text)["events"]:
                    if event["kind"] == "offer" and event.get("data"):
                        self.on_offer(event["data"], now)

    def on_offer(self, offer: dict[str, Any], now: float) -> None:
        if offer["agent_id"] != self.agent_id:
            return
        offer_id = int(offer["id"])
        if offer["state"] == "ringing" and offer_id not in self.rung:
            self.rung.add(offer_id)
            self.counts.seen.append(
                Seen(
                    int(offer["conversation_id"]),
                    offer_id,
                    str(offer["channel"]),
                    now,
                    float(offer["offered_at"]),
                )
            )
            self.spawn(self.work(offer))
        elif offer["phase"] == "acw" and offer_id not in self.wrapping:
            self.wrapping.add(offer_id)
            self.spawn(self.wrap_up(offer_id))

    def spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def work(self, offer: dict[str, Any]) -> None:
        await asyncio.sleep(self.rng.uniform(*THINK))
        result = await self.command("offer.accept", {"offer_id": offer["id"]})
        if not result["ok"]:
            self.counts.refuse(f"accept: {result.get('code')}")
            return
        self.counts.accepted += 1
        await asyncio.sleep(self.rng.uniform(*HANDLE))
        if offer["channel"] == "phone" and offer.get("call_id"):
            result = await self.command(
                "call.control", {"call_id": offer["call_id"], "action": "hangup"}
            )
            if not result["ok"]:
                self.counts.refuse(f"hangup: {result.get('code')}")
                return
        else:
            assert self.ws is not None
            self.next_mutation += 1
            change = SetStatusOp(conversation_id=offer["conversation_id"], status="resolved")
            await self.ws.send(encode(Mutation(mutation_id=self.next_mutation, change=change)))
        self.counts.ended += 1

    async def wrap_up(self, offer_id: int) -> None:
        result = await self.command("work.wrapup", {"offer_id": offer_id, "code": WRAPUP_CODE})
        if result["ok"]:
            self.counts.wrapped += 1
        else:
            self.counts.refuse(f"wrapup: {result.get('code')}")

    async def close(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)


def run_desks(
    url: str,
    ws_url: str,
    usernames: list[str],
    ready: multiprocessing.Queue[Any],
    stop: MpEvent,
) -> None:
    """One desk process: connect every agent, say ready, work until ``stop``, report."""

    async def main() -> DeskCounts:
        counts = DeskCounts()
        desks = [Desk(url, ws_url, name, counts) for name in usernames]
        await asyncio.gather(*(desk.connect() for desk in desks))
        ready.put(("ready", len(desks)))
        await asyncio.to_thread(stop.wait, SECONDS + DRAIN + 60)
        await asyncio.gather(*(desk.close() for desk in desks), return_exceptions=True)
        return counts

    counts = asyncio.run(main())
    ready.put(("done", counts))


# ------------------------------------------------------------------------------ load


class AnsweringClient(LeanClient):
    """The load generator's keep-alive client, also returning the answer's body."""

    async def post_for_body(self, path: str, payload: bytes) -> tuple[int, bytes]:
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
            return status, await reader.readexactly(length)
        finally:
            self.pool.put_nowait((reader, writer))


@dataclass
class Arrivals:
    """When each arrival's request was sent, by the conversation it opened."""

    sent: dict[int, tuple[float, str]] = field(default_factory=dict)
    failed: dict[int, int] = field(default_factory=dict)


async def arrive(url: str, rate: float, seconds: float, seed: int = 8) -> Arrivals:
    """Post ``rate`` new contacts per second for ``seconds``: chats through intake, a
    ``CALL_SHARE`` of calls through the CTI API, each a new customer in a queue in turn."""
    rng = random.Random(seed)
    client = AnsweringClient(url)
    await client.open()
    arrivals = Arrivals()
    run = f"{time.time_ns():x}"

    async def one(n: int) -> None:
        queue, language = QUEUES[n % len(QUEUES)], LANGUAGES[(n // 4) % len(LANGUAGES)]
        if rng.random() < CALL_SHARE:
            channel, path = "phone", "/api/cti/events"
            body: dict[str, Any] = {
                "provider": "bench",
                "provider_call_id": f"{run}-{n}",
                "event_id": "1",
                "type": "offered",
                "at": time.time(),
                "caller": f"+35850{n:07d}",
                "queue": queue,
            }
        else:
            channel, path = "chat", "/api/intake/messages"
            body = {
                "channel": "chat",
                "queue": queue,
                "body": f"bench arrival {n}: where is my order?",
                "customer": {"ref": f"bench-{run}-{n}", "name": f"Bench {n}", "language": language},
            }
        payload = json.dumps(body).encode()
        sent = time.time()
        status, answer = await client.post_for_body(path, payload)
        if status != 200:
            arrivals.failed[status] = arrivals.failed.get(status, 0) + 1
            return
        data = json.loads(answer)
        conversation = (
            data["call"]["conversation_id"] if channel == "phone" else data["conversation_id"]
        )
        arrivals.sent[int(conversation)] = (sent, channel)

    start = time.perf_counter()
    tasks = []
    for n in range(int(rate * seconds)):
        await asyncio.sleep(max(0.0, start + n / rate - time.perf_counter()))
        tasks.append(asyncio.create_task(one(n)))
    await asyncio.gather(*tasks)
    return arrivals


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of every CPU so far (``/proc/stat``)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` so far (``/proc/<pid>/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------------------ main


def wait_for_offers(db_path: Path, expected: int, seconds: float) -> None:
    """Until every arrival has had an offer (read from the server's database), at most
    ``seconds``; then a second more for the desks to answer the last ones."""
    deadline = time.monotonic() + seconds
    with contextlib.closing(sqlite3.connect(db_path, timeout=5)) as db:
        while time.monotonic() < deadline:
            offered = db.execute("SELECT COUNT(DISTINCT conversation_id) FROM offers").fetchone()
            if int(offered[0]) >= expected:
                break
            time.sleep(0.5)
    time.sleep(1.0)


def time_rounds(db_path: Path, waiting: int = 20, repeat: int = 20) -> tuple[float, float]:
    """In-process, on the database the run left (100 agents available, its history):
    the median ms of a routing round with nothing to do, and of one that places
    ``waiting`` new chats (each round in a transaction that is rolled back)."""
    from server.acd.rounds import run_round
    from server.db.engine import create_engine

    async def measure() -> tuple[float, float]:
        engine = create_engine(f"sqlite+aiosqlite:///{db_path}")
        idle, busy = [], []
        try:
            for _ in range(repeat):
                async with engine.connect() as conn:
                    trans = await conn.begin()
                    begun = time.perf_counter()
                    await run_round(conn, time.time(), 0.0)
                    idle.append((time.perf_counter() - begun) * 1000)
                    await trans.rollback()
                async with engine.connect() as conn:
                    trans = await conn.begin()
                    await conn.exec_driver_sql(
                        "UPDATE conversations SET status = 'open', assignee_id = NULL"
                        f" WHERE id IN (SELECT id FROM conversations WHERE channel = 'chat'"
                        f" ORDER BY id DESC LIMIT {waiting})"
                    )
                    begun = time.perf_counter()
                    result, _drafts = await run_round(conn, time.time(), 0.0)
                    busy.append((time.perf_counter() - begun) * 1000 / max(1, result.offers))
                    await trans.rollback()
        finally:
            await engine.dispose()
        return statistics.median(idle), statistics.median(busy)

    return asyncio.run(measure())


def offer_rounds(db_path: Path) -> list[tuple[float, int]]:
    """(time, offers made) of each routing round that made offers, read from the offers
    table afterwards: a round stamps its offers with its own clock reading."""
    with contextlib.closing(sqlite3.connect(db_path)) as db:
        rows = db.execute(
            "SELECT offered_at, COUNT(*) FROM offers WHERE why != 'pulled'"
            " GROUP BY offered_at ORDER BY offered_at"
        ).fetchall()
    return [(float(at), int(n)) for at, n in rows]


def quantiles(values: list[float]) -> str:
    if len(values) < 2:
        return f"n={len(values)}"
    q = statistics.quantiles(values, n=100)
    return (
        f"p50 {q[49]:.1f}  p95 {q[94]:.1f}  p99 {q[98]:.1f}  max {max(values):.1f}"
        f"  (n={len(values)})"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "server.sqlite"
        ServerProcess(db, ["--demo"]).start().stop()
        usernames = add_agents(db, AGENTS)
        server = ServerProcess(db, ["--demo"]).start()
        assert server.proc is not None
        ctx = multiprocessing.get_context("spawn")
        ready: multiprocessing.Queue[Any] = ctx.Queue()
        stop = ctx.Event()
        workers = [
            ctx.Process(
                target=run_desks,
                args=(server.url, server.ws_url, usernames[i::DESK_PROCESSES], ready, stop),
            )
            for i in range(DESK_PROCESSES)
        ]
        try:
            for worker in workers:
                worker.start()
            connected = sum(ready.get(timeout=120)[1] for _ in workers)
            print(f"desks connected and available: {connected}")
            time.sleep(1.0)  # let presence and the first rounds settle
            pids = [server.proc.pid, *(w.pid for w in workers if w.pid is not None)]
            before = [cpu_seconds(pid) for pid in pids]
            busy_before, wall_before = machine_busy(), time.perf_counter()
            arrivals = asyncio.run(arrive(server.url, RATE, SECONDS))
            wait_for_offers(db, len(arrivals.sent), DRAIN)
            used = [cpu_seconds(pid) - b for pid, b in zip(pids, before, strict=True)]
            busy_after, wall = machine_busy(), time.perf_counter() - wall_before
            busy = (busy_after[0] - busy_before[0]) / max(1, busy_after[1] - busy_before[1])
            stop.set()
            counts = [ready.get(timeout=60)[1] for _ in workers]
        finally:
            stop.set()
            for worker in workers:
                worker.join(10)
                if worker.is_alive():
                    worker.terminate()
            log = server.log_text()
            server.stop()
        rounds = offer_rounds(db)
        idle_round, per_offer = time_rounds(db)
    report(arrivals, counts, used=used, wall=wall, busy=busy, log=log, rounds=rounds)
    print(
        f"a routing round in-process on the final state: {idle_round:.1f} ms with nothing to"
        f" do; {per_offer:.1f} ms per offer placing 20 waiting chats (median of 20)"
    )


def report(
    arrivals: Arrivals,
    counts: list[DeskCounts],
    *,
    used: list[float],
    wall: float,
    busy: float,
    log: str,
    rounds: list[tuple[float, int]],
) -> None:
    """Print the figures."""
    cpu_used = used[0]
    first: dict[int, Seen] = {}
    for c in counts:
        for seen in c.seen:
            if (
                seen.conversation_id not in first
                or seen.received < first[seen.conversation_id].received
            ):
                first[seen.conversation_id] = seen
    total, decided, delivered = [], [], []
    by_channel: dict[str, list[float]] = {}
    for conversation, (sent, channel) in arrivals.sent.items():
        if conversation not in first:
            continue
        seen = first[conversation]
        ms = (seen.received - sent) * 1000
        total.append(ms)
        by_channel.setdefault(channel, []).append(ms)
        decided.append((seen.offered_at - sent) * 1000)
        delivered.append((seen.received - seen.offered_at) * 1000)
    offers = sum(len(c.seen) for c in counts)
    logged = [float(m.group(1)) for m in ROUND_LINE.finditer(log)]
    print(
        f"arrivals: {len(arrivals.sent):,} at {RATE:.0f}/s for {SECONDS:.0f} s"
        f" ({CALL_SHARE:.0%} calls), refused: {arrivals.failed or 'none'}"
    )
    print(f"agents: {AGENTS} desks in {DESK_PROCESSES} processes")
    print(f"offered (first offer seen per contact): {len(total):,}; offers in all: {offers:,}")
    print(f"arrival -> offer on the desk, ms: {quantiles(total)}")
    for channel, values in sorted(by_channel.items()):
        print(f"  {channel}: {quantiles(values)}")
    print(f"  arrival -> routing decision (offered_at), ms: {quantiles(decided)}")
    print(f"  decision -> desk, ms: {quantiles(delivered)}")
    if logged:
        print(f"routing rounds (server log), ms: {quantiles(logged)}")
    if len(rounds) > 1:
        gaps = [(b[0] - a[0]) * 1000 for a, b in itertools.pairwise(rounds)]
        sizes = [float(n) for _at, n in rounds]
        span = rounds[-1][0] - rounds[0][0]
        print(
            f"rounds that offered: {len(rounds):,}, offers per round: mean"
            f" {statistics.mean(sizes):.1f} max {max(sizes):.0f};"
            f" {sum(sizes) / max(span, 1e-9):.1f} offers/s over {span:.1f} s"
        )
        print(f"  time between offering rounds, ms: {quantiles(gaps)}")
    print(
        f"accepted {sum(c.accepted for c in counts):,}, ended {sum(c.ended for c in counts):,},"
        f" wrapped up {sum(c.wrapped for c in counts):,};"
        f" refused: {_merge([c.refused for c in counts]) or 'none'}"
    )
    per = cpu_used / max(1, len(total))
    print(
        f"server CPU: {cpu_used:.2f} s over {wall:.1f} s ({cpu_used / wall:.0%} of a core);"
        f" {per * 1000:.2f} ms per offered contact (everything the server did meanwhile)"
    )
    print(
        f"desk processes CPU: {sum(used[1:]):.2f} s; all {os.cpu_count()} CPUs busy {busy:.0%}"
        " over the load"
    )
    print("target: arrival -> offer p99 < 100 ms")


def _merge(parts: list[dict[str, int]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in parts:
        for key, value in part.items():
            out[key] = out.get(key, 0) + value
    return out


if __name__ == "__main__":
    main()
