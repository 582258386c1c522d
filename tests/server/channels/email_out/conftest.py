"""A frontline server wired to the machine's postfix and dovecot, one per test module.

postfix relays ``example.test`` to the server's own SMTP listener and delivers
``*@customer.test`` into the test user's Maildir, which dovecot serves over IMAP; the
server sends its replies through postfix (``--smtp-relay 127.0.0.1:25``). Retries are
quick (``--delivery-retry-base 0.5``, up to 12 attempts) so a temporary failure is seen
retried and then going through.
"""

from __future__ import annotations

import asyncio
import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import ClientConnection

from protocol.entities import EntityBase
from protocol.frames import Ack, CaughtUp, Mutation, Reject, ReplyOp, encode
from protocol.kinds.conversations import MessageData
from tests.server.channels.support import wait_for_port
from tests.server.helpers import auth
from tests.support.client import Mirror, hello, login, open_ws, recv
from tests.support.mailserver import MailSystem, free_port, mail_system
from tests.support.server_proc import ServerProcess

DOMAIN = "example.test"


@dataclass
class MailRig:
    """The mail system and the server it relays to."""

    mail: MailSystem
    server: ServerProcess
    smtp_port: int

    def agent_name(self, username: str) -> str:
        """An agent's display name, as the server has it."""
        found = self.server.rows("SELECT display_name FROM agents WHERE username = ?", username)
        return str(found[0][0])


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailRig]:
    """postfix + dovecot (under the machine's mail lock) and a demo server behind them."""
    with mail_system() as mail:
        port = free_port()
        mail.route(DOMAIN, port)
        db = tmp_path_factory.mktemp("mail") / "server.sqlite"
        flags = ["--demo", "--smtp-port", str(port), "--mail-domain", DOMAIN]
        flags += ["--smtp-relay", "127.0.0.1:25", "--delivery-retry-base", "0.5"]
        flags += ["--delivery-max-attempts", "12"]
        server = ServerProcess(db, flags, start_timeout=120).start()  # a busy CI machine
        try:
            wait_for_port(port)  # postfix would only retry it minutes later
            yield MailRig(mail, server, port)
        finally:
            server.stop()


_mutations = itertools.count(1)


class AgentDesk:
    """One agent's signed-in desk socket: sends replies, mirrors what it is sent."""

    def __init__(self, ws: ClientConnection, token: str, url: str) -> None:
        self.ws = ws
        self.token = token
        self.url = url
        self.mirror = Mirror()

    @classmethod
    async def open(cls, server: ServerProcess, username: str = "agent01") -> AgentDesk:
        token = await asyncio.to_thread(login, server.url, username)
        ws = await open_ws(server.ws_url)
        await hello(ws, token, client_id=f"mail-{uuid.uuid4().hex[:16]}")
        desk = cls(ws, token, server.url)
        async with asyncio.timeout(60):
            while not isinstance(await desk.next_frame(), CaughtUp):
                pass
        return desk

    async def close(self) -> None:
        await self.ws.close()

    async def next_frame(self) -> object:
        frame = await recv(self.ws, timeout=30)
        self.mirror.apply(frame)
        return frame

    async def upload(self, name: str, data: bytes, content_type: str) -> int:
        """``POST /api/attachments``: the file's id for a reply."""

        def post() -> int:
            headers = {**auth(self.token), "X-Filename": name, "Content-Type": content_type}
            answer = httpx.post(f"{self.url}/api/attachments", content=data, headers=headers)
            answer.raise_for_status()
            return int(answer.json()["id"])

        return await asyncio.to_thread(post)

    async def reply(
        self, conversation_id: int, body: str, attachment_ids: tuple[int, ...] = ()
    ) -> int:
        """Send a reply and wait for its ack; the new message's id."""
        mutation_id = next(_mutations)
        change = ReplyOp(
            conversation_id=conversation_id, body=body, attachment_ids=list(attachment_ids)
        )
        await self.ws.send(encode(Mutation(mutation_id=mutation_id, change=change)))
        async with asyncio.timeout(30):
            while True:
                frame = await self.next_frame()
                if isinstance(frame, Reject) and frame.mutation_id == mutation_id:
                    raise AssertionError(f"reply refused: {frame}")
                if isinstance(frame, Ack) and frame.mutation_id == mutation_id:
                    break
        mine = [
            m for m in self.messages(conversation_id) if m.direction == "out" and m.body == body
        ]
        assert mine, "the reply's message never reached the desk"
        return mine[-1].id

    def messages(self, conversation_id: int) -> list[MessageData]:
        """The conversation's messages this desk has, oldest first."""
        found = [
            data
            for (kind, _id), data in self.mirror.entities.items()
            if kind == "message"
            and isinstance(data, MessageData)
            and data.conversation_id == conversation_id
        ]
        return sorted(found, key=lambda m: m.id)

    async def message(self, message_id: int, timeout: float = 30, **expected: Any) -> MessageData:
        """Read frames until message ``message_id`` has the expected fields."""
        async with asyncio.timeout(timeout):
            while True:
                data = self.mirror.entities.get(("message", message_id))
                if isinstance(data, MessageData) and all(
                    getattr(data, k) == v for k, v in expected.items()
                ):
                    return data
                await self.next_frame()

    async def first(
        self, kind: str, matches: Callable[[Any], bool], timeout: float = 30
    ) -> EntityBase:
        """Read frames until an entity of ``kind`` that ``matches`` is mirrored; the
        newest such."""
        async with asyncio.timeout(timeout):
            while True:
                found = [
                    data
                    for (k, _id), data in sorted(self.mirror.entities.items())
                    if k == kind and isinstance(data, EntityBase) and matches(data)
                ]
                if found:
                    return found[-1]
                await self.next_frame()
