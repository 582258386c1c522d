"""Several server processes on one PostgreSQL database, and a desk that follows the log
across them (the scale-out tests and benches of issue 13).

:func:`start_processes` launches N ``frontline server`` processes on one database at the
same time (migrations and the demo seed must then happen once, under the set-up lock).
:class:`StreamDesk` is a protocol-level desk, lighter than the real sync engine so a
benchmark can run a thousand of them: it says hello with its cursor and epoch, records
every event it receives, and when its process dies it reconnects to another and resumes
from its cursor, exactly what a real desk does behind a balancer. :func:`visible_seqs`
says which seqs of the log a desk should hold, by the server's own visibility rule, so a
test can compare them exactly.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import logging
import secrets
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import WebSocketException

from protocol.frames import MAX_SERVER_FRAME_BYTES, PROTOCOL_VERSION
from server.core.visibility import Viewer
from tests.support import pg
from tests.support.server_proc import ServerProcess

log = logging.getLogger(__name__)

PASSWORD = "demo"
"""Every demo agent's password (agents added here reuse agent01's hash)."""


class ClusterProcess(ServerProcess):
    """One of several processes on one database: its own log and stdout files (named by
    ``db_path``), the centre's one shared attachment directory."""

    def __init__(
        self, db_path: Path, args: Sequence[str], db_url: str, files_dir: Path, **kw: Any
    ) -> None:
        super().__init__(db_path, args, db_url=db_url, **kw)
        self.files_dir = files_dir

    @property
    def database_flags(self) -> list[str]:
        """``--db`` with the shared ``--files-dir``."""
        return [self.db_url, "--files-dir", str(self.files_dir)]


def start_processes(
    directory: Path,
    count: int,
    args: Sequence[str] = ("--demo",),
    *,
    db_url: str | None = None,
    start_timeout: float = 90.0,
    together: bool = True,
) -> list[ClusterProcess]:
    """``count`` processes on one database (a fresh one unless ``db_url``), launched at
    the same moment so they race through migrations and the demo seed together (unless
    not ``together``: then the first is ready before the others start)."""
    url = db_url or pg.new_database("cluster")
    files = directory / "files"
    files.mkdir(parents=True, exist_ok=True)
    procs = [
        ClusterProcess(directory / f"p{n}.db", args, url, files, start_timeout=start_timeout)
        for n in range(1, count + 1)
    ]
    if not together:
        procs[0].start()
    with ThreadPoolExecutor(count) as pool:
        rest = procs if together else procs[1:]
        failures = [f.exception() for f in [pool.submit(p.start) for p in rest]]
    errors = [e for e in failures if e is not None]
    if errors:
        for proc in procs:
            proc.kill()
        raise errors[0]
    return procs


def sql(url: str, statement: str, *args: object) -> list[tuple[Any, ...]]:
    """Run ``statement`` (``?`` placeholders) on the database, autocommit; its rows."""
    return pg.query(url, statement, *args)


def routing_quiet(url: str, **queue_settings: object) -> None:
    """Only the test's own contacts are routed: the demo's waiting ones are resolved; every
    queue's routing settings as given (e.g. ``offer_seconds=2.0``)."""
    sql(url, "UPDATE conversations SET status = 'resolved' WHERE assignee_id IS NULL")
    for column, value in queue_settings.items():
        sql(url, f"UPDATE routing_queues SET {column} = ?", value)


def new_session(url: str, agent_id: int, ttl: float = 24 * 3600.0) -> str:
    """A session token for ``agent_id`` written straight into the database: a thousand
    benchmark desks would otherwise spend minutes of CPU on password hashing at sign-in,
    which is not what they measure."""
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    sql(
        url,
        "INSERT INTO sessions (token_hash, agent_id, expires_at) VALUES (?, ?, ?)",
        digest,
        agent_id,
        time.time() + ttl,
    )
    return token


def viewer_of(url: str, agent_id: int) -> Viewer:
    """The visibility scope of ``agent_id`` as stored (role and queue memberships)."""
    role = sql(url, "SELECT role FROM agents WHERE id = ?", agent_id)[0][0]
    if role == "supervisor":
        queues = sql(url, "SELECT id FROM queues")
    else:
        queues = sql(url, "SELECT queue_id FROM agent_queues WHERE agent_id = ?", agent_id)
    return Viewer(agent_id, role == "supervisor", frozenset(int(q[0]) for q in queues))


def log_scopes(url: str, upto: int) -> list[tuple[int, int | None, int | None]]:
    """``(seq, queue_id, agent_id)`` of every stored event up to ``upto``, in seq order."""
    rows = sql(url, "SELECT seq, queue_id, agent_id FROM events WHERE seq <= ? ORDER BY seq", upto)
    return [(int(s), q, a) for s, q, a in rows]


