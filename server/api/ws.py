"""The desk websocket: handshake, then one reader and one writer per connection.

The reader validates every inbound frame (a bad one costs its sender an error frame and
a log line, nobody else anything) and applies mutations. The writer alone sends: it owns
the connection's ``delivered`` position, streams events from the log's ring or the
database, sends heartbeats, and sends acks only after the events they caused, so a desk
always sees the effect of its reply before the ack that drops it from the outbox.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa
from starlette.websockets import WebSocket, WebSocketDisconnect

from protocol.frames import (
    MAX_FRAME_BYTES,
    MAX_HELLO_BYTES,
    PROTOCOL_VERSION,
    REPLAY_BATCH,
    TARGET_FRAME_BYTES,
    Ack,
    Activity,
    ActivityUpdate,
    AgentInfo,
    CaughtUp,
    Command,
    CommandResult,
    ErrorCode,
    ErrorFrame,
    Events,
    FrameError,
    Heartbeat,
    Hello,
    Mutation,
    Pull,
    Reject,
    Reset,
    Welcome,
    encode,
    parse_client_frame,
)
from server.core import auth, commands, eventlog, mutations, snapshot
from server.core.context import ServerContext
from server.core.visibility import Row, Viewer, load_viewer
from server.core.waiting import within
from server.domains.conversations.tables import conversations

log = logging.getLogger(__name__)

CLOSE_AUTH = 4401
CLOSE_PROTOCOL = 4400
AUTH_CLOSE_CODES = frozenset({"auth_failed", "token_expired", "session_revoked"})

Control = Ack | Reject | CommandResult | ErrorFrame | ActivityUpdate


class _ClosedError(Exception):
    """The peer went away while we were reading or sending."""


def _frame_size_error(raw: str | bytes, limit: int = MAX_FRAME_BYTES) -> FrameError | None:
    size = len(raw.encode()) if isinstance(raw, str) else len(raw)
    if size > limit:
        return FrameError("frame_too_large", f"frame of {size} bytes exceeds {limit}")
    return None


def _close_code(frame: ErrorFrame) -> int:
    if frame.code in AUTH_CLOSE_CODES:
        return CLOSE_AUTH
    return 1011 if frame.code == "internal" else CLOSE_PROTOCOL


class _Bucket:
    """A token bucket: ``rate`` frames a second on average, ``burst`` at once."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.tokens = float(burst)
        self.stamp = time.monotonic()

    def wait_needed(self) -> float:
        """Take one token; how long the caller must wait first (0 when it may go on)."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        self.tokens -= 1.0
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate


class _Burst:
    """Counts bad frames in a sliding window and says when to log and when to give up.

    The first bad frame of a burst is logged with its reason; the rest are only counted,
    and the count is logged when the next burst starts or the connection ends: one line
    per burst, whatever a hostile client sends."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.times: deque[float] = deque()
        self.unlogged = 0

    def add(self) -> tuple[bool, bool]:
        """Record one bad frame: ``(log_it, too_many)``."""
        now = time.monotonic()
        starts_burst = not self.times or now - self.times[-1] > self.window
        self.times.append(now)
        while self.times and now - self.times[0] > self.window:
            self.times.popleft()
        if not starts_burst:
            self.unlogged += 1
        return starts_burst, len(self.times) > self.limit

    def take_unlogged(self) -> int:
        count, self.unlogged = self.unlogged, 0
        return count


async def _receive(websocket: WebSocket) -> str | bytes:
    message = await websocket.receive()
    if message["type"] == "websocket.disconnect":
        raise _ClosedError
    text = message.get("text")
    if text is not None:
        return str(text)
    return bytes(message.get("bytes") or b"")


async def _refuse(websocket: WebSocket, code: ErrorCode, message: str, close_code: int) -> None:
    with contextlib.suppress(Exception):
        await websocket.send_text(encode(ErrorFrame(code=code, message=message, fatal=True)))
        await websocket.close(code=close_code)


def _too_old(cursor: int, first_retained: int) -> str:
    return f"cursor {cursor} is older than the retained log (first {first_retained})"


@dataclass
class _Start:
    """How the stream begins after ``welcome``."""

    mode: Literal["replay", "snapshot"]
    reason: str = ""
    error: ErrorFrame | None = None


