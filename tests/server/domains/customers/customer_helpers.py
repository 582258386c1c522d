"""Helpers for the customer tests: a fresh person through the intake API, the find and
profile reads, a desk socket that sends mutations, and direct edits of the server's file
(as the routing tests do) for states no route makes yet."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from websockets.asyncio.client import ClientConnection

from protocol.frames import Ack, CaughtUp, Mutation, Reject, Snapshot, encode
from protocol.kinds.customers import CustomerNoteOp, CustomerUpdateOp
from tests.server.helpers import auth
from tests.support import db
from tests.support.client import Mirror, hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ServerProcess


def unique_phone() -> str:
    """A Finnish mobile number no other test uses (E.164)."""
    return f"+35850{uuid.uuid4().int % 10_000_000:07d}"


def person(
    url: str,
    *,
    queue: str = "General",
    channel: str = "chat",
    name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    ref: str | None = None,
    body: str = "Hello, I need help.",
) -> dict[str, Any]:
    """One inbound message from a new (or known) person; the intake result."""
    tag = uuid.uuid4().hex[:10]
    customer: dict[str, Any] = {"ref": ref or f"chat-{tag}", "name": name or f"Person {tag}"}
    if email:
        customer["email"] = email
    if phone:
        customer["phone"] = phone
    payload = {"channel": channel, "customer": customer, "body": body, "queue": queue}
    answer = httpx.post(f"{url}/api/intake/messages", json=payload, timeout=10)
    answer.raise_for_status()
    result: dict[str, Any] = answer.json()
    return result


def find(url: str, token: str, q: str) -> httpx.Response:
    return httpx.get(
        f"{url}/api/customers/search", params={"q": q}, headers=auth(token), timeout=10
    )


def hit_ids(url: str, token: str, q: str) -> list[int]:
    answer = find(url, token, q)
    assert answer.status_code == 200, answer.text
    return [int(h["id"]) for h in answer.json()["hits"]]


def profile(url: str, token: str, customer_id: int) -> httpx.Response:
    return httpx.get(f"{url}/api/customers/{customer_id}/profile", headers=auth(token), timeout=30)


def sql(server: ServerProcess, statement: str, *args: Any) -> list[tuple[Any, ...]]:
    """Run one statement on the server's database (SQLite or PostgreSQL) and commit."""
    return db.execute(server, statement, *args)


@dataclass
class Live:
    """A signed-in desk socket that sends mutations and mirrors what it receives."""

    ws: ClientConnection
    mirror: Mirror
    next_id: int = 1

    async def send(self, change: CustomerNoteOp | CustomerUpdateOp) -> Ack | Reject:
        mutation_id = self.next_id
        self.next_id += 1
        await self.ws.send(encode(Mutation(mutation_id=mutation_id, change=change)))
        while True:
            frames = await recv_until(self.ws, (Ack, Reject), timeout=20)  # type: ignore[arg-type]
            for frame in frames:
                self.mirror.apply(frame)
            last = frames[-1]
            assert isinstance(last, Ack | Reject)
            if last.mutation_id == mutation_id:
                return last


async def connect(server: ServerProcess, user: str, client_id: str) -> Live:
    ws = await open_ws(server.ws_url)
    token = await asyncio.to_thread(login, server.url, user)
    await hello(ws, token, client_id)
    mirror = Mirror()
    async with asyncio.timeout(60):
        while True:
            frame = await recv(ws)
            mirror.apply(frame)
            if isinstance(frame, CaughtUp) or (isinstance(frame, Snapshot) and frame.done):
                return Live(ws, mirror)
