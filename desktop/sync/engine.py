"""The sync engine: keeps the cache a faithful replica of what the agent may see.

One websocket session at a time. Each session says ``hello`` with the cursor, applies the
replay (or a reset snapshot) and then live events, each batch in one cache transaction with
the cursor, and sends the outbox in mutation-id order. The engine reconnects with jittered
exponential backoff; an authentication failure stops it and asks for a sign-in instead.

Two watchdogs catch a socket that looks alive but delivers nothing: no frame at all for
three heartbeat intervals closes the socket, and a cursor that stays behind the heartbeat's
``seq`` for two heartbeats pulls the gap.

Callbacks (``on_changes``, ``on_state``) run on the event loop thread; the UI's bridge
turns them into Qt signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from desktop.models.changes import Changes
from desktop.models.connection import CACHE_PROBLEM, ConnectionState, Link
from desktop.store import outbox
from desktop.store.apply import Entity
from desktop.store.cache import Cache
from desktop.sync.backoff import Backoff
from desktop.sync.commands import CommandClient
from protocol.entities import ConversationStatus, VoteValue
from protocol.frames import (
    MAX_SERVER_FRAME_BYTES,
    PROTOCOL_VERSION,
    Ack,
    Activity,
    ActivityState,
    ActivityUpdate,
    AgentInfo,
    CaughtUp,
    CommandResult,
    ErrorFrame,
    Events,
    FrameError,
    Heartbeat,
    Hello,
    Pull,
    Reject,
    Reset,
    ServerMessage,
    Snapshot,
    Welcome,
    encode,
    parse_server_frame,
)

log = logging.getLogger(__name__)
AUTH_CLOSE_CODE = 4401
AUTH_CODES = frozenset({"auth_failed", "token_expired", "auth_required", "session_revoked"})


class AuthExpiredError(Exception):
    """The server no longer accepts our token: the agent must sign in again."""


class SessionLostError(Exception):
    """The current socket is no good (silent, protocol error); reconnect."""


class SyncEngine:
    """Replicates the server into a :class:`Cache` and delivers its outbox."""

    def __init__(
        self,
        cache: Cache,
        ws_url: str,
        token: str,
        *,
        on_changes: Callable[[Changes], None] = lambda _c: None,
        on_state: Callable[[ConnectionState], None] = lambda _s: None,
        on_activity: Callable[[ActivityUpdate], None] = lambda _a: None,
        backoff: Backoff | None = None,
    ) -> None:
        self.cache = cache
        self.ws_url = ws_url
        self._token = token
        self.on_changes = on_changes
        self.on_state = on_state
        self.on_activity = on_activity
        """Colleagues viewing or typing in a conversation (ephemeral, never cached)."""
        self._send_live: Callable[[str], Awaitable[None]] | None = None
        self.backoff = backoff or Backoff()
        self.agent: AgentInfo | None = None
        self.state = ConnectionState(Link.CONNECTING)
        self.server_seq = 0
        self._stop = asyncio.Event()
        self._wake_retry = asyncio.Event()
        self._outbox_signal = asyncio.Event()
        self._idle = asyncio.Event()
        self._caught_up = False
        self._queued = 0
        self._session_task: asyncio.Task[None] | None = None
        self.commands = CommandClient()
        """Real-time requests on the live session (``desktop.sync.commands``)."""
        self._attempt = 0
        """Failed connection attempts since the last welcome: the backoff exponent."""

    # ------------------------------------------------------------------ public API

    async def run(self) -> None:
        """Sync until :meth:`stop` or an authentication failure (which it re-raises as
        :class:`AuthExpiredError` after publishing the SIGNED_OUT state)."""
        self._queued = (await self.cache.state()).queued
        first = True
        while not self._stop.is_set():
            self._publish(Link.CONNECTING if first else Link.RECONNECTING)
            first = False
            problem = ""
            self._session_task = asyncio.create_task(self._connect(), name="sync-session")
            try:
                await asyncio.wait({self._session_task})
            finally:
                self._session_task.cancel()  # when run() itself is cancelled
            try:
                self._session_task.result()
            except asyncio.CancelledError:
                if not self._stop.is_set():
                    raise
            except AuthExpiredError as exc:
                self._publish(Link.SIGNED_OUT, detail=str(exc))
                raise
            except InvalidStatus as exc:
                if exc.response.status_code in (401, 403):
                    self._publish(Link.SIGNED_OUT, detail="the server refused the session")
                    raise AuthExpiredError("the server refused the session") from None
                log.warning("websocket handshake refused: %s", exc.response.status_code)
            except (OSError, TimeoutError, ConnectionClosed, InvalidHandshake) as exc:
                log.info("connection lost: %s", type(exc).__name__)
            except SessionLostError as exc:
                log.warning("session dropped: %s", exc)
            except sqlite3.Error as exc:
                # A full disk or a broken cache file: nothing was applied past the last
                # committed cursor, so retrying later loses nothing. Say why meanwhile.
                log.error("cannot write the local cache: %s", exc)
                problem = f"{CACHE_PROBLEM}: {exc}"
            if self._stop.is_set():
                break
            self._caught_up = False
            self._idle.clear()
            delay = self.backoff.delay(self._attempt)
            self._attempt += 1
            self._publish(Link.RECONNECTING, retry_at=time.monotonic() + delay, detail=problem)
            self._wake_retry.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake_retry.wait(), delay)
        self._publish(Link.OFFLINE, detail="stopped")

    def stop(self) -> None:
        """End the session now (closing the socket) and stop reconnecting."""
        self._stop.set()
        if self._session_task is not None:
            self._session_task.cancel()
        self._wake_retry.set()
        self._outbox_signal.set()

    def retry_now(self) -> None:
        """Skip the rest of the backoff wait (the agent pressed "Reconnect")."""
        self._wake_retry.set()

    async def wait_idle(self) -> None:
        """Return once caught up with the server and the outbox is empty."""
        await self._idle.wait()

    async def send_reply(self, conversation_id: int, body: str, *, internal: bool = False) -> int:
        """Queue a reply (shown at once as pending) and send it when connected."""
        author = self.agent.display_name if self.agent else ""
        mutation_id, changes = await self.cache.queue_reply(
            conversation_id, body, author, internal=internal
        )
        self._outbox_changed(changes, +1)
        return mutation_id

    async def set_status(self, conversation_id: int, status: ConversationStatus) -> int:
        mutation_id, changes = await self.cache.queue_status(conversation_id, status)
        self._outbox_changed(changes, +1)
        return mutation_id

    async def vote(self, article_id: int, value: VoteValue, comment: str | None = None) -> int:
        """Vote an article helpful (+1) or not (-1); the totals change at once (pending)
        and roll back with a notice if the server refuses (e.g. the article is gone)."""
        agent_id = self.agent.id if self.agent else None
        mutation_id, changes = await self.cache.queue_vote(article_id, value, comment, agent_id)
        self._outbox_changed(changes, +1)
        return mutation_id

    async def save_canned_reply(
        self,
        shortcut: str,
        title: str,
        variants: dict[str, str],
        reply_id: int | None = None,
    ) -> int:
        """Save one of the agent's personal canned replies (``reply_id`` None: a new one);
        it shows in the picker at once, as pending until the server confirms, and rolls
        back with a notice if the server refuses (a shortcut in use, past 500 replies).
        Raises ``ValueError`` at once for a value the protocol refuses (a shortcut with
        spaces inside, an empty text, ...) or a reply that is not the agent's."""
        agent_id = self.agent.id if self.agent else None
        mutation_id, changes = await self.cache.writer.run(
            lambda c: outbox.queue_canned_save(
                c, reply_id, shortcut=shortcut, title=title, variants=variants, agent_id=agent_id
            )
        )
        self._outbox_changed(changes, +1)
        return mutation_id

    async def delete_canned_reply(self, reply_id: int) -> int:
        """Delete one of the agent's personal canned replies; it leaves the picker at once
        and comes back with a notice if the server refuses. Raises ``ValueError`` for a
        shared reply, another agent's, or one still pending."""
        agent_id = self.agent.id if self.agent else None
        mutation_id, changes = await self.cache.writer.run(
            lambda c: outbox.queue_canned_delete(c, reply_id, agent_id)
        )
        self._outbox_changed(changes, +1)
        return mutation_id

    async def queue_change(self, work: Callable[[sqlite3.Connection], tuple[int, Changes]]) -> int:
        """Run an outbox helper (``desktop/store/outbox.py``: it queues an op and shows
        it at once) on the cache writer, then send it when connected. For ops whose
        callers build the helper call themselves (customer notes and updates,
        complaints) instead of one engine method per op."""
        mutation_id, changes = await self.cache.writer.run(work)
        self._outbox_changed(changes, +1)
        return mutation_id

    async def say_activity(self, conversation_id: int, state: ActivityState) -> bool:
        """Tell colleagues the agent views, types in or left a conversation. Ephemeral:
        offline it is simply not said (False); never queued."""
        send = self._send_live
        if send is None:
            return False
        frame = Activity(conversation_id=conversation_id, state=state)
        try:
            await send(encode(frame))
        except ConnectionClosed:
            return False
        return True

    # ------------------------------------------------------------------ internals

    def _publish(self, link: Link, *, retry_at: float | None = None, detail: str = "") -> None:
        self.state = ConnectionState(
            link=link, queued=self._queued, retry_at=retry_at, detail=detail
        )
        self.on_state(self.state)

    def _outbox_changed(self, changes: Changes, delta: int) -> None:
        self._queued = max(0, self._queued + delta)
        self._outbox_signal.set()
        self.on_changes(changes)
        self._publish(self.state.link, retry_at=self.state.retry_at, detail=self.state.detail)
        self._check_idle()

    def _check_idle(self) -> None:
        if self._caught_up and self._queued == 0:
            self._idle.set()
        else:
            self._idle.clear()

    async def _connect(self) -> None:
        async with connect(
            self.ws_url,
            max_size=MAX_SERVER_FRAME_BYTES,
            open_timeout=10,
            ping_interval=20,
            ping_timeout=20,
            close_timeout=2,
        ) as ws:
            await self._session(ws)

    async def _session(self, ws: ClientConnection) -> None:
        replica = await self.cache.state()
        hello = Hello(
            protocol=PROTOCOL_VERSION,
            token=self._token,
            client_id=replica.client_id,
            last_seq=replica.cursor,
            epoch=replica.epoch,
        )
        await ws.send(encode(hello))
        first = await self._receive(ws, timeout=15)
        if not isinstance(first, Welcome):
            raise SessionLostError(f"expected welcome, got {first.type}")
        self.agent = first.agent
        self._attempt = 0
        self.server_seq = first.latest_seq
        await self.cache.set_epoch(first.epoch)
        acked = await self.cache.acknowledge_up_to(first.last_mutation_id)
        self._queued = (await self.cache.state()).queued
        if acked:
            self.on_changes(acked)
        self._publish(Link.SYNCING)
        silence = max(3 * first.heartbeat_interval, 1.0)
        sender = asyncio.create_task(self._send_outbox(ws), name="outbox-sender")
        self.commands.attach(ws.send)
        self._send_live = ws.send
        try:
            await self._receive_loop(ws, silence)
        finally:
            self._send_live = None
            self.commands.detach()
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                await sender

    async def _receive(self, ws: ClientConnection, timeout: float) -> ServerMessage:
        """Next valid frame. An invalid frame ends the session (it is logged); error frames
        about authentication end the engine, other fatal errors end the session."""
        while True:
            try:
                # asyncio.timeout, not wait_for: on 3.11 wait_for loses a cancellation
                # that arrives as the frame does, and stop() then never ends the session
                # (seen when a reply's delivery events follow its ack at once).
                async with asyncio.timeout(timeout):
                    raw = await ws.recv()
            except TimeoutError:
                raise SessionLostError(f"no frame for {timeout:.1f} s") from None
            try:
                frame = parse_server_frame(raw)
            except FrameError as exc:
                # Never skip it: a later frame's ``upto`` would carry the cursor past what
                # this one held. Reconnect instead; the replay starts at the cursor.
                log.error("invalid frame from the server (%s): %s", exc.code, exc)
                raise SessionLostError(f"invalid frame from the server: {exc}") from None
            if isinstance(frame, ErrorFrame):
                log.warning("server error %s: %s", frame.code, frame.message)
                if frame.code in AUTH_CODES:
                    raise AuthExpiredError(frame.message)
                if frame.code == "client_id_taken":
                    # Another agent holds this id (the server binds ids to their agent):
                    # take a fresh one; the outbox is resent under it on the reconnect.
                    await self.cache.renew_client_id()
                if frame.fatal:
                    raise SessionLostError(f"{frame.code}: {frame.message}")
                continue
            return frame

    async def _receive_loop(self, ws: ClientConnection, silence: float) -> None:
        lagging = 0
        snapshot: list[Entity] = []
        epoch = ""
        while not self._stop.is_set():
            frame = await self._receive(ws, silence)
            if isinstance(frame, Events):
                changes = await self.cache.apply_events(frame.events, frame.upto)
                if changes:
                    self.on_changes(changes)
            elif isinstance(frame, CaughtUp):
                await self.cache.advance_cursor(frame.seq)
                self._caught_up = True
                self._publish(Link.ONLINE)
                self._check_idle()
            elif isinstance(frame, Heartbeat):
                self.server_seq = frame.seq
                await self.cache.advance_cursor(frame.delivered)
                cursor = (await self.cache.state()).cursor
                lagging = lagging + 1 if frame.seq > cursor else 0
                if lagging >= 2:
                    log.warning("cursor %s behind server %s: pulling the gap", cursor, frame.seq)
                    await ws.send(encode(Pull(after_seq=cursor)))
                    lagging = 0
            elif isinstance(frame, Ack | Reject | CommandResult):
                await self._on_answer(frame)
            elif isinstance(frame, Reset):
                log.warning("server reset: %s", frame.reason)
                snapshot, epoch = [], frame.epoch
                self._caught_up = False
                self._publish(Link.SYNCING, detail="rebuilding from a snapshot")
            elif isinstance(frame, Snapshot):
                snapshot.extend(frame.entities)
                if frame.done:
                    self.on_changes(await self.cache.apply_snapshot(snapshot, frame.seq, epoch))
                    snapshot = []
                    self._caught_up = True
                    self._publish(Link.ONLINE)
                    self._check_idle()
            elif isinstance(frame, ActivityUpdate):
                self.on_activity(frame)
            elif isinstance(frame, Welcome):
                raise SessionLostError("unexpected second welcome")

    async def _on_answer(self, frame: Ack | Reject | CommandResult) -> None:
        """The server answered a mutation of the outbox, or a command."""
        if isinstance(frame, CommandResult):
            self.commands.resolve(frame)
        elif isinstance(frame, Ack):
            self._outbox_changed(await self.cache.acknowledge(frame.mutation_id), -1)
        else:
            log.warning("mutation %s rejected: %s", frame.mutation_id, frame.message)
            self._outbox_changed(await self.cache.reject(frame.mutation_id, frame.message), -1)

    async def _send_outbox(self, ws: ClientConnection) -> None:
        """Send queued mutations in order, each once per session; resend on reconnect."""
        sent_upto = 0
        while not self._stop.is_set():
            self._outbox_signal.clear()
            for mutation in await self.cache.pending():
                if mutation.mutation_id > sent_upto:
                    await ws.send(encode(mutation))
                    sent_upto = mutation.mutation_id
            await self._outbox_signal.wait()
