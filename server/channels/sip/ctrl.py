"""An asyncio client of baresip's ``ctrl_tcp`` module: the centre's SIP endpoint's remote.

Wire (baresip 1.0): netstrings (``<len>:<bytes>,``) carrying JSON. We send
``{"command": ..., "params": ..., "token": ...}``; baresip answers
``{"response": true, "ok": bool, "data": str, "token": ...}`` and, unasked, sends
``{"event": true, "type": "CALL_INCOMING", "id": <call id>, "peeruri": ..., ...}``.

Why a client of our own: the adapter needs commands answered by token (several calls at
once), events delivered in order, and a connection that comes back when baresip restarts.
Everything baresip sends is treated as untrusted input: a frame longer than
``max_frame``, a malformed length or JSON that is not an object drops the connection
(logged; we reconnect) instead of growing a buffer or crashing the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from server.core.waiting import within

log = logging.getLogger(__name__)

MAX_FRAME = 64 * 1024
"""baresip's largest real frames (help text, call lists) are a few kilobytes."""
COMMAND_TIMEOUT = 5.0
RECONNECT_DELAYS = (0.1, 0.2, 0.5, 1.0, 2.0)
MAX_QUEUED_EVENTS = 10_000
"""Events wait here for the adapter; a flood beyond it drops the link (and is logged)."""

Event = dict[str, Any]
OnEvent = Callable[[Event], Awaitable[None]]
LINK_UP, LINK_DOWN = "FRONTLINE_LINK_UP", "FRONTLINE_LINK_DOWN"
"""Events of our own, queued in order with baresip's: the link came up, went down."""


class CtrlError(Exception):
    """A command failed: baresip said no (its text), or the link is down or timed out."""


class ProtocolError(Exception):
    """baresip (or whatever listens there) sent something that is not ctrl_tcp."""


def encode(message: dict[str, Any]) -> bytes:
    """One netstring of compact JSON."""
    body = json.dumps(message, separators=(",", ":")).encode()
    return str(len(body)).encode() + b":" + body + b","


async def read_frame(reader: asyncio.StreamReader, max_frame: int = MAX_FRAME) -> Event:
    """The next JSON object; raises :class:`ProtocolError` on anything else and
    ``asyncio.IncompleteReadError`` when the peer closes."""
    digits = b""
    while True:
        ch = await reader.readexactly(1)
        if ch == b":":
            break
        if not ch.isdigit() or len(digits) >= len(str(max_frame)):
            raise ProtocolError(f"bad netstring length prefix {(digits + ch)[:16]!r}")
        digits += ch
    if not digits:
        raise ProtocolError("empty netstring length")
    size = int(digits)
    if size > max_frame:
        raise ProtocolError(f"frame of {size} bytes is over the {max_frame}-byte limit")
    body = await reader.readexactly(size)
    if await reader.readexactly(1) != b",":
        raise ProtocolError("netstring not closed by ','")
    try:
        message = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProtocolError(f"frame is not JSON: {exc}") from None
    if not isinstance(message, dict):
        raise ProtocolError("frame is not a JSON object")
    return message


class BaresipCtrl:
    """One reconnecting link to ``host:port``. :meth:`run` is the background task;
    ``on_event`` gets each event in order, with :data:`LINK_UP` / :data:`LINK_DOWN`."""

    def __init__(
        self,
        host: str,
        port: int,
        on_event: OnEvent,
        *,
        max_frame: int = MAX_FRAME,
        timeout: float = COMMAND_TIMEOUT,
    ) -> None:
        self.host, self.port = host, port
        self.on_event = on_event
        self.max_frame, self.timeout = max_frame, timeout
        self.lock = asyncio.Lock()
        """Held across a ``callfind`` and the action on that call (baresip acts on its
        *current* call), so two agents' actions never interleave."""
        self.connected = asyncio.Event()
        self._writer: asyncio.StreamWriter | None = None
        self._pending: dict[str, asyncio.Future[str]] = {}
        self._tokens = itertools.count(1)
        self._events: asyncio.Queue[Event] = asyncio.Queue(maxsize=MAX_QUEUED_EVENTS)

    async def command(self, command: str, params: str | None = None) -> str:
        """Send one command; its ``data`` when ``ok``, else :class:`CtrlError`."""
        writer = self._writer
        if writer is None or not self.connected.is_set():
            raise CtrlError("the phone line is not connected")
        token = f"fl{next(self._tokens)}"
        message: dict[str, Any] = {"command": command, "token": token}
        if params is not None:
            message["params"] = params
        done: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._pending[token] = done
        try:
            writer.write(encode(message))
            await writer.drain()
            return await within(done, self.timeout)
        except TimeoutError:
            raise CtrlError(f"the phone line did not answer {command!r} in time") from None
        except OSError as exc:
            raise CtrlError(f"the phone line is not connected ({exc})") from None
        finally:
            self._pending.pop(token, None)

    async def run(self) -> None:
        """Connect, read, reconnect after a loss, forever (until cancelled). Events are
        handed to ``on_event`` by a second task, in order, so a handler may itself send
        commands (whose answers this reader must be free to read)."""
        dispatcher = asyncio.create_task(self._dispatch())
        try:
            await self._connect_forever()
        finally:
            dispatcher.cancel()

    async def _dispatch(self) -> None:
        while True:
            message = await self._events.get()
            try:
                await self.on_event(message)
            except Exception:  # an adapter bug must not stop the events that follow
                log.exception("sip ctrl: event %s failed", message.get("type"))

    async def _connect_forever(self) -> None:
        attempt = 0
        while True:
            try:
                reader, writer = await asyncio.open_connection(self.host, self.port)
            except OSError as exc:
                delay = RECONNECT_DELAYS[min(attempt, len(RECONNECT_DELAYS) - 1)]
                if attempt == 0:
                    log.warning("sip ctrl %s:%s unreachable (%s)", self.host, self.port, exc)
                attempt += 1
                await asyncio.sleep(delay)
                continue
            attempt = 0
            self._writer = writer
            self.connected.set()
            log.info("sip ctrl connected to %s:%s", self.host, self.port)
            await self._events.put({"event": True, "type": LINK_UP})
            try:
                await self._read(reader)
            except ProtocolError as exc:
                log.warning("sip ctrl: dropping the link: %s", exc)
            except (asyncio.IncompleteReadError, OSError) as exc:
                log.warning("sip ctrl: link lost (%s)", type(exc).__name__)
            finally:
                self.connected.clear()
                self._writer = None
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()
                for waiting in self._pending.values():
                    if not waiting.done():
                        waiting.set_exception(CtrlError("the phone line was lost"))
            await self._events.put({"event": True, "type": LINK_DOWN})
            await asyncio.sleep(RECONNECT_DELAYS[0])

    async def _read(self, reader: asyncio.StreamReader) -> None:
        while True:
            message = await read_frame(reader, self.max_frame)
            if message.get("response") is True:
                waiting = self._pending.get(str(message.get("token")))
                if waiting is not None and not waiting.done():
                    data = str(message.get("data") or "").strip()
                    if message.get("ok") is True:
                        waiting.set_result(data)
                    else:
                        waiting.set_exception(CtrlError(data or "the phone line refused"))
            elif message.get("event") is True:
                try:
                    self._events.put_nowait(message)
                except asyncio.QueueFull:
                    raise ProtocolError("too many events waiting for the adapter") from None
