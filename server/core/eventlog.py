"""The event log's interface and its storage-independent parts.

:class:`EventLog` is what the rest of the server needs from replication: the write gate
with group commit and seq allocation (:meth:`EventLog.write`), the live fan-out (ring,
wake-ups), catch-up reads and compaction. :class:`server.core.sqlite_log.SqliteEventLog`
implements it for one process on one database; :class:`server.core.pg_log.PgEventLog`
for several processes sharing one PostgreSQL database (a cluster-wide write lock, every
process tailing the log, LISTEN/NOTIFY as the wake-up).

Each event stores the entity's JSON exactly as it travels (``protocol.entities``), so
replay builds ``events`` frames by string concatenation instead of re-validating 100,000
models; the helpers here build those texts and cut them into frames.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.core.fanout import HubEvent
from server.core.visibility import Viewer

T = TypeVar("T")


class _Entity(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def id(self) -> int: ...

    def model_dump_json(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Draft:
    """An event about to be appended (its seq is assigned at append time)."""

    kind: str
    entity_id: int
    op: str
    queue_id: int | None
    agent_id: int | None
    payload: str | None


def upsert(entity: _Entity, queue_id: int | None = None, agent_id: int | None = None) -> Draft:
    """A full-state upsert of ``entity`` with the given visibility scope."""
    return Draft(entity.kind, entity.id, "upsert", queue_id, agent_id, entity.model_dump_json())


def event_json(seq: int, kind: str, entity_id: int, op: str, payload: str | None) -> str:
    """The JSON text of a ``protocol.frames.Event`` from its stored parts."""
    data = "null" if payload is None else payload
    return f'{{"seq":{seq},"op":"{op}","kind":"{kind}","id":{entity_id},"data":{data}}}'


def chunks(texts: list[str], count: int, max_bytes: int) -> Iterator[list[str]]:
    """``texts`` in order, cut into lists of at most ``count`` items and about ``max_bytes``
    of UTF-8: a list is closed before the item that would take it past ``max_bytes``, so
    only a single item larger than that makes a larger list (alone)."""
    part: list[str] = []
    size = 0
    for text in texts:
        # len() of str is a cheap lower bound; encode only when it might matter.
        length = len(text) if text.isascii() else len(text.encode())
        if part and (len(part) >= count or size + length > max_bytes):
            yield part
            part, size = [], 0
        part.append(text)
        size += length + 1
    if part:
        yield part


def events_frames(
    events: list[tuple[int, str]], upto: int, replay: bool, max_bytes: int
) -> Iterator[tuple[str, int]]:
    """``events`` frames of about ``max_bytes`` each, with the seq each brings the desk to:
    the last seq of its own events, and ``upto`` for the last frame."""
    texts = [text for _seq, text in events]
    seqs = iter(events)
    parts = list(chunks(texts, len(texts) or 1, max_bytes))
    for index, part in enumerate(parts):
        last_seq = 0
        for _ in part:
            last_seq = next(seqs)[0]
        reach = upto if index == len(parts) - 1 else last_seq
        yield events_frame(part, reach, replay), reach


def events_frame(jsons: list[str], upto: int, replay: bool) -> str:
    """The JSON text of a ``protocol.frames.Events`` frame from prebuilt event texts."""
    flag = "true" if replay else "false"
    return f'{{"type":"events","events":[{",".join(jsons)}],"upto":{upto},"replay":{flag}}}'


def new_id(result: sa.CursorResult[Any]) -> int:
    """The primary key an ``INSERT`` just created."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


Work = Callable[[AsyncConnection], Awaitable[tuple[T, list[Draft]]]]
"""A write: run in the log's transaction, it returns its result and the events it makes."""


class EventLog(Protocol):
    """Seq allocation, append, publish, catch-up and compaction of one server's log.

    Every write passes :meth:`write`, which holds the write gate across commit and
    publish: seq order equals commit order, so a desk never sees seq 11 before 10 exists.
    """

    @property
    def latest_seq(self) -> int:
        """The newest committed (and published) seq."""
        ...

    @property
    def first_retained_seq(self) -> int:
        """The oldest seq still stored; a desk behind it rebuilds from a snapshot."""
        ...

    async def start(self) -> None:
        """Begin following the log (PostgreSQL: tail what other processes commit)."""
        ...

    async def stop(self) -> None:
        """Stop following the log and release its connections."""
        ...

    async def refresh(self) -> int:
        """Publish now what other processes committed (PostgreSQL; nothing to do on
        SQLite, where this process makes every seq); the latest seq after."""
        ...

    async def write(self, work: Work[T]) -> tuple[T, int]:
        """Run ``work`` in one transaction with its events; its result and last seq
        (published here before this returns)."""
        ...

    async def compact(self) -> int:
        """Apply the retention limit now; how many events were deleted."""
        ...

    def ring_after(self, after_seq: int, limit: int) -> list[HubEvent] | None:
        """Recent events from memory, or ``None`` when the caller must :meth:`read_after`."""
        ...

    def drop_ring(self) -> None:
        """Forget the events held in memory, after a write that deleted or rewrote stored
        events (GDPR erase): call it inside that write, under the write gate."""
        ...

    async def read_after(
        self, viewer: Viewer, after_seq: int, upto: int, limit: int
    ) -> list[tuple[int, str]]:
        """Up to ``limit`` visible stored events in ``(after_seq, upto]``."""
        ...

    def subscribe(self, viewer: Viewer | None = None) -> asyncio.Event:
        """A wake-up flag set when a publish holds an event ``viewer`` sees (every publish
        without a viewer); the caller clears it."""
        ...

    def unsubscribe(self, waiter: asyncio.Event) -> None:
        """Forget a wake-up flag."""
        ...


def events_since(events: EventLog, seq: int) -> tuple[int, list[HubEvent] | None]:
    """For a background loop following the log (routing, delivery): the seq to look from
    next time and the events published after ``seq`` (empty when none; ``None`` when the
    memory ring no longer covers the gap, so the caller must assume anything happened)."""
    latest = events.latest_seq
    if latest <= seq:
        return seq, []
    return latest, events.ring_after(seq, latest - seq)