class Connection:
    """One signed-in desk connection."""

    def __init__(
        self,
        ctx: ServerContext,
        websocket: WebSocket,
        *,
        viewer: Viewer,
        agent: Row,
        client_id: str,
        delivered: int,
        token_hash: str = "",
        expires_at: float = float("inf"),
    ) -> None:
        settings = ctx.settings
        self.ctx = ctx
        self.websocket = websocket
        self.viewer = viewer
        self.agent = agent
        self.client_id = client_id
        self.delivered = delivered
        self.sent_upto = delivered
        self.expires_at = expires_at
        self.control: deque[Control] = deque()
        self.pull_after: int | None = None
        """A pull waiting for the writer; later pulls merge into it (at most one replay or
        snapshot per connection is ever pending, however many pulls arrive)."""
        self.ended: ErrorFrame | None = None
        """Set once the session is over (expired, revoked): nothing more is applied."""
        self.bucket = _Bucket(settings.ws_frame_rate, settings.ws_frame_burst)
        self.paused = False
        """Reading is being slowed to the frame rate (logged once per such burst)."""
        self.bad = _Burst(settings.ws_bad_frames, settings.ws_bad_window)
        self.wake = ctx.events.subscribe(viewer)
        self._unregister = ctx.live.register(token_hash, self.kick) if token_hash else None
        self.key = f"{client_id}:{id(self)}"
        ctx.activity.join(self.key, viewer, self._push)
        self._queues: dict[int, int | None] = {}
        """Conversation id -> its queue (None: no such conversation), for activity frames."""

    # ------------------------------------------------------------------ writer

    async def _send(self, text: str) -> None:
        try:
            await self.websocket.send_text(text)
        except (WebSocketDisconnect, RuntimeError, OSError) as exc:
            raise _ClosedError from exc

    async def _snapshot(self, reason: str) -> None:
        log.info("snapshot for agent %s client %s: %s", self.agent.username, self.client_id, reason)
        await self._send(encode(Reset(reason=reason, epoch=self.ctx.epoch)))
        entities, seq = await snapshot.read(self.ctx, self.viewer)
        for text in snapshot.frames(entities, seq):
            await self._send(text)
        self.delivered = self.sent_upto = seq

    async def _stream(self, target: int, *, replay: bool) -> bool:
        """Send visible events up to ``target``. False if a snapshot replaced them."""
        events = self.ctx.events
        while self.delivered < target:
            batch = events.ring_after(self.delivered, REPLAY_BATCH)
            if batch is not None:
                batch = [e for e in batch if e.seq <= target]
                upto = batch[-1].seq
                pairs = [(e.seq, e.json) for e in batch if self.viewer.sees(e.queue_id, e.agent_id)]
            else:
                rows = await events.read_after(self.viewer, self.delivered, target, REPLAY_BATCH)
                if self.delivered + 1 < events.first_retained_seq:
                    await self._snapshot(_too_old(self.delivered, events.first_retained_seq))
                    return False
                upto = rows[-1][0] if len(rows) == REPLAY_BATCH else target
                pairs = rows
            if pairs:
                for text, reach in eventlog.events_frames(pairs, upto, replay, TARGET_FRAME_BYTES):
                    await self._send(text)
                    self.sent_upto = self.delivered = reach
            self.delivered = upto
        return True

    async def _replay(self, after_seq: int) -> None:
        self.delivered = self.sent_upto = after_seq
        if await self._stream(self.ctx.events.latest_seq, replay=True):
            await self._send(encode(CaughtUp(seq=self.delivered)))
            self.sent_upto = self.delivered

    async def _pull(self, after_seq: int) -> None:
        latest = self.ctx.events.latest_seq
        if after_seq > latest:
            log.warning("client %s pulled after %d > latest %d", self.client_id, after_seq, latest)
            message = f"after_seq {after_seq} > latest {latest}"
            await self._send(encode(ErrorFrame(code="seq_ahead", message=message)))
            await self._snapshot("the desk's cursor is ahead of the server")
            return
        await self._replay(after_seq)

    async def _heartbeat(self) -> None:
        if self.sent_upto < self.delivered:
            # Nothing visible happened: still move the desk's cursor so it does not pull.
            await self._send(encode(Events(events=[], upto=self.delivered)))
            self.sent_upto = self.delivered
        beat = Heartbeat(seq=self.ctx.events.latest_seq, delivered=self.delivered, time=time.time())
        await self._send(encode(beat))

    async def run_writer(self, start: _Start) -> None:
        """The writer task: initial sync, then live events, answers and heartbeats."""
        if start.error is not None:
            await self._send(encode(start.error))
        if start.mode == "snapshot":
            await self._snapshot(start.reason)
        else:
            await self._replay(self.delivered)
        interval = self.ctx.settings.heartbeat_interval
        loop = asyncio.get_running_loop()
        next_beat = loop.time() + interval
        while True:
            self.wake.clear()
            if self.ended is None and time.time() >= self.expires_at:
                self.kick("token_expired", "session expired: sign in again")
            if self.pull_after is not None:
                after, self.pull_after = self.pull_after, None
                await self._pull(after)
            while self.control:
                item = self.control.popleft()
                if not isinstance(item, ErrorFrame):
                    await self._stream(self.ctx.events.latest_seq, replay=False)
                await self._send(encode(item))
                if isinstance(item, ErrorFrame) and item.fatal:
                    with contextlib.suppress(Exception):
                        await self.websocket.close(code=_close_code(item))
                    return
            await self._stream(self.ctx.events.latest_seq, replay=False)
            now = loop.time()
            if now >= next_beat:
                await self._heartbeat()
                next_beat = now + interval
                continue
            until_expiry = max(self.expires_at - time.time(), 0.0)
            with contextlib.suppress(TimeoutError):
                await within(self.wake.wait(), min(next_beat - now, until_expiry))

    # ------------------------------------------------------------------ reader

    def _push(self, item: Control) -> None:
        self.control.append(item)
        self.wake.set()

    def kick(self, code: str, message: str) -> None:
        """End the session from outside (logout, expiry): a fatal error frame, then close.
        Mutations still in flight are refused from now on; the desk keeps its outbox."""
        if self.ended is not None:
            return
        known = code if code in AUTH_CLOSE_CODES else "session_revoked"
        self.ended = ErrorFrame(code=known, message=message, fatal=True)
        log.info("agent %s client %s: %s", self.agent.username, self.client_id, known)
        self.control.clear()
        self._push(self.ended)

    def _bad_frame(self, error: FrameError) -> None:
        log_it, too_many = self.bad.add()
        if log_it:
            self._log_unlogged()
            log.warning(
                "bad frame from agent %s client %s: %s: %s",
                self.agent.username,
                self.client_id,
                error.code,
                error.message,
            )
        if too_many:
            self._log_unlogged()
            log.warning(
                "closing client %s of agent %s: more than %d bad frames in %.0f s",
                self.client_id,
                self.agent.username,
                self.bad.limit,
                self.bad.window,
            )
            message = f"more than {self.bad.limit} bad frames in {self.bad.window:.0f} s"
            self._push(ErrorFrame(code="too_many_errors", message=message, fatal=True))
            return
        self._push(ErrorFrame(code=error.code, message=error.message))

    def _log_unlogged(self) -> None:
        count = self.bad.take_unlogged()
        if count:
            log.warning(
                "%d more bad frame(s) from agent %s client %s in that burst",
                count,
                self.agent.username,
                self.client_id,
            )

    async def _throttle(self) -> None:
        """Backpressure: stop reading this socket while the desk is over its frame rate."""
        delay = self.bucket.wait_needed()
        if delay <= 0:
            if self.bucket.tokens >= self.bucket.burst / 2:
                self.paused = False  # the burst is over: a later one is logged again
            return
        if not self.paused:  # one line per burst, however long it lasts
            self.paused = True
            log.warning(
                "client %s of agent %s is over %.0f frames/s: reading paused",
                self.client_id,
                self.agent.username,
                self.bucket.rate,
            )
        await asyncio.sleep(delay)

    async def run_reader(self) -> None:
        """Read frames until the peer goes away; never lets one frame end the connection."""
        try:
            while True:
                raw = await _receive(self.websocket)
                await self._throttle()
                if self.ended is not None:
                    continue  # the writer is closing the socket; apply nothing more
                frame = self._handle(raw)
                if frame is not None and time.time() >= self.expires_at:
                    self.kick("token_expired", "session expired: sign in again")
                elif isinstance(frame, Mutation):
                    await self._mutate(frame)
                elif isinstance(frame, Command):
                    self._push(await commands.run(self.ctx, self.viewer, frame))
                elif isinstance(frame, Activity):
                    await self._activity(frame)
        finally:
            self._log_unlogged()

    async def _activity(self, frame: Activity) -> None:
        """Tell colleagues who see the conversation; a conversation the agent may not see
        is refused like a bad frame (it counts towards ``too_many_errors``)."""
        cid = frame.conversation_id
        if cid not in self._queues:
            query = sa.select(conversations.c.queue_id).where(conversations.c.id == cid)
            async with self.ctx.engine.connect() as conn:
                self._queues[cid] = (await conn.execute(query)).scalar()
        queue_id = self._queues[cid]
        if queue_id is None or not self.viewer.sees(queue_id, None):
            self._bad_frame(FrameError("bad_frame", f"no conversation {cid} you may see"))
            return
        self.ctx.activity.say(self.key, int(self.agent.id), cid, queue_id, frame.state)

    def _handle(self, raw: str | bytes) -> Mutation | Command | Activity | None:
        """Validate one frame; a mutation or command is returned for the caller to run in
        order."""
        error = _frame_size_error(raw)
        if error is not None:
            self._bad_frame(error)
            return None
        try:
            frame = parse_client_frame(raw)
        except FrameError as exc:
            self._bad_frame(exc)
            return None
        if isinstance(frame, Hello):
            self._bad_frame(FrameError("hello_twice", "already said hello"))
        elif isinstance(frame, Pull):
            current = self.pull_after
            self.pull_after = frame.after_seq if current is None else min(current, frame.after_seq)
            self.wake.set()
        else:
            return frame
        return None

    async def _mutate(self, frame: Mutation) -> None:
        try:
            answer = await mutations.apply(
                self.ctx, self.viewer, self.agent.display_name, self.client_id, frame
            )
        except Exception:
            log.exception("mutation %s:%d failed", self.client_id, frame.mutation_id)
            # Fatal: the desk reconnects and resends from its outbox, which is idempotent.
            failed = ErrorFrame(code="internal", message="mutation failed; retry", fatal=True)
            self._push(failed)
            return
        self._push(answer)

    def close(self) -> None:
        """Stop receiving the log's wake-ups, revocations and colleagues' activity."""
        self.ctx.events.unsubscribe(self.wake)
        self.ctx.activity.leave(self.key)
        if self._unregister is not None:
            self._unregister()
            self._unregister = None


