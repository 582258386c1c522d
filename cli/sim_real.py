"""``frontline sim`` on the real channels: customers' emails over SMTP to the server's
listener (``--smtp HOST:PORT --mail-domain D``) and chats over the chat page's own
websocket (``--webchat URL``), so the demo and the benchmarks exercise the paths real
customers take (parsing, threading, the page's sessions) instead of the intake API.

Emails go to the topic's queue address (``billing@D``); a contact's follow-ups answer its
previous mail in-thread (``Re:`` subject, ``In-Reply-To`` and ``References`` on the
customer's own Message-IDs, as a mail client writes them). All first mails go out
before any follow-up, as with intake. Each chat contact opens one session (``start``),
sends its messages one by one and waits for each to come back with its client id (the
server stored it), then closes the socket.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

import aiosmtplib
from websockets.asyncio.client import connect
from websockets.exceptions import WebSocketException

from protocol.entities import Channel
from protocol.webchat import SendMessage, StartChat
from server.channels.email.ids import queue_local
from server.channels.simulator import Contact, make_contact
from server.demo.content import LANGUAGES, TOPIC_QUEUE, dialogue

log = logging.getLogger(__name__)

REPLY_TIMEOUT = 30.0
"""Seconds to wait for the server to take a chat message (its echo) or a mail."""
SMTP_SESSIONS = 8
"""SMTP sessions sending at once."""


@dataclass
class RealSummary:
    """What the real paths did (merged into ``frontline sim``'s JSON line)."""

    mails: int = 0
    threads: int = 0
    chat_sessions: int = 0
    chat_messages: int = 0
    errors: int = 0
    duration_s: float = 0.0

    def as_json(self) -> dict[str, Any]:
        """``{"smtp": {...}, "webchat": {...}, "duration_s": ...}``."""
        return {
            "smtp": {"mails": self.mails, "threads": self.threads},
            "webchat": {"sessions": self.chat_sessions, "messages": self.chat_messages},
            "duration_s": round(self.duration_s, 3),
        }


class Pacer:
    """At most ``rate`` sends per second over everything that shares it (0 = no limit)."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.next_at = time.monotonic()

    async def wait(self) -> None:
        if self.rate <= 0:
            return
        now = time.monotonic()
        slot = max(now, self.next_at)
        self.next_at = slot + 1.0 / self.rate
        if slot > now:
            await asyncio.sleep(slot - now)


def plan_real(seed: int, chats: int, emails: int, per_contact: int) -> list[Contact]:
    """The real-path contacts of a run, deterministic for a seed; their serials lie apart
    from :func:`server.channels.simulator.plan`'s, so a customer of the intake path is
    never also one of these."""
    rng = random.Random(f"real-{seed}")  # noqa: S311 - reproducible traffic, not secrets
    base = 100_000 * (seed % 1000 + 1) + 50_000
    chat: list[Channel] = ["chat"]
    mail: list[Channel] = ["email"]
    channels = chat * chats + mail * emails
    return [
        make_contact(rng, channel, base + i, per_contact, LANGUAGES[i % 4])
        for i, channel in enumerate(channels)
    ]


def customer_mail(
    contact: Contact, index: int, domain: str, run_id: str, serial: int
) -> EmailMessage:
    """The ``index``-th mail of an email contact, in-thread after the first."""
    person = contact.person
    sender_domain = person.email.rpartition("@")[2] or "customer.test"
    subject = dialogue(contact.topic, person.language).subject
    message = EmailMessage()
    message["From"] = Address(display_name=person.name, addr_spec=person.email)
    message["To"] = f"{queue_local(TOPIC_QUEUE[contact.topic])}@{domain}"
    message["Subject"] = subject if index == 0 else f"Re: {subject}"
    message["Date"] = formatdate(usegmt=True)
    ids = [f"<sim.{run_id}.{serial}.{i}@{sender_domain}>" for i in range(index + 1)]
    message["Message-ID"] = ids[-1]
    if index > 0:
        message["In-Reply-To"] = ids[-2]
        message["References"] = " ".join(ids[:-1])
    message.set_content(contact.bodies[index])
    return message


async def _mail_worker(
    work: asyncio.Queue[EmailMessage | None], smtp: tuple[str, int], summary: RealSummary
) -> None:
    """One SMTP session sending what ``work`` hands it until a ``None`` (reopened if the
    server drops it); a refused mail is an error and the run goes on."""
    client = aiosmtplib.SMTP(hostname=smtp[0], port=smtp[1], timeout=REPLY_TIMEOUT)
    try:
        while (message := await work.get()) is not None:
            try:
                if not client.is_connected:
                    await client.connect()
                await client.send_message(message)
            except aiosmtplib.SMTPException as exc:
                log.warning("mail refused: %s", exc)
                summary.errors += 1
                if isinstance(exc, aiosmtplib.SMTPServerDisconnected):
                    client.close()
                continue
            except OSError as exc:
                log.warning("cannot reach the SMTP listener: %s", exc)
                summary.errors += 1
                continue
            summary.mails += 1
    finally:
        if client.is_connected:
            try:
                await client.quit()
            except aiosmtplib.SMTPException:
                client.close()


async def send_emails(
    contacts: list[Contact],
    smtp: tuple[str, int],
    *,
    domain: str,
    pacer: Pacer,
    summary: RealSummary,
    run_id: str,
) -> None:
    """Every email contact's mails over :data:`SMTP_SESSIONS` sessions at once (a
    centre's MTA relays in parallel too), round by round: every first mail is taken
    before any follow-up leaves, so a reply always finds its thread."""
    mailers = [(serial, c) for serial, c in enumerate(contacts) if c.channel == "email"]
    summary.threads += len(mailers)
    rounds = max((len(c.bodies) for _s, c in mailers), default=0)
    for index in range(rounds):
        work: asyncio.Queue[EmailMessage | None] = asyncio.Queue(maxsize=SMTP_SESSIONS)
        workers = [
            asyncio.create_task(_mail_worker(work, smtp, summary)) for _ in range(SMTP_SESSIONS)
        ]
        try:
            for serial, contact in mailers:
                if index < len(contact.bodies):
                    await pacer.wait()
                    await work.put(customer_mail(contact, index, domain, run_id, serial))
            for _ in workers:
                await work.put(None)
            await asyncio.gather(*workers)
        finally:
            for task in workers:
                task.cancel()


def chat_socket_url(url: str) -> str:
    """``http://host:port`` (or ``ws://``, with or without ``/chat/ws``) -> the page's
    websocket address."""
    base = url.rstrip("/")
    for plain, secure in (("http://", "ws://"), ("https://", "wss://")):
        if base.startswith(plain):
            base = secure + base[len(plain) :]
    return base if base.endswith("/chat/ws") else base + "/chat/ws"


async def _chat(
    contact: Contact, ws_url: str, pacer: Pacer, summary: RealSummary, *, run_id: str, serial: int
) -> None:
    person = contact.person
    start = StartChat(
        name=person.name,
        email=person.email,
        language=person.language,
        queue=TOPIC_QUEUE[contact.topic],
    )
    async with connect(ws_url, open_timeout=REPLY_TIMEOUT) as ws:
        await ws.send(start.model_dump_json())
        ready = await _next_of(ws, "session")
        if ready is None:
            summary.errors += 1
            return
        summary.chat_sessions += 1
        for index, body in enumerate(contact.bodies):
            await pacer.wait()
            client_id = f"sim-{run_id}-{serial}-{index}"
            await ws.send(SendMessage(client_id=client_id, body=body).model_dump_json())
            echo = await _next_of(ws, "message", client_id=client_id)
            if echo is None:
                summary.errors += 1
                return
            summary.chat_messages += 1


async def _next_of(ws: Any, kind: str, **fields: str) -> dict[str, Any] | None:
    """The next frame of type ``kind`` (with ``fields``), skipping queue news and the
    like; None (logged) on an error frame or after :data:`REPLY_TIMEOUT`."""
    try:
        async with asyncio.timeout(REPLY_TIMEOUT):
            while True:
                frame = json.loads(await ws.recv())
                if frame.get("type") == "error":
                    log.warning("chat refused: %s %s", frame.get("code"), frame.get("detail"))
                    return None
                if frame.get("type") == kind and all(frame.get(k) == v for k, v in fields.items()):
                    return dict(frame)
    except TimeoutError:
        log.warning("no %s frame from the chat server within %.0f s", kind, REPLY_TIMEOUT)
        return None


async def open_chats(
    contacts: list[Contact], url: str, pacer: Pacer, summary: RealSummary, run_id: str
) -> None:
    """Every chat contact's session at once, each paced by ``pacer``."""
    ws_url = chat_socket_url(url)

    async def one(serial: int, contact: Contact) -> None:
        try:
            await _chat(contact, ws_url, pacer, summary, run_id=run_id, serial=serial)
        except (OSError, WebSocketException, TimeoutError) as exc:
            log.warning("chat session failed: %s", exc)
            summary.errors += 1

    await asyncio.gather(*(one(s, c) for s, c in enumerate(contacts) if c.channel == "chat"))


async def run_real(
    *,
    seed: int,
    chats: int,
    emails: int,
    per_contact: int,
    rate: float,
    smtp: tuple[str, int] | None,
    mail_domain: str | None,
    webchat: str | None,
) -> RealSummary:
    """Send ``emails`` contacts over SMTP and ``chats`` over the chat page's socket (each
    only when its address is given), together at ``rate`` messages per second."""
    summary = RealSummary()
    started = time.monotonic()
    contacts = plan_real(seed, chats if webchat else 0, emails if smtp else 0, per_contact)
    pacer = Pacer(rate)
    run_id = f"{seed}x{time.time_ns() % 10**9}"
    jobs = []
    if smtp is not None and mail_domain:
        jobs.append(
            send_emails(
                contacts, smtp, domain=mail_domain, pacer=pacer, summary=summary, run_id=run_id
            )
        )
    if webchat:
        jobs.append(open_chats(contacts, webchat, pacer, summary, run_id))
    await asyncio.gather(*jobs)
    summary.duration_s = time.monotonic() - started
    return summary
