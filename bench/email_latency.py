"""Inbound email -> conversation in the desk's cache, through a real postfix, at 20 mails/s.

Target (issue 12): p99 < 1 s. A separate process hands customer mails to postfix on
127.0.0.1:25 at a steady rate over a few SMTP connections (each body carries its
wall-clock send time); postfix queues each and relays the support domain to the server's
own SMTP listener, which takes it into a conversation; the desk's sync engine runs in
this process and records, for every such message, the moment the cache transaction
holding it committed. Latency = commit time - the moment the mail was handed to postfix
(same machine clock), so it includes postfix's queueing and relay, the server's parsing
and write, and the desk's sync.

Needs root and the machine's postfix + dovecot (``tests/support/mailserver.py`` configures
them under the machine-wide mail lock). ``BENCH_MAILS`` and ``BENCH_RATE`` change the run.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import aiosmtplib

from desktop.models.changes import Changes
from desktop.store.cache import Cache
from desktop.sync.auth import sign_in
from desktop.sync.engine import SyncEngine
from protocol.entities import MessageData
from protocol.frames import Event
from tests.support.mailserver import CUSTOMER_DOMAIN, SMTP, free_port, mail_system
from tests.support.server_proc import ServerProcess

RATE = float(os.environ.get("BENCH_RATE", "20"))
MAILS = int(os.environ.get("BENCH_MAILS", "600"))
CONNECTIONS = 4
DOMAIN = "example.test"
MARK = "bench-sent-at:"
QUEUES = ("billing", "general", "delivery")


def _mail(n: int) -> EmailMessage:
    sender = f"bench{n % 50}@{CUSTOMER_DOMAIN}"
    mail = EmailMessage()
    mail["From"] = f"Bench Customer {n % 50} <{sender}>"
    mail["To"] = f"{QUEUES[n % 3]}@{DOMAIN}"
    mail["Subject"] = f"Order {n} has not arrived"
    mail["Message-ID"] = make_msgid(idstring=f"bench{n}", domain=CUSTOMER_DOMAIN)
    mail.set_content(f"{MARK}{time.time():.6f} order {n} has not arrived, please help.\n")
    return mail


def send_steadily(rate: float, count: int) -> None:
    """Hand ``count`` mails to postfix at ``rate`` per second (runs in its own process)."""

    async def run() -> None:
        pool: asyncio.Queue[aiosmtplib.SMTP] = asyncio.Queue()
        for _ in range(CONNECTIONS):
            client = aiosmtplib.SMTP(hostname=SMTP[0], port=SMTP[1], start_tls=False)
            await client.connect()
            pool.put_nowait(client)
        start = time.perf_counter()
        tasks = []
        for n in range(count):
            due = start + n / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            tasks.append(asyncio.create_task(send_one(pool, n)))
        took = sorted(await asyncio.gather(*tasks))
        q = statistics.quantiles(took, n=100)
        print(f"SMTP hand-over to postfix ms: p50 {q[49]:.1f}  p99 {q[98]:.1f}")
        while not pool.empty():
            with contextlib.suppress(aiosmtplib.SMTPException):
                await pool.get_nowait().quit()

    async def send_one(pool: asyncio.Queue[aiosmtplib.SMTP], n: int) -> float:
        client = await pool.get()
        try:
            started = time.perf_counter()
            mail = _mail(n)  # stamped now: the latency starts at the hand-over
            await client.send_message(mail)
            return (time.perf_counter() - started) * 1000
        finally:
            pool.put_nowait(client)

    asyncio.run(run())


class TimedCache(Cache):
    """A cache that notes when each bench mail's message transaction committed."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.latencies: list[float] = []
        self.expected = 0
        self.all_in = asyncio.Event()

    async def apply_events(self, events: Sequence[Event], upto: int) -> Changes:
        changes = await super().apply_events(events, upto)
        now = time.time()
        for event in events:
            data = event.data
            if isinstance(data, MessageData) and data.body.startswith(MARK):
                sent = float(data.body[len(MARK) :].split(" ", 1)[0])
                self.latencies.append(now - sent)
        if len(self.latencies) >= self.expected:
            self.all_in.set()
        return changes


def cpu_seconds(pid: int) -> float:
    """User + system CPU a process used so far (``/proc``, Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(url: str, cache_file: Path, server_pid: int) -> tuple[list[float], float]:
    """Latencies of the bench mails, and the server's CPU seconds while they came in."""
    session = await sign_in(url, "agent01", "demo")
    cache = TimedCache(cache_file)
    cache.expected = MAILS
    cache.open()
    engine = SyncEngine(cache, session.ws_url, session.token)
    task = asyncio.create_task(engine.run())
    await engine.wait_idle()
    sender = multiprocessing.get_context("spawn").Process(target=send_steadily, args=(RATE, MAILS))
    cpu_before = cpu_seconds(server_pid)
    sender.start()
    await asyncio.to_thread(sender.join)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(cache.all_in.wait(), 60)
    cpu = cpu_seconds(server_pid) - cpu_before
    engine.stop()
    await asyncio.gather(task, return_exceptions=True)
    cache.close()
    return cache.latencies, cpu


def main() -> None:
    with mail_system() as mail, tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        mail.route(DOMAIN, port)
        flags = ["--demo", "--smtp-port", str(port), "--mail-domain", DOMAIN]
        server = ServerProcess(Path(tmp) / "server.sqlite", flags, start_timeout=120).start()
        assert server.proc is not None
        try:
            cache = Path(tmp) / "cache.sqlite3"
            latencies, cpu = asyncio.run(measure(server.url, cache, server.proc.pid))
        finally:
            server.stop()
    ms = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(ms, n=100)
    print(f"mails: {len(ms):,} at {RATE:.0f}/s (expected {MAILS:,}) through postfix")
    print(f"latency ms: p50 {q[49]:.1f}  p95 {q[94]:.1f}  p99 {q[98]:.1f}  max {ms[-1]:.1f}")
    print(f"server CPU per mail: {cpu / max(1, len(ms)) * 1000:.1f} ms")
    print(f"load average after the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("target: p99 < 1000 ms")


if __name__ == "__main__":
    main()
