"""A minimal desk for tests: sign in, say hello, read frames, mirror the entities.

Deliberately independent of ``desktop/`` so server tests exercise the wire protocol only.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import httpx
from websockets.asyncio.client import ClientConnection, connect

from protocol.frames import (
    MAX_SERVER_FRAME_BYTES,
    PROTOCOL_VERSION,
    CaughtUp,
    Events,
    Hello,
    Snapshot,
    Welcome,
    encode,
    parse_server_frame,
)


def login(url: str, username: str, password: str = "demo") -> str:
    """Sign in over REST and return the bearer token."""
    response = httpx.post(
        f"{url}/api/login", json={"username": username, "password": password}, timeout=10
    )
    response.raise_for_status()
    return str(response.json()["token"])


async def open_ws(ws_url: str) -> ClientConnection:
    """A websocket that accepts the server's big replay frames."""
    return await connect(ws_url, max_size=MAX_SERVER_FRAME_BYTES, open_timeout=10)


async def recv(ws: ClientConnection, timeout: float = 10.0) -> object:
    """The next frame, validated with the protocol's parser."""
    raw = await asyncio.wait_for(ws.recv(), timeout)
    return parse_server_frame(raw)


async def recv_until(ws: ClientConnection, kind: type, timeout: float = 10.0) -> list[object]:
    """Frames up to and including the first of type ``kind``."""
    frames: list[object] = []
    async with asyncio.timeout(timeout):
        while True:
            frame = await recv(ws, timeout)
            frames.append(frame)
            if isinstance(frame, kind):
                return frames


async def hello(
    ws: ClientConnection,
    token: str,
    client_id: str = "test-client-0001",
    last_seq: int = 0,
    epoch: str | None = None,
) -> Welcome:
    """Send ``hello`` and return the ``welcome``."""
    frame = Hello(
        protocol=PROTOCOL_VERSION, token=token, client_id=client_id, last_seq=last_seq, epoch=epoch
    )
    await ws.send(encode(frame))
    welcome = await recv(ws)
    assert isinstance(welcome, Welcome), welcome
    return welcome


@dataclass
class Mirror:
    """A desk's replicated state in memory: entities by ``(kind, id)`` and the cursor."""

    entities: dict[tuple[str, int], object] = field(default_factory=dict)
    seq: int = 0
    resets: int = 0
    in_snapshot: bool = False

    def apply(self, frame: object) -> None:
        """Apply an ``events``, ``snapshot`` or ``caught_up`` frame (others are ignored)."""
        if isinstance(frame, Events):
            for event in frame.events:
                if event.op == "delete":
                    self.entities.pop((event.kind, event.id), None)
                else:
                    self.entities[(event.kind, event.id)] = event.data
            self.seq = frame.upto
        elif isinstance(frame, Snapshot):
            if not self.in_snapshot:
                self.entities = {}
                self.resets += 1
            self.in_snapshot = not frame.done
            for entity in frame.entities:
                self.entities[(entity.kind, entity.id)] = entity
            if frame.done:
                self.seq = frame.seq
        elif isinstance(frame, CaughtUp):
            self.seq = frame.seq

    def ids(self, kind: str) -> set[int]:
        """Ids of the mirrored entities of one kind."""
        return {i for k, i in self.entities if k == kind}
