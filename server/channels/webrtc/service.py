"""The browser-call channel's routes and startup: ``/chat/call.js`` (the chat page's "Call
us" button), ``POST /chat/call`` (an SDP offer in, aiortc's answer out), and the caller's
own ``GET``/``DELETE /chat/call/{id}`` (status, hang up), all for customers, never agents.

Hostile input: the body is at most 64 KiB (``server.core.limits``) and the SDP at most
:data:`MAX_SDP_CHARS`; an offer aiortc cannot read is 400 and leaves nothing behind (the
call is recorded only after the answer is made); at most
:data:`~server.channels.webrtc.calls.MAX_BROWSER_CALLS` calls at once (503); a call id
with a key that is not its own is the same 404 as an unknown id.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from importlib import resources
from typing import Annotated, Literal

from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from fastapi import APIRouter, Header, HTTPException, Path, Response
from pydantic import BaseModel, ConfigDict, Field

from protocol.kinds.calls import CallData
from protocol.text import QueueName
from protocol.webchat import Token
from server.channels.delivery.senders import Senders
from server.channels.webrtc import placing, sessions
from server.channels.webrtc.calls import BrowserCall, BrowserCalls, BrowserLine
from server.core.context import ServerContext
from server.core.line_relay import LineRelay
from server.core.lines import LineAction
from server.core.pg_cluster import PgCluster
from server.core.requests import Ctx
from server.domains.calls.record import CallRefusedError

log = logging.getLogger(__name__)
router = APIRouter(prefix="/chat")

MAX_SDP_CHARS = 16_000
"""Chromium's offer for one audio track and a data channel is 3-6 KB with its candidates."""
NO_SUCH_CALL = "no such call"
SHUTDOWN_REASON = "the service stopped"
RESTART_REASON = "the server restarted during the call"
ORPHAN_SWEEP = 10.0
"""Seconds between looks for browser calls of gone processes (several processes)."""
CallKey = Annotated[str, Header(alias="X-Call-Key", max_length=100)]
CallId = Annotated[str, Path(max_length=100)]


class CallOffer(BaseModel):
    """``POST /chat/call``: the page's offer, and who is calling if they are chatting."""

    model_config = ConfigDict(extra="forbid")

    sdp: str = Field(min_length=1, max_length=MAX_SDP_CHARS)
    type: Literal["offer"]
    session: Token | None = None
    """The chat page's customer session token: the call joins that customer."""
    queue: QueueName | None = None
    """The page's queue (``/chat?queue=``) for a caller with no chat."""


class CallPlaced(BaseModel):
    """The answer, the call's id and the key that proves the call is the caller's."""

    sdp: str
    type: Literal["answer"] = "answer"
    call_id: str
    key: str


class CallStatus(BaseModel):
    """Where the caller's call stands, and how much of their audio has arrived."""

    call_id: str
    state: str
    audio_frames: int
    audio_bytes: int


def _calls(ctx: ServerContext) -> BrowserCalls:
    line = ctx.lines.get(placing.PROVIDER)
    if not isinstance(line, BrowserLine):
        raise HTTPException(503, "browser calls are not available on this server")
    return line.calls


@router.get("/call.js", include_in_schema=False)
async def call_script() -> Response:
    """The "Call us" button's script (the chat page loads it with ``defer``)."""
    text = resources.files(__package__).joinpath("call.js").read_text(encoding="utf-8")
    return Response(
        text,
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )


FINGERPRINT = re.compile(r"a=fingerprint:sha-(1|224|256|384|512) [0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})+")


def _looks_like_offer(sdp: str) -> bool:
    """The cheap checks before aiortc parses it: an SDP session with an audio section and
    what a connection needs (ICE credentials, well-formed DTLS fingerprints). aiortc takes
    an offer without them and would ring an agent for a call that can never connect."""
    lines = sdp.replace("\r\n", "\n").split("\n")
    prints = [line for line in lines if line.startswith("a=fingerprint:")]
    return (
        sdp.startswith("v=0")
        and any(line.startswith("m=audio ") for line in lines)
        and any(line.startswith("a=ice-ufrag:") for line in lines)
        and any(line.startswith("a=ice-pwd:") for line in lines)
        and bool(prints)
        and all(FINGERPRINT.fullmatch(line.strip()) for line in prints)
    )


async def _answer(call: BrowserCall, body: CallOffer) -> str:
    """aiortc's answer to the offer (candidates included: no trickle ICE)."""
    pc = call.pc
    await pc.setRemoteDescription(RTCSessionDescription(sdp=body.sdp, type="offer"))
    await pc.setLocalDescription(await pc.createAnswer())
    return str(pc.localDescription.sdp)


def _room_or_refuse(calls: BrowserCalls) -> None:
    if not calls.room():
        raise HTTPException(
            503, "too many calls at once: please try again in a few minutes, or chat with us"
        )


@router.post("/call")
async def place_call(body: CallOffer, ctx: Ctx) -> CallPlaced:
    """Answer a browser's call: 200 with the SDP answer while the call rings for an agent;
    400 for an offer that cannot be answered, 404 for an unknown chat session, 422 for an
    unknown queue, 503 when too many calls are going on."""
    calls = _calls(ctx)
    if not _looks_like_offer(body.sdp):
        raise HTTPException(400, "malformed SDP offer: an audio offer is expected")
    _room_or_refuse(calls)
    origin = await sessions.origin(ctx, body.session)
    _room_or_refuse(calls)  # again: other offers may have started meanwhile
    # Counted against the cap from here, before the next await.
    call = calls.new(RTCPeerConnection(RTCConfiguration(iceServers=[])))
    try:
        answer = await _answer(call, body)
    except Exception as exc:  # noqa: BLE001 (aiortc raises many kinds on a bad offer)
        await call.end("refused")
        raise HTTPException(400, f"malformed SDP offer: {type(exc).__name__}") from None
    try:
        await call.offer(origin, body.queue)
    except CallRefusedError as exc:
        await call.end("refused")
        raise HTTPException(exc.status, exc.detail) from None
    except BaseException:  # the database failing: no connection may outlive the request
        await call.end("refused")
        raise
    return CallPlaced(sdp=answer, call_id=call.ref, key=call.key)


