"""The optional second way in: poll a mailbox over IMAP (``--imap URL``) for a centre
whose mail cannot be relayed to the listener (a hosted mailbox).

Every ``imap_interval`` seconds unseen mail is fetched with ``BODY.PEEK[]`` (fetching
does not mark it), taken in exactly like mail from the listener (threading, automatic
mail, the quarantine; a Message-ID taken before is not taken twice) and only then marked
``\\Seen``: a crash between the two means the mail is fetched again and recognised as a
duplicate, never lost. The queue is the first of ``Delivered-To``, ``X-Original-To``,
``To``, ``Cc`` that names one of ours, else the default queue. A poll that fails (the
server down, a wrong password) is logged and tried again at the next interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import logging
import re
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from urllib.parse import unquote, urlsplit

import aioimaplib  # type: ignore[import-untyped]

from server.channels import intake
from server.channels.email import ids
from server.channels.email.inbound import take
from server.core.context import ServerContext

log = logging.getLogger(__name__)

MAX_PER_POLL = 200
"""Mails taken in one poll (the rest wait for the next one)."""
_FETCH_HEAD = re.compile(rb"UID (\d+)")
_ADDRESS_HEADERS = ("delivered-to", "x-original-to", "to", "cc")


@dataclass(frozen=True)
class Mailbox:
    """Where to poll, from ``imap[s]://USER:PASSWORD@HOST:PORT/MAILBOX``."""

    host: str
    port: int
    tls: bool
    user: str
    password: str
    mailbox: str

    @classmethod
    def parse(cls, url: str) -> Mailbox:
        """Raises ValueError for a URL without a host or user."""
        parts = urlsplit(url)
        tls = parts.scheme == "imaps"
        if parts.scheme not in ("imap", "imaps") or not parts.hostname or not parts.username:
            raise ValueError("an IMAP URL is imap[s]://USER:PASSWORD@HOST[:PORT]/MAILBOX")
        return cls(
            host=parts.hostname,
            port=parts.port or (993 if tls else 143),
            tls=tls,
            user=unquote(parts.username),
            password=unquote(parts.password or ""),
            mailbox=unquote(parts.path.lstrip("/")) or "INBOX",
        )


async def recipient_of(ctx: ServerContext, raw: bytes) -> str:
    """The address of ours the mail was for (the default queue's when none is)."""
    domain = ctx.settings.mail_domain or ""
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
    for name in _ADDRESS_HEADERS:
        values = [str(v) for v in headers.get_all(name, [])]
        for _display, address in email.utils.getaddresses(values):
            if await take.check_recipient(ctx, address) is None:
                return address
    return f"{ids.queue_local(intake.DEFAULT_QUEUE)}@{domain}"


def _messages(lines: list[bytes | bytearray]) -> list[tuple[int, bytes]]:
    """``(uid, raw)`` pairs of a ``UID FETCH`` answer (a head line, then the literal)."""
    found: list[tuple[int, bytes]] = []
    for index, line in enumerate(lines[:-1]):
        head = _FETCH_HEAD.search(bytes(line)) if isinstance(line, bytes) else None
        if head is not None and isinstance(lines[index + 1], bytearray):
            found.append((int(head[1]), bytes(lines[index + 1])))
    return found


async def poll_once(ctx: ServerContext, box: Mailbox) -> int:
    """Take every unseen mail of the mailbox in; how many were taken."""
    client: aioimaplib.IMAP4 = (
        aioimaplib.IMAP4_SSL(box.host, box.port, timeout=30)
        if box.tls
        else aioimaplib.IMAP4(box.host, box.port, timeout=30)
    )
    await client.wait_hello_from_server()
    try:
        if (await client.login(box.user, box.password)).result != "OK":
            raise ConnectionError(f"IMAP login as {box.user} refused")
        if (await client.select(box.mailbox)).result != "OK":
            raise ConnectionError(f"IMAP mailbox {box.mailbox} cannot be selected")
        searched = await client.uid_search("UNSEEN", charset=None)
        uids = [u for line in searched.lines[:1] for u in bytes(line).split() if u.isdigit()]
        taken = 0
        for uid in uids[:MAX_PER_POLL]:
            fetched = await client.uid("fetch", uid.decode(), "(UID BODY.PEEK[])")
            for _uid, raw in _messages(fetched.lines):
                if len(raw) > ctx.settings.max_mail_bytes:
                    log.warning("imap: mail uid %s over max_mail_bytes left unseen", _uid)
                    continue
                recipient = await recipient_of(ctx, raw)
                await take.receive(ctx, raw, None, recipient)
                await client.uid("store", uid.decode(), "+FLAGS", "(\\Seen)")
                taken += 1
        return taken
    finally:
        with contextlib.suppress(Exception):  # a logout on a dropped connection
            await client.logout()


async def poll_forever(ctx: ServerContext, box: Mailbox) -> None:
    """Poll now and then every ``imap_interval`` seconds until cancelled."""
    while True:
        try:
            taken = await poll_once(ctx, box)
            if taken:
                log.info("imap: took %d mail(s) from %s@%s", taken, box.user, box.host)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("imap: polling %s@%s failed; trying again later", box.user, box.host)
        await asyncio.sleep(ctx.settings.imap_interval)
