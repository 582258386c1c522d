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
import tempfile
import time
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import aiosmtplib

from bench._common import latency_line, marked, percentiles, timed_desk, wait_all_in
from tests.support.mailserver import CUSTOMER_DOMAIN, SMTP, free_port, mail_system
from tests.support.server_proc import ServerProcess

RATE = float(os.environ.get("BENCH_RATE", "20"))
MAILS = int(os.environ.get("BENCH_MAILS", "600"))
CONNECTIONS = 4
DOMAIN = "example.test"
QUEUES = ("billing", "general", "delivery")


def _mail(n: int) -> EmailMessage:
    sender = f"bench{n % 50}@{CUSTOMER_DOMAIN}"
    mail = EmailMessage()
    mail["From"] = f"Bench Customer {n % 50} <{sender}>"
    mail["To"] = f"{QUEUES[n % 3]}@{DOMAIN}"
    mail["Subject"] = f"Order {n} has not arrived"
    mail["Message-ID"] = make_msgid(idstring=f"bench{n}", domain=CUSTOMER_DOMAIN)
    mail.set_content(marked(f"order {n} has not arrived, please help.\n"))
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
        took = await asyncio.gather(*tasks)
        print(f"SMTP hand-over to postfix ms: {percentiles(took, (50, 99))}")
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


def cpu_seconds(pid: int) -> float:
    """User + system CPU a process used so far (``/proc``, Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(url: str, cache_file: Path, server_pid: int) -> tuple[list[float], float]:
    """Latencies of the bench mails, and the server's CPU seconds while they came in."""
    async with timed_desk(url, cache_file, MAILS) as cache:
        sender = multiprocessing.get_context("spawn").Process(
            target=send_steadily, args=(RATE, MAILS)
        )
        cpu_before = cpu_seconds(server_pid)
        sender.start()
        await asyncio.to_thread(sender.join)
        await wait_all_in(cache, 60)
        cpu = cpu_seconds(server_pid) - cpu_before
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
    print(f"mails: {len(latencies):,} at {RATE:.0f}/s (expected {MAILS:,}) through postfix")
    print(latency_line(latencies, (50, 95, 99)))
    print(f"server CPU per mail: {cpu / max(1, len(latencies)) * 1000:.1f} ms")
    print(f"load average after the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("target: p99 < 1000 ms")


if __name__ == "__main__":
    main()
