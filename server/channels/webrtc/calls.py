"""Browser calls in flight: one aiortc peer connection per call, what the page is told,
and the line control agents' buttons reach (``ctx.lines["webrtc"]``).

The server is the far end of the customer's WebRTC call. Their audio is received and
counted (an agent's audio path is out of scope: see ``docs/telephony.md``); the page
learns where its call stands over a data channel it opens with the offer (``{"state":
"ringing" | "connected" | "held" | "ended"}``), because that channel lives exactly as
long as the call and needs no second connection. The state machine stays the truth:
every change is recorded as a provider event first and told to the page after, so the
page never shows "Connected" for a call the server refused to connect.

A call ends once, whoever ends it (the page's button, the agent, the connection failing,
the server stopping): :meth:`BrowserCall.end` records ``ended`` with its reason, tells
the page and closes the peer connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from aiortc import MediaStreamTrack, RTCDataChannel, RTCPeerConnection
from aiortc.mediastreams import MediaStreamError

from protocol.kinds.calls import CallData, CallEventType
from server.channels.webrtc import placing
from server.core.context import ServerContext
from server.core.lines import LineAction, LineError
from server.domains.calls.record import CallRefusedError

log = logging.getLogger(__name__)

MAX_BROWSER_CALLS = 20
"""Browser calls at once: each holds UDP sockets, a decoder and a routing slot. One more is
refused with 503 and a sentence the page shows (the customer can still chat)."""
FLUSH_SECONDS = 1.0
"""How long the page's last message ("ended") may take to leave before the connection
closes; past it the page learns from the closed channel anyway."""
PageState = Literal["new", "ringing", "connected", "held", "ended"]
"""What the page is told (``new`` until the call rings: nothing to tell yet)."""
_pending: set[asyncio.Future[None]] = set()
"""Endings started from aiortc's callbacks, kept alive until done (asyncio keeps only
weak references to tasks)."""


class BrowserCall:
    """One customer's call: the peer connection, its audio counters and its events."""

    def __init__(
        self, ctx: ServerContext, pc: RTCPeerConnection, forget: Callable[[str], None]
    ) -> None:
        self.ctx = ctx
        self.pc = pc
        self._forget = forget
        self.ref = secrets.token_urlsafe(12)
        """``provider_call_id``: public (agents see it), so it gives no power to the page."""
        self.key = secrets.token_urlsafe(24)
        """The page's proof that the call is its own (hang-up, status)."""
        self.state: PageState = "new"
        self.recorded = False
        self.audio_frames = 0
        self.audio_bytes = 0
        self.channel: RTCDataChannel | None = None
        self._events = 0
        self._lock = asyncio.Lock()
        self._drains: list[asyncio.Task[None]] = []
        self._ended = asyncio.Event()
        pc.on("track", self._on_track)
        pc.on("datachannel", self._on_channel)
        pc.on("connectionstatechange", self._on_connection)

    # ------------------------------------------------------------------ the page

    def _on_track(self, track: MediaStreamTrack) -> None:
        if track.kind == "audio":
            self._drains.append(asyncio.create_task(self._drain(track), name="webrtc-audio"))

    async def _drain(self, track: MediaStreamTrack) -> None:
        """Receive the customer's audio (decoded frames) and count it; a recorder or a
        bridge to the agent's headset would take the frames here."""
        with contextlib.suppress(MediaStreamError):
            while True:
                frame: Any = await track.recv()
                self.audio_frames += 1
                self.audio_bytes += sum(plane.buffer_size for plane in frame.planes)

    def _on_channel(self, channel: RTCDataChannel) -> None:
        if self.channel is not None:
            channel.close()  # one status channel per call; a second is noise
            return
        self.channel = channel
        channel.on("open", self._tell)
        channel.on("close", self._on_channel_close)
        if channel.readyState == "open":
            self._tell()

    def _on_channel_close(self) -> None:
        if self.state != "ended":
            self._spawn(self.end("customer hung up"))

    async def _on_connection(self) -> None:
        if self.pc.connectionState in ("failed", "closed") and self.state != "ended":
            self._spawn(self.end("the caller's connection was lost"))

    def _spawn(self, work: Awaitable[None]) -> None:
        task = asyncio.ensure_future(work)
        _pending.add(task)
        task.add_done_callback(_pending.discard)

    def _tell(self) -> None:
        channel = self.channel
        if channel is None or channel.readyState != "open" or self.state == "new":
            return
        with contextlib.suppress(Exception):  # a channel closing under us: the page knows
            channel.send(json.dumps({"state": self.state}))

    async def _flush(self) -> None:
        """Wait (briefly) until the page's last message has left for the network: closing
        the connection with it still queued would lose it."""
        channel = self.channel
        if channel is None or channel.readyState != "open" or channel.bufferedAmount == 0:
            return
        sent = asyncio.Event()
        channel.on("bufferedamountlow", sent.set)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(FLUSH_SECONDS):
                await sent.wait()

    # ---------------------------------------------------------------- the machine

    def _next_event_id(self) -> str:
        self._events += 1
        return f"{self.ref}:{self._events}"

    async def record(self, event_type: CallEventType, **fields: Any) -> CallData:
        """Record one event of this call (one at a time, so ids stay in order)."""
        async with self._lock:
            return await placing.report(
                self.ctx, self.ref, self._next_event_id(), event_type, **fields
            )

    async def offer(self, origin: placing.Origin, queue: str | None) -> CallData:
        """The call starts ringing: ``offered`` (raises ``CallRefusedError``)."""
        call = await self.record(
            "offered",
            join=placing.joiner(origin, self.ref),
            caller=placing.ANONYMOUS,
            queue=queue,
        )
        self.recorded = True
        if self.state == "ended":  # the page went away while the offer was recorded
            with contextlib.suppress(CallRefusedError):
                call = await self.record("ended", reason="customer hung up")
            return call
        self.move("ringing")
        return call

    def move(self, state: PageState) -> None:
        """What the page shows now (after the machine took the event)."""
        if self.state != "ended":
            self.state = state
            self._tell()

    async def end(self, reason: str) -> None:
        """Record ``ended`` (a call the machine already ended stays as it is), tell the
        page, close the connection. Safe to call more than once and from any path."""
        if self.state == "ended":
            await self._ended.wait()
            return
        self.state = "ended"
        try:
            if self.recorded:
                with contextlib.suppress(CallRefusedError):
                    await self.record("ended", reason=reason)
        except Exception:  # the database going away at shutdown must not keep a call open
            log.exception("browser call %s: could not record its end", self.ref)
        finally:
            self._tell()
            await self._flush()
            await self.pc.close()
            for task in self._drains:
                task.cancel()
            self._forget(self.ref)
            self._ended.set()
            log.info(
                "browser call %s ended (%s): %d audio frames, %d bytes",
                self.ref,
                reason,
                self.audio_frames,
                self.audio_bytes,
            )

    def status(self) -> dict[str, Any]:
        """What the page (and a test) may know about its own call."""
        return {
            "call_id": self.ref,
            "state": self.state,
            "audio_frames": self.audio_frames,
            "audio_bytes": self.audio_bytes,
        }