def visible_seqs(scopes: Sequence[tuple[int, int | None, int | None]], viewer: Viewer) -> list[int]:
    """The seqs of ``scopes`` that ``viewer`` may see (the server's one visibility rule)."""
    return [seq for seq, queue_id, agent_id in scopes if viewer.sees(queue_id, agent_id)]


def latest_seq(url: str) -> int:
    """The newest stored seq (0 for an empty log)."""
    return int(sql(url, "SELECT COALESCE(MAX(seq), 0) FROM events")[0][0])


# --------------------------------------------------------------------------- the desk


_command_ids = itertools.count(1)


@dataclass
class Received:
    """One event as a desk received it: kind, entity id, op, the entity's JSON fields (or
    ``None`` for a delete), and when it arrived (``time.time()``)."""

    seq: int
    kind: str
    id: int
    op: str
    data: dict[str, Any] | None
    at: float


@dataclass
class StreamDesk:
    """A desk that follows the log over websockets, moving to another process when its
    own dies, and keeps every event it received.

    ``urls`` are the processes' base URLs; the desk starts on ``urls[first]`` and, when a
    connection breaks, tries the next ones in turn (with a short backoff), saying hello with
    its cursor and the epoch it was given, so the new process replays exactly what it
    missed. Protocol violations a correct server never commits are collected in
    :attr:`problems` instead of raised, so a test reports them all at once: a seq at or
    below the cursor (a duplicate or out of order), a snapshot or reset (the cursor was
    not honoured), a fatal error frame.
    """

    token: str
    urls: Sequence[str]
    client_id: str
    first: int = 0
    keep: Callable[[str], bool] = lambda kind: True
    """Which kinds' events to keep in :attr:`events` and :attr:`entities` (their seqs
    are always kept)."""
    on_event: Callable[[StreamDesk, Received], None] | None = None
    """Called with every event as it arrives (a benchmark times them here)."""
    seqs: list[int] = field(default_factory=list)
    events: list[Received] = field(default_factory=list)
    entities: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    """The newest state of every kept entity (deleted ones removed)."""
    cursor: int = 0
    epoch: str | None = None
    agent_id: int = 0
    connected_to: str = ""
    connects: int = 0
    problems: list[str] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    ws: ClientConnection | None = None
    _stop: bool = False
    _results: dict[int, asyncio.Future[dict[str, Any]]] = field(default_factory=dict)
    _welcome: asyncio.Event = field(default_factory=asyncio.Event)
    _closing: asyncio.Future[None] | None = None

    async def run(self, give_up_after: float = 60.0) -> None:
        """Follow the log until :meth:`stop`; reconnects until no process answered for
        ``give_up_after`` seconds (then raises)."""
        index = self.first
        down_since: float | None = None
        backoff = 0.05
        while not self._stop:
            url = self.urls[index % len(self.urls)]
            try:
                await self._session(url)
                down_since, backoff = None, 0.05
            except (OSError, WebSocketException, TimeoutError) as exc:
                log.debug("desk %s lost %s: %s", self.client_id, url, exc)
            except _ServerClosedError as exc:
                raise RuntimeError(f"desk {self.client_id}: {self.problems[-1]}") from exc
            finally:
                self._welcome.clear()
                self.ws = None
                for future in self._results.values():
                    if not future.done():
                        future.set_exception(ConnectionError("connection lost"))
                self._results.clear()
            if self._stop:
                return
            now = time.monotonic()
            down_since = down_since if down_since is not None else now
            if now - down_since > give_up_after:
                raise ConnectionError(f"desk {self.client_id}: no process answered")
            index += 1
            if index % len(self.urls) == self.first % len(self.urls):
                await asyncio.sleep(backoff)  # every process refused: back off a little
                backoff = min(backoff * 2, 1.0)

    async def _session(self, url: str) -> None:
        ws_url = url.replace("http://", "ws://", 1) + "/ws"
        async with connect(
            ws_url, max_size=MAX_SERVER_FRAME_BYTES, open_timeout=10, close_timeout=1
        ) as ws:
            hello = {
                "type": "hello",
                "protocol": PROTOCOL_VERSION,
                "token": self.token,
                "client_id": self.client_id,
                "last_seq": self.cursor,
                "epoch": self.epoch,
            }
            await ws.send(json.dumps(hello))
            self.ws = ws
            self.connects += 1
            self.connected_to = url
            async for raw in ws:
                self._frame(json.loads(raw))
                if self._stop:
                    return

    def _frame(self, frame: dict[str, Any]) -> None:
        kind = frame.get("type")
        if kind == "events":
            now = time.time()
            for event in frame["events"]:
                seq = int(event["seq"])
                if seq <= self.cursor:
                    self.problems.append(f"seq {seq} at or below the cursor {self.cursor}")
                self.cursor = max(self.cursor, seq)
                self.seqs.append(seq)
                data = event.get("data")
                got = Received(seq, event["kind"], int(event["id"]), event["op"], data, now)
                if self.keep(got.kind):
                    self.events.append(got)
                    if got.data is None:
                        self.entities.pop((got.kind, got.id), None)
                    else:
                        self.entities[(got.kind, got.id)] = got.data
                if self.on_event is not None:
                    self.on_event(self, got)
            upto = int(frame["upto"])
            if upto < self.cursor:
                self.problems.append(f"upto {upto} below the cursor {self.cursor}")
            self.cursor = max(self.cursor, upto)
        elif kind == "caught_up":
            self.cursor = max(self.cursor, int(frame["seq"]))
        elif kind == "welcome":
            if self.epoch is not None and frame["epoch"] != self.epoch:
                self.problems.append(f"epoch changed: {self.epoch} -> {frame['epoch']}")
            self.epoch = frame["epoch"]
            self.agent_id = int(frame["agent"]["id"])
            self._welcome.set()
        elif kind in ("reset", "snapshot"):
            self.problems.append(f"{kind} frame on {self.connected_to} (cursor {self.cursor})")
        elif kind == "result":
            future = self._results.pop(int(frame["command_id"]), None)
            if future is not None and not future.done():
                future.set_result(frame)
        elif kind == "error" and frame.get("fatal"):
            self.problems.append(f"fatal error {frame.get('code')}: {frame.get('message')}")
            raise _ServerClosedError(str(frame.get("code")))
        self.changed.set()

    async def command(self, name: str, timeout: float = 20.0, **args: Any) -> dict[str, Any]:
        """Send a command on the current connection (waiting for one) and return its
        ``result`` frame as a dict. Raises ``ConnectionError`` if the connection broke."""
        async with asyncio.timeout(timeout):
            await self._welcome.wait()
            ws = self.ws
            assert ws is not None
            command_id = next(_command_ids)
            future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
            self._results[command_id] = future
            frame = {"type": "command", "command_id": command_id, "name": name, "args": args}
            await ws.send(json.dumps(frame))
            return await future

    async def wait_for(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        """Wait (on received frames, with a deadline) until ``predicate()`` holds."""
        try:
            async with asyncio.timeout(timeout):
                while not predicate():
                    self.changed.clear()
                    await self.changed.wait()
        except TimeoutError:
            raise TimeoutError(f"desk {self.client_id}: {what} within {timeout} s") from None

    async def reach(self, seq: int, timeout: float = 60.0) -> None:
        """Wait until the desk's cursor is at ``seq`` or beyond (deadline)."""
        await self.wait_for(lambda: self.cursor >= seq, timeout, f"reach seq {seq}")

    def stop(self) -> None:
        """End :meth:`run` (closing the socket)."""
        self._stop = True
        if self.ws is not None:
            self._closing = asyncio.ensure_future(self.ws.close())


class _ServerClosedError(Exception):
    """The server said a fatal error: the connection is over."""


@contextlib.asynccontextmanager
async def running(desks: Sequence[StreamDesk]) -> Any:
    """Run ``desks`` for the block; stop them after and re-raise what any of them raised."""
    tasks = [asyncio.create_task(d.run(), name=f"desk-{d.client_id}") for d in desks]
    try:
        yield tasks
    finally:
        for desk in desks:
            desk.stop()
        done = await asyncio.gather(*tasks, return_exceptions=True)
        errors = [e for e in done if isinstance(e, BaseException)]
        if errors and not isinstance(errors[0], asyncio.CancelledError):
            raise errors[0]


def compare(desk: StreamDesk, expected: Sequence[int], upto: int) -> list[str]:
    """What is wrong with the seqs ``desk`` holds up to ``upto`` against ``expected``:
    duplicates, missing and extra seqs (empty when exactly right), with its problems."""
    held = [s for s in desk.seqs if s <= upto]
    wrong = list(desk.problems)
    duplicates = len(held) - len(set(held))
    if duplicates:
        wrong.append(f"{duplicates} duplicate seqs")
    missing = sorted(set(expected) - set(held))
    extra = sorted(set(held) - set(expected))
    if missing:
        wrong.append(f"{len(missing)} missing seqs, first {missing[:10]}")
    if extra:
        wrong.append(f"{len(extra)} seqs it may not see, first {extra[:10]}")
    return [f"{desk.client_id}: {w}" for w in wrong]