@router.get("/call/{call_id}")
async def call_status(call_id: CallId, key: CallKey, ctx: Ctx) -> CallStatus:
    """The caller's own call (404 for an ended, unknown or someone else's call)."""
    call = _calls(ctx).find(call_id, key)
    if call is None:
        raise HTTPException(404, NO_SUCH_CALL)
    return CallStatus.model_validate(call.status())


@router.delete("/call/{call_id}")
async def hang_up(call_id: CallId, key: CallKey, ctx: Ctx) -> CallStatus:
    """The caller hangs up: the call ends ("customer hung up") and the desk sees it."""
    call = _calls(ctx).find(call_id, key)
    if call is None:
        raise HTTPException(404, NO_SUCH_CALL)
    await call.end("customer hung up")
    return CallStatus.model_validate(call.status())


async def _end_stale(ctx: ServerContext) -> None:
    """Calls a stopped (or killed) server left ringing or connected: their peer
    connections are gone, so they end now instead of ringing desks forever."""
    for stale in await placing.live_calls(ctx):
        with contextlib.suppress(CallRefusedError):
            await placing.report(
                ctx, stale.provider_call_id, "restart", "ended", reason=RESTART_REASON
            )


async def _hold_until_stopped(calls: BrowserCalls) -> None:
    try:
        await asyncio.Event().wait()
    finally:
        await calls.end_all(SHUTDOWN_REASON)


async def start(ctx: ServerContext, senders: Senders) -> list[asyncio.Task[None]]:
    """Register the browser line and end what a previous run left; the task's
    cancellation (the server stopping) ends every call in flight.

    Browser calls live in the process whose ``POST /chat/call`` made the peer connection
    (per process, not a singleton). On several processes a starting process must not end
    the others' calls: there each call's id starts with its process's tag, and one
    process of the centre (singleton ``webrtc-orphans``) ends the calls of processes that
    are gone instead."""
    del senders  # browser calls send nothing through the outbox
    cluster = ctx.cluster
    if isinstance(cluster, PgCluster):
        calls: BrowserCalls = _TaggedCalls(ctx, cluster.tag)
        ctx.lines[placing.PROVIDER] = _RelayedBrowserLine(calls, cluster.relay)
        cluster.relay.register(
            placing.PROVIDER, BrowserLine(calls), owns=lambda c: c.provider_call_id in calls.calls
        )
        orphans = cluster.singleton("webrtc-orphans", lambda: _end_orphans(ctx, cluster))
        return [orphans, asyncio.create_task(_hold_until_stopped(calls), name="webrtc-calls")]
    calls = BrowserCalls(ctx)
    ctx.lines[placing.PROVIDER] = BrowserLine(calls)
    await _end_stale(ctx)
    return [asyncio.create_task(_hold_until_stopped(calls), name="webrtc-calls")]


class _TaggedCalls(BrowserCalls):
    """Calls whose ids name the process that carries them (``<tag>.<random>``)."""

    def __init__(self, ctx: ServerContext, tag: str) -> None:
        super().__init__(ctx)
        self.tag = tag

    def new(self, pc: RTCPeerConnection) -> BrowserCall:
        """A call on ``pc`` whose id starts with this process's tag."""
        call = super().new(pc)
        del self.calls[call.ref]
        call.ref = f"{self.tag}.{call.ref}"
        self.calls[call.ref] = call
        return call


class _RelayedBrowserLine(BrowserLine):
    """A browser line whose calls may live in another process: an agent's button on a
    call this process does not carry is forwarded to the one that does."""

    def __init__(self, calls: BrowserCalls, relay: LineRelay) -> None:
        super().__init__(calls)
        self.relay = relay

    async def act(
        self,
        call: CallData,
        action: LineAction,
        *,
        digits: str | None = None,
        target: str | None = None,
    ) -> None:
        """Here when the call is this process's, else in the process that has it."""
        if call.provider_call_id in self.calls.calls:
            await super().act(call, action, digits=digits, target=target)
            return
        await self.relay.forward(placing.PROVIDER, call, action, digits, target)


async def _end_orphans(ctx: ServerContext, cluster: PgCluster) -> None:
    """Every :data:`ORPHAN_SWEEP` seconds: end the live browser calls of processes that
    are gone (their peer connections died with them). A call must look orphaned on two
    sweeps in a row, so a process that is only reconnecting its lock connection keeps
    its calls."""
    suspects: set[str] = set()
    while True:
        try:
            tags = {process.rsplit(":", 1)[-1] for process in await cluster.live_processes()}
            gone = {
                call.provider_call_id
                for call in await placing.live_calls(ctx)
                if call.provider_call_id.split(".", 1)[0] not in tags
            }
            for ref in gone & suspects:
                log.info("browser call %s: its process is gone; ending it", ref)
                with contextlib.suppress(CallRefusedError):
                    await placing.report(ctx, ref, "restart", "ended", reason=RESTART_REASON)
            suspects = gone - suspects
        except Exception:
            # The loop: the next sweep tries again; calls only ring a little longer.
            log.exception("ending the calls of gone processes failed")
        await asyncio.sleep(ORPHAN_SWEEP)
