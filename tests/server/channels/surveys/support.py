"""What the survey tests share: a real SMTP relay in the test (aiosmtpd on 127.0.0.1)
that keeps what it receives, a signed-in desk socket that resolves conversations, and
reads of the server's SQLite file."""

from __future__ import annotations

import email
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from typing import Any

import httpx
from aiosmtpd.controller import Controller
from websockets.asyncio.client import ClientConnection

from protocol.frames import Ack, CaughtUp, Mutation, Reject, SetStatusOp, encode
from server.channels.intake import survey_token
from tests.support.client import hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ServerProcess
from tests.support.waiting import wait_until_async

_ids = itertools.count(1)
_serial = itertools.count(1)
WAIT = 60.0
"""Seconds a condition may take on a loaded CI machine (a deadline, not a timing)."""


def free_port() -> int:
    """A TCP port nobody listens on right now (for the relay and the SMTP listener)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Mailbox:
    """aiosmtpd handler: every mail the relay takes, parsed, with its envelope."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.mails: list[tuple[list[str], EmailMessage]] = []
        self.refuse: dict[str, str] = {}
        """Recipient -> the relay's answer to mails for them (e.g. a 451), counted in
        :attr:`refused`."""
        self.refused: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                if rcpt in self.refuse:
                    self.refused.append(rcpt)
                    return self.refuse[rcpt]
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        with self.lock:
            self.mails.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        """The mails whose envelope went to ``address``."""
        with self.lock:
            return [m for rcpt, m in self.mails if address in rcpt]

    async def wait_for(self, address: str, count: int = 1) -> list[EmailMessage]:
        """Wait (with a deadline) until ``count`` mails reached ``address``."""
        found = await wait_until_async(
            lambda: self.to(address) if len(self.to(address)) >= count else None,
            WAIT,
            message=f"no survey mail to {address}",
        )
        assert found is not None
        return found


@contextmanager
def relay() -> Iterator[tuple[Mailbox, int]]:
    """A real SMTP server on 127.0.0.1 taking every mail (the centre's relay)."""
    box = Mailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


class Desk:
    """A signed-in desk socket that moves conversations between statuses."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.mutation = 0

    @classmethod
    async def open(cls, server: ServerProcess, username: str = "agent01") -> Desk:
        token = login(server.url, username)
        ws = await open_ws(server.ws_url)
        await hello(ws, token, client_id=f"survey-desk-{next(_ids):04d}-{int(time.time())}")
        await recv_until(ws, CaughtUp, timeout=60)
        return cls(ws)

    async def set_status(self, conversation_id: int, status: str) -> None:
        """One ``set_status`` mutation, acknowledged (a reject fails the test)."""
        self.mutation += 1
        change = SetStatusOp.model_validate({"conversation_id": conversation_id, "status": status})
        await self.ws.send(encode(Mutation(mutation_id=self.mutation, change=change)))
        while True:
            frame = await recv(self.ws, 30)
            if isinstance(frame, Reject) and frame.mutation_id == self.mutation:
                raise AssertionError(f"set_status refused: {frame}")
            if isinstance(frame, Ack) and frame.mutation_id == self.mutation:
                return

    async def close(self) -> None:
        await self.ws.close()


def query(server: ServerProcess, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Rows from the server's database (SQLite or PostgreSQL), read beside the server."""
    return server.rows(sql, *params)


def token_for(server: ServerProcess, conversation_id: int) -> str:
    """The survey token of a conversation, minted as the server does (its secret is in
    the database's ``meta``)."""
    (secret,) = query(server, "SELECT value FROM meta WHERE key = 'intake_secret'")[0]
    ((customer_id,),) = query(
        server, "SELECT customer_id FROM conversations WHERE id = ?", conversation_id
    )
    return survey_token(bytes.fromhex(secret), conversation_id, int(customer_id))


def invites(server: ServerProcess, conversation_id: int) -> list[tuple[Any, ...]]:
    """``(channel, state, error, attempts)`` of a conversation's invitations, oldest first."""
    return query(
        server,
        "SELECT channel, state, error, attempts FROM survey_invites"
        " WHERE conversation_id = ? ORDER BY id",
        conversation_id,
    )


async def wait_invite_state(server: ServerProcess, conversation_id: int, state: str) -> list[Any]:
    """Wait until the conversation's newest invitation is in ``state``; all of them."""
    found = await wait_until_async(
        lambda: (rows := invites(server, conversation_id)) and rows[-1][1] == state and rows,
        WAIT,
        message=f"conversation {conversation_id} has no {state} invitation",
    )
    assert isinstance(found, list)
    return found


def contact(
    server: ServerProcess,
    channel: str,
    *,
    email: str | None,
    language: str = "en",
    ref: str | None = None,
    body: str = "My parcel never came.",
    token: str = "",
) -> dict[str, Any]:
    """One inbound customer message through the intake API (the path every channel takes)."""
    n = next(_serial)
    customer: dict[str, Any] = {"name": f"Survey Customer {n}", "language": language}
    if channel == "email":
        customer["ref"] = ref or email
    else:
        customer["ref"] = ref or f"+35840{n:07d}"
        customer["phone"] = customer["ref"]
    if email is not None:
        customer["email"] = email
    payload = {
        "channel": channel,
        "customer": customer,
        "body": body,
        "subject": "Parcel" if channel == "email" else "",
        "queue": "Billing",
    }
    if token:  # a reply in the thread (the email channel finds it by its headers)
        payload["conversation_token"] = token
    response = httpx.post(f"{server.url}/api/intake/messages", json=payload, timeout=10)
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result
