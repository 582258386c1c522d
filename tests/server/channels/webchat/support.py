"""Plain websocket chat clients and a desk that replies, for the web chat tests."""

from __future__ import annotations

import asyncio
import hashlib
import json
import socket
import uuid
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

from protocol.entities import MessageData
from protocol.frames import Ack, ActivityUpdate, Mutation, Reject, ReplyOp, SetStatusOp, encode
from tests.support.client import hello, login, open_ws
from tests.support.desk_socket import Desk
from tests.support.server_proc import ServerProcess


def free_port() -> int:
    """A port nobody listens on now (the server restarts on it, so pages reconnect)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def chat_url(server: ServerProcess) -> str:
    return server.url.replace("http://", "ws://", 1) + "/chat/ws"


class Chat:
    """One chat page's socket, spoken to directly (no browser)."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.frames: list[dict[str, Any]] = []
        self.token = ""

    @classmethod
    async def open(cls, server: ServerProcess) -> Chat:
        return cls(await connect(chat_url(server), max_size=2**24, open_timeout=10))

    @classmethod
    async def started(cls, server: ServerProcess, name: str = "Visitor", **fields: Any) -> Chat:
        chat = await cls.open(server)
        await chat.send({"type": "start", "name": name, **fields})
        ready = await chat.until("session")
        chat.token = str(ready["token"])
        return chat

    async def send(self, frame: dict[str, Any] | str) -> None:
        await self.ws.send(frame if isinstance(frame, str) else json.dumps(frame))

    async def recv(self, timeout: float = 10.0) -> dict[str, Any]:
        async with asyncio.timeout(timeout):
            frame = json.loads(await self.ws.recv())
        assert isinstance(frame, dict)
        self.frames.append(frame)
        return frame

    async def until(self, kind: str, timeout: float = 15.0, **expected: Any) -> dict[str, Any]:
        """Read until a frame of ``type`` ``kind`` with the expected fields."""
        async with asyncio.timeout(timeout):
            while True:
                frame = await self.recv(timeout)
                if frame["type"] == kind and all(frame.get(k) == v for k, v in expected.items()):
                    return frame

    async def say(self, body: str, client_id: str = "") -> dict[str, Any]:
        """Send a message; the server's confirmation (the stored message)."""
        client_id = client_id or uuid.uuid4().hex
        await self.send({"type": "send", "client_id": client_id, "body": body})
        return await self.until("message", client_id=client_id)

    async def close(self) -> None:
        await self.ws.close()


class ReplyDesk(Desk):
    """A signed-in desk that replies, writes notes and resolves conversations."""

    _next = 0

    @classmethod
    async def open(cls, server: ServerProcess, username: str, token: str = "") -> ReplyDesk:
        token = token or await asyncio.to_thread(login, server.url, username)
        ws = await open_ws(server.ws_url)
        await hello(ws, token, client_id=f"webchat-{username}-{uuid.uuid4().hex[:12]}")
        return cls(ws, token, username)

    async def mutate(self, change: ReplyOp | SetStatusOp) -> None:
        ReplyDesk._next += 1
        mutation_id = ReplyDesk._next
        await self.ws.send(encode(Mutation(mutation_id=mutation_id, change=change)))
        async with asyncio.timeout(30):
            while True:
                frame = await self.next_frame()
                if isinstance(frame, Ack | Reject) and frame.mutation_id == mutation_id:
                    assert isinstance(frame, Ack), frame
                    return

    async def reply(self, conversation_id: int, body: str, internal: bool = False) -> int:
        await self.mutate(ReplyOp(conversation_id=conversation_id, body=body, internal=internal))
        found = await self.first("message", conversation_id=conversation_id, body=body)
        assert isinstance(found, MessageData)
        return found.id

    async def resolve(self, conversation_id: int) -> None:
        await self.mutate(SetStatusOp(conversation_id=conversation_id, status="resolved"))


def session_conversation(server: ServerProcess, token_hash: str) -> int:
    found = server.rows(
        "SELECT conversation_id FROM chat_sessions WHERE token_hash = ?", token_hash
    )
    assert found
    assert found[0][0] is not None
    return int(found[0][0])


def token_hash(token: str) -> str:
    """How the server stores a chat session's token (``chat_sessions.token_hash``)."""
    return hashlib.sha256(token.encode()).hexdigest()


def stored_bodies(server: ServerProcess, conversation: int) -> list[str]:
    """The conversation's stored message bodies in order, notes left out (what the
    customer's page shows)."""
    return [
        str(r[0])
        for r in server.rows(
            "SELECT body FROM messages WHERE conversation_id = ? AND direction != 'note'"
            " ORDER BY id",
            conversation,
        )
    ]


async def customer_typing(desk: Desk, conversation: int, typing: bool) -> None:
    """Wait until ``desk`` hears that the customer of ``conversation`` is (not) typing."""
    async with asyncio.timeout(15):
        while True:
            frame = await desk.next_frame()
            if (
                isinstance(frame, ActivityUpdate)
                and frame.conversation_id == conversation
                and frame.customer_typing == typing
            ):
                return