async def _read_hello(ctx: ServerContext, websocket: WebSocket) -> Hello | None:
    """The first frame, if it is an acceptable ``hello``; else refuse and close."""
    try:
        async with asyncio.timeout(ctx.settings.hello_timeout):
            raw = await _receive(websocket)
    except TimeoutError:
        log.warning("websocket closed: no hello within %.0f s", ctx.settings.hello_timeout)
        await _refuse(websocket, "auth_required", "say hello first", CLOSE_AUTH)
        return None
    try:
        error = _frame_size_error(raw, MAX_HELLO_BYTES)
        if error is not None:
            raise error
        hello = parse_client_frame(raw)
    except FrameError as exc:
        log.warning("websocket closed: bad first frame: %s: %s", exc.code, exc.message)
        await _refuse(websocket, exc.code, exc.message, CLOSE_PROTOCOL)
        return None
    if not isinstance(hello, Hello):
        log.warning("websocket closed: first frame was %s, not hello", hello.type)
        await _refuse(websocket, "auth_required", "the first frame must be hello", CLOSE_AUTH)
        return None
    if hello.protocol != PROTOCOL_VERSION:
        log.warning(
            "websocket closed: protocol %d, server speaks %d", hello.protocol, PROTOCOL_VERSION
        )
        await _refuse(
            websocket,
            "protocol_version",
            f"server speaks protocol {PROTOCOL_VERSION}, not {hello.protocol}",
            CLOSE_PROTOCOL,
        )
        return None
    return hello


