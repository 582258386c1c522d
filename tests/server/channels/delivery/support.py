"""A desk socket for the delivery tests: sends replies as mutations, runs commands and
keeps every delivery state each message went through (not just the last), so a test can
see queued -> sent -> delivered | failed as a desk does."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx

from protocol.entities import MessageData
from protocol.frames import Ack, CommandResult, Events, Mutation, Reject, ReplyOp, encode
from tests.support.client import hello, login, open_ws
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerProcess

_refs = itertools.count(1)


def email_conversation(url: str, *, queue: str = "Billing", email: str = "") -> int:
    """A new email conversation from a customer with an address, through intake."""
    n = next(_refs)
    ref = email or f"delivery-{n}-{uuid.uuid4().hex[:8]}@customer.test"
    return _intake(url, "email", queue, ref, email=ref)


def conversation(url: str, channel: str, *, queue: str = "Billing") -> int:
    """A new conversation on ``channel`` through intake."""
    return _intake(url, channel, queue, f"delivery-{next(_refs)}-{uuid.uuid4().hex[:8]}")


def _intake(url: str, channel: str, queue: str, ref: str, email: str | None = None) -> int:
    customer: dict[str, Any] = {"ref": ref, "name": f"Customer {ref[:20]}", "language": "en"}
    if email:
        customer["email"] = email
    payload = {
        "channel": channel,
        "customer": customer,
        "body": "Where is my parcel?",
        "subject": "Parcel",
        "queue": queue,
    }
    response = httpx.post(f"{url}/api/intake/messages", json=payload, timeout=10)
    response.raise_for_status()
    return int(response.json()["conversation_id"])


class DeliveryDesk(Desk):
    """A signed-in desk with its own client id (mutation ids are per client) that
    remembers the delivery states of every message it heard about, in order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.history: dict[int, list[str | None]] = {}
        self.versions: dict[int, list[MessageData]] = {}
        self._mutation_ids = itertools.count(1)

    @classmethod
    async def open(cls, server: ServerProcess, username: str, token: str = "") -> DeliveryDesk:
        token = token or await asyncio.to_thread(login, server.url, username)
        ws = await open_ws(server.ws_url)
        await hello(ws, token, client_id=f"delivery-{username}-{uuid.uuid4().hex[:12]}")
        return cls(ws, token, username)

    async def next_frame(self) -> object:
        frame = await super().next_frame()
        if isinstance(frame, Events):
            for event in frame.events:
                if isinstance(event.data, MessageData):
                    self.versions.setdefault(event.id, []).append(event.data)
                    seen = self.history.setdefault(event.id, [])
                    if not seen or seen[-1] != event.data.delivery:
                        seen.append(event.data.delivery)
        return frame

    async def mutate(self, op: ReplyOp) -> Ack | Reject:
        """Send one mutation; its ack or reject."""
        mutation_id = next(self._mutation_ids)
        await self.ws.send(encode(Mutation(mutation_id=mutation_id, change=op)))
        async with asyncio.timeout(30):
            while True:
                frame = await self.next_frame()
                if isinstance(frame, Ack | Reject) and frame.mutation_id == mutation_id:
                    return frame

    async def reply(self, conversation_id: int, body: str, **fields: Any) -> MessageData:
        """Send a reply; the message it created (as the desk first heard of it)."""
        ack = await self.mutate(ReplyOp(conversation_id=conversation_id, body=body, **fields))
        assert isinstance(ack, Ack), ack
        found = await self.first("message", conversation_id=conversation_id, body=body)
        assert isinstance(found, MessageData)
        return found

    async def message(self, message_id: int, **expected: Any) -> MessageData:
        """Wait until message ``message_id`` has the expected fields."""
        found = await self.entity("message", message_id, **expected)
        assert isinstance(found, MessageData)
        return found

    async def retry(self, message_id: int) -> CommandResult:
        """``message.retry``."""
        return await self.command("message.retry", message_id=message_id)


def customer_address(prefix: str) -> str:
    """A fresh customer address whose local part starts with ``prefix`` (a scripted relay
    answers by it)."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}@customer.test"


@contextlib.asynccontextmanager
async def delivery_desk(
    server: ServerProcess, username: str = "agent01"
) -> AsyncIterator[DeliveryDesk]:
    """:meth:`DeliveryDesk.open`, its socket closed however the test ends."""
    desk = await DeliveryDesk.open(server, username)
    try:
        yield desk
    finally:
        await desk.ws.close()
