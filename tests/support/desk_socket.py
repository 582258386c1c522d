"""A signed-in desk socket for server tests: mirrors what it receives, waits for an entity
to reach an expected state, and sends commands (the presence, routing and call tests)."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from websockets.asyncio.client import ClientConnection

from protocol.commands import PresenceAnswer
from protocol.entities import EntityBase
from protocol.frames import Command, CommandResult, encode
from protocol.kinds.presence import PresenceData
from tests.support.client import Mirror, hello, login, open_ws, recv
from tests.support.server_proc import ServerProcess

_command_ids = itertools.count(1)


class Desk:
    """One signed-in socket that mirrors what it receives and answers commands."""

    def __init__(self, ws: ClientConnection, token: str, username: str = "") -> None:
        self.ws = ws
        self.token = token
        self.username = username
        self.mirror = Mirror()

    @classmethod
    async def open(cls, server: ServerProcess, username: str, token: str = "") -> Desk:
        token = token or await asyncio.to_thread(login, server.url, username)
        ws = await open_ws(server.ws_url)
        await hello(ws, token, client_id=f"presence-{username}-client")
        return cls(ws, token, username)

    async def next_frame(self) -> object:
        frame = await recv(self.ws)
        self.mirror.apply(frame)
        return frame

    async def presence_of(self, agent_id: int, **expected: Any) -> PresenceData:
        """Read frames until agent ``agent_id``'s presence has the expected fields (a
        deadline, not a timing: heartbeats would otherwise keep a wrong wait alive)."""
        found = await self.entity("presence", agent_id, **expected)
        assert isinstance(found, PresenceData)
        return found

    async def entity(self, kind: str, entity_id: int, **expected: Any) -> EntityBase:
        """Read frames until entity (``kind``, ``entity_id``) has the expected fields."""
        async with asyncio.timeout(30):
            while True:
                data = self.mirror.entities.get((kind, entity_id))
                if isinstance(data, EntityBase) and all(
                    getattr(data, k) == v for k, v in expected.items()
                ):
                    return data
                await self.next_frame()

    async def first(self, kind: str, **expected: Any) -> EntityBase:
        """Read frames until some entity of ``kind`` has the expected fields; the newest."""
        async with asyncio.timeout(30):
            while True:
                found = [
                    data
                    for (k, _id), data in sorted(
                        self.mirror.entities.items(), key=lambda kv: kv[0][1]
                    )
                    if k == kind and all(getattr(data, f) == v for f, v in expected.items())
                ]
                if found:
                    assert isinstance(found[-1], EntityBase)
                    return found[-1]
                await self.next_frame()

    async def command(self, name: str, **args: Any) -> CommandResult:
        command_id = next(_command_ids)
        await self.ws.send(encode(Command(command_id=command_id, name=name, args=args)))
        while True:
            frame = await self.next_frame()
            if isinstance(frame, CommandResult) and frame.command_id == command_id:
                return frame

    async def set_presence(self, state: str, reason: str = "") -> PresenceAnswer:
        result = await self.command("presence.set", state=state, reason=reason)
        assert result.ok, result
        return PresenceAnswer.model_validate(result.answer)