async def _handshake(ctx: ServerContext, websocket: WebSocket) -> tuple[Connection, _Start] | None:
    """Validate ``hello``, send ``welcome``; None (and closed) when refused."""
    hello = await _read_hello(ctx, websocket)
    if hello is None:
        return None
    check = await auth.check_token(ctx, hello.token)
    loaded = None
    if check.agent_id is not None:
        async with ctx.engine.connect() as conn:
            loaded = await load_viewer(conn, check.agent_id)
    if loaded is None:
        problem = check.problem or "auth_failed"
        log.warning("websocket sign-in refused (%s) for client %s", problem, hello.client_id)
        text = "session expired: sign in again" if problem == "token_expired" else "bad token"
        await _refuse(websocket, problem, text, CLOSE_AUTH)
        return None
    viewer, agent = loaded
    async with ctx.engine.connect() as conn:
        owner = await mutations.client_owner(conn, hello.client_id)
        last_mutation = await mutations.last_mutation_id(conn, agent.id, hello.client_id)
    if owner is not None and owner != agent.id:
        log.warning(
            "websocket refused: agent %s said hello with client %s of another agent",
            agent.username,
            hello.client_id,
        )
        await _refuse(
            websocket, "client_id_taken", "this client id belongs to another agent", CLOSE_AUTH
        )
        return None
    latest = ctx.events.latest_seq
    if hello.last_seq > latest:
        # A desk coming from another process (PostgreSQL) may know a seq this process's
        # tail has not published yet: read the log now rather than call it ahead.
        latest = await ctx.events.refresh()
    welcome = Welcome(
        protocol=PROTOCOL_VERSION,
        epoch=ctx.epoch,
        agent=AgentInfo(
            id=agent.id, username=agent.username, display_name=agent.display_name, role=agent.role
        ),
        latest_seq=latest,
        last_mutation_id=last_mutation,
        heartbeat_interval=ctx.settings.heartbeat_interval,
    )
    connection = Connection(
        ctx,
        websocket,
        viewer=viewer,
        agent=agent,
        client_id=hello.client_id,
        delivered=hello.last_seq,
        token_hash=check.token_hash or "",
        expires_at=check.expires_at if check.expires_at is not None else float("inf"),
    )
    try:
        await connection._send(encode(welcome))
    except _ClosedError:
        connection.close()
        return None
    log.info(
        "agent %s connected (client %s, last_seq %d)",
        agent.username,
        hello.client_id,
        hello.last_seq,
    )
    return connection, _decide_start(ctx, hello, latest)