class BrowserCalls:
    """The calls in flight on this server, by ``provider_call_id``, with the cap."""

    def __init__(self, ctx: ServerContext, limit: int = MAX_BROWSER_CALLS) -> None:
        self.ctx = ctx
        self.limit = limit
        self.calls: dict[str, BrowserCall] = {}

    def room(self) -> bool:
        """Whether one more call may start (a call counts from :meth:`new`, before its
        first await, so concurrent offers cannot pass the cap together)."""
        return len(self.calls) < self.limit

    def find(self, ref: str, key: str) -> BrowserCall | None:
        """The caller's own call: a wrong key and an unknown id look the same."""
        call = self.calls.get(ref)
        if call is None or not secrets.compare_digest(call.key.encode(), key.encode()):
            return None
        return call

    def new(self, pc: RTCPeerConnection) -> BrowserCall:
        """A call on ``pc``, known here until it ends."""
        call = BrowserCall(self.ctx, pc, self._forget)
        self.calls[call.ref] = call
        return call

    def _forget(self, ref: str) -> None:
        self.calls.pop(ref, None)

    async def end_all(self, reason: str) -> None:
        """End every call (the server is stopping)."""
        await asyncio.gather(
            *(call.end(reason) for call in list(self.calls.values())), return_exceptions=True
        )


class BrowserLine:
    """``ctx.lines["webrtc"]``: an agent's button on a browser call."""

    def __init__(self, calls: BrowserCalls) -> None:
        self.calls = calls

    async def act(
        self,
        call: CallData,
        action: LineAction,
        *,
        digits: str | None = None,
        target: str | None = None,
    ) -> None:
        """Carry ``action`` out on the customer's call and record what happened."""
        del target  # transfers stay routing's: the server keeps the customer's leg
        live = self.calls.calls.get(call.provider_call_id)
        if live is None or live.state == "ended":
            raise LineError("the caller has hung up")
        if action == "hangup":
            await live.end("agent hung up")
            return
        steps: dict[LineAction, Callable[[], Awaitable[CallData]]] = {
            "answer": lambda: self._answer(live, call),
            "hold": lambda: live.record("held"),
            "resume": lambda: live.record("resumed"),
            "mute": lambda: live.record("muted"),
            "unmute": lambda: live.record("unmuted"),
            "dtmf": lambda: live.record("dtmf", digits=digits),
        }
        step = steps.get(action)
        if step is None:
            raise LineError(f"a browser call cannot {action}")
        try:
            moved = await step()
        except CallRefusedError as exc:
            detail = exc.detail if isinstance(exc.detail, str) else exc.detail.get("message")
            raise LineError(str(detail)) from None
        if action in ("answer", "resume", "hold"):
            live.move("held" if moved.state == "held" else "connected")

    async def _answer(self, live: BrowserCall, call: CallData) -> CallData:
        agent = await placing.agent_username(self.calls.ctx, call.agent_id)
        return await live.record("answered", agent=agent)
