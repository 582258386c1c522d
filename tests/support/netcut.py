"""A TCP proxy for tests that cuts, freezes or black-holes connections on demand.

It stands between a desk and the real server on 127.0.0.1 to make real network failures:
``cut()`` aborts every open connection (a dropped Wi-Fi), ``mode = "freeze"`` keeps sockets
open but forwards nothing (a socket that looks alive and delivers nothing), ``"blackhole"``
accepts new connections and never answers. ``upstream_port`` can change while it runs
(the server came back on another port).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Literal

Mode = Literal["pass", "freeze", "blackhole"]


class NetCut:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.mode: Mode = "pass"
        self.pass_limit: int | None = None
        """Forward only this many connections; black-hole the later ones."""
        self.port = 0
        self.accepted = 0
        self.cuts = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._flowing = asyncio.Event()
        self._flowing.set()

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self.port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        if mode == "freeze":
            self._flowing.clear()
        else:
            self._flowing.set()

    def cut(self) -> None:
        """Abort every open connection, both sides, like a pulled cable."""
        self.cuts += 1
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def close(self) -> None:
        self.cut()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        self._writers.add(writer)
        over_limit = self.pass_limit is not None and self.accepted > self.pass_limit
        if self.mode == "blackhole" or over_limit:
            with contextlib.suppress(ConnectionError):
                await reader.read()  # hold it open, answer nothing
            return
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            writer.transport.abort()
            self._writers.discard(writer)
            return
        self._writers.add(up_writer)
        pumps = [
            asyncio.create_task(self._pump(reader, up_writer)),
            asyncio.create_task(self._pump(up_reader, writer)),
        ]
        self._tasks.update(pumps)
        await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for task in pumps:
            task.cancel()
            self._tasks.discard(task)
        for w in (writer, up_writer):
            w.transport.abort()
            self._writers.discard(w)

    async def _pump(self, src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while data := await src.read(65536):
                await self._flowing.wait()
                dst.write(data)
                await dst.drain()
