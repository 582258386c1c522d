"""Shared pieces of the inbound email tests: a real server with its SMTP listener on a
free port, a real SMTP client (aiosmtplib), and reads of what the desk would see."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import aiosmtplib
import httpx
import pytest

from protocol.frames import Ack, CaughtUp, Mutation, SetStatusOp, encode
from tests.server.channels.support import record, records, wait_for_port
from tests.support.client import hello, login, open_ws, recv_until
from tests.support.db import value as value_of
from tests.support.server_proc import ServerProcess

DOMAIN = "example.test"
MAX_MAIL = 2_000_000


class MailServer:
    """A started server plus its SMTP port and the demo's tokens."""

    def __init__(self, server: ServerProcess, smtp_port: int) -> None:
        self.server = server
        self.smtp_port = smtp_port
        self._tokens: dict[str, str] = {}

    @property
    def url(self) -> str:
        return self.server.url

    def token(self, username: str) -> str:
        if username not in self._tokens:
            self._tokens[username] = login(self.url, username)
        return self._tokens[username]

    def send(
        self,
        message: EmailMessage | bytes,
        to: str = f"general@{DOMAIN}",
        sender: str | None = None,
    ) -> tuple[dict[str, Any], str]:
        """Deliver over SMTP (``sender=""`` is the null sender of bounces); raises
        aiosmtplib's errors for refusals."""
        return asyncio.run(self.send_async(message, to, sender))

    async def send_async(
        self,
        message: EmailMessage | bytes,
        to: str = f"general@{DOMAIN}",
        sender: str | None = None,
    ) -> tuple[dict[str, Any], str]:
        """:meth:`send` inside a running loop (several at once)."""
        envelope = "customer@customer.test" if sender is None else sender
        raw = message if isinstance(message, bytes) else message.as_bytes()
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=self.smtp_port, timeout=30) as client:
            return await client.sendmail(envelope, [to], raw)

    def records(self, sql: str, *args: object) -> list[dict[str, Any]]:
        """Rows of ``sql`` from the server's database (SQLite or PostgreSQL) by column."""
        return records(self.server, sql, *args)

    def conversation_of(self, subject: str) -> dict[str, Any] | None:
        return record(
            self.server, "SELECT * FROM conversations WHERE subject = ? ORDER BY id DESC", subject
        )

    def secret(self) -> bytes:
        value = value_of(self.server, "SELECT value FROM meta WHERE key = 'intake_secret'")
        return bytes.fromhex(value)

    def messages(self, conversation_id: int, username: str = "supervisor01") -> list[Any]:
        """The conversation's messages as the desk's REST read gives them."""
        answer = httpx.get(
            f"{self.url}/api/conversations/{conversation_id}/messages",
            headers={"Authorization": f"Bearer {self.token(username)}"},
            timeout=10,
        )
        answer.raise_for_status()
        items: list[Any] = answer.json()["items"]
        return items

    def quarantine_rows(self) -> list[dict[str, Any]]:
        return self.records("SELECT * FROM mail_quarantine ORDER BY id")

    def set_status(self, conversation_id: int, status: str, username: str = "supervisor01") -> None:
        """Change a conversation's status the way a desk does (a mutation)."""

        async def run() -> None:
            async with await open_ws(self.server.ws_url) as ws:
                await hello(ws, self.token(username), f"email-in-{username}-{conversation_id}")
                await recv_until(ws, CaughtUp, timeout=30)
                change = SetStatusOp(conversation_id=conversation_id, status=status)
                await ws.send(encode(Mutation(mutation_id=conversation_id, change=change)))
                await recv_until(ws, Ack)

        asyncio.run(run())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_mail_server(
    tmp_path_factory: pytest.TempPathFactory, name: str, *flags: str
) -> Iterator[MailServer]:
    """Body of a module-scoped fixture: a demo server taking mail for ``DOMAIN`` (a
    longer start deadline than the factory's: the demo seed is slow on a busy machine)."""
    port = free_port()
    server = ServerProcess(
        tmp_path_factory.mktemp(name) / "server.sqlite",
        [
            "--demo",
            *("--smtp-port", str(port), "--mail-domain", DOMAIN),
            *("--max-mail-bytes", str(MAX_MAIL)),
            *flags,
        ],
        start_timeout=90,
    )
    server.start()
    try:
        wait_for_port(port)
        yield MailServer(server, port)
    finally:
        server.stop()


def mail(
    subject: str,
    body: str = "Hello",
    *,
    sender: str = "Ann Example <ann@customer.test>",
    to: str = f"general@{DOMAIN}",
    **headers: str,
) -> EmailMessage:
    """A plain UTF-8 mail with extra headers (``In_Reply_To`` -> ``In-Reply-To``)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    for key, value in headers.items():
        message[key.replace("_", "-")] = value
    message.set_content(body)
    return message