def _decide_start(ctx: ServerContext, hello: Hello, latest: int) -> _Start:
    if hello.epoch is not None and hello.epoch != ctx.epoch:
        return _Start("snapshot", "the desk's cursor belongs to another server epoch")
    if hello.last_seq > latest:
        log.warning(
            "client %s is ahead: last_seq %d > latest %d", hello.client_id, hello.last_seq, latest
        )
        error = ErrorFrame(code="seq_ahead", message=f"last_seq {hello.last_seq} > latest {latest}")
        return _Start("snapshot", "the desk's cursor is ahead of the server", error)
    if hello.last_seq + 1 < ctx.events.first_retained_seq:
        return _Start("snapshot", _too_old(hello.last_seq, ctx.events.first_retained_seq))
    return _Start("replay")


async def endpoint(websocket: WebSocket) -> None:
    """``/ws``: serve one desk until it goes away."""
    ctx: ServerContext = websocket.app.state.ctx
    await websocket.accept()
    try:
        opened = await _handshake(ctx, websocket)
    except _ClosedError:
        return
    if opened is None:
        return
    connection, start = opened
    agent_id = int(connection.agent.id)
    await ctx.agents.opened(ctx, agent_id)
    writer = asyncio.create_task(connection.run_writer(start), name="ws-writer")
    reader = asyncio.create_task(connection.run_reader(), name="ws-reader")
    try:
        done, _pending = await asyncio.wait({writer, reader}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (writer, reader):
            task.cancel()
        await asyncio.gather(writer, reader, return_exceptions=True)
        connection.close()
        ctx.agents.closed(ctx, agent_id)
    for task in done:
        exc = task.exception() if not task.cancelled() else None
        if exc is not None and not isinstance(exc, _ClosedError):
            log.error("connection of client %s failed", connection.client_id, exc_info=exc)
            with contextlib.suppress(Exception):
                await websocket.close(code=1011)
    log.info("agent %s disconnected (client %s)", connection.agent.username, connection.client_id)
