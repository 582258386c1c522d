"""The cache as the sync engine and the UI use it: async calls run on the writer thread."""

from __future__ import annotations

import concurrent.futures
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop.models.changes import Changes
from desktop.store import apply, drafts, kb_apply, meta, outbox, search_index
from desktop.store.writer import CacheWriter
from protocol.entities import ConversationStatus, VoteValue
from protocol.frames import Event, Mutation


@dataclass(frozen=True)
class ReplicaState:
    """Where the replica stands: what ``hello`` needs, and the outbox size."""

    client_id: str
    cursor: int
    epoch: str | None
    queued: int


def _state(conn: sqlite3.Connection) -> ReplicaState:
    return ReplicaState(
        client_id=meta.client_id(conn),
        cursor=meta.cursor(conn),
        epoch=meta.get(conn, meta.EPOCH),
        queued=outbox.count(conn),
    )


class Cache:
    """Owns the writer thread of one cache file. Every method is a coroutine that awaits
    the writer, so callers on the UI's event loop never block on SQLite."""

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self.path = path
        self.key = key
        self.writer = CacheWriter(path, key)

    @property
    def set_aside(self) -> Path | None:
        """Where an undecryptable cache file was renamed on open (a fresh one started)."""
        return self.writer.set_aside

    def open(self) -> None:
        """Start the writer (opens and migrates the file); raises if that fails. Search
        indexes (knowledge, conversations) built by an older text analysis are rebuilt
        here, before anybody searches."""
        self.writer.start()
        self.writer.call(kb_apply.ensure_index)
        self.writer.call(search_index.ensure_current)

    def close(self) -> None:
        self.writer.stop()

    async def state(self) -> ReplicaState:
        return await self.writer.run(_state)

    async def apply_events(self, events: Sequence[Event], upto: int) -> Changes:
        return await self.writer.run(lambda c: apply.apply_events(c, events, upto))

    async def advance_cursor(self, seq: int) -> bool:
        return await self.writer.run(lambda c: apply.advance_cursor(c, seq))

    async def apply_snapshot(
        self, entities: Sequence[apply.Entity], seq: int, epoch: str
    ) -> Changes:
        return await self.writer.run(lambda c: apply.apply_snapshot(c, entities, seq, epoch))

    async def set_epoch(self, epoch: str) -> None:
        await self.writer.run(lambda c: meta.put(c, meta.EPOCH, epoch))

    async def queue_reply(
        self, conversation_id: int, body: str, author_name: str, *, internal: bool = False
    ) -> tuple[int, Changes]:
        return await self.writer.run(
            lambda c: outbox.queue_reply(c, conversation_id, body, author_name, internal=internal)
        )

    async def queue_status(
        self, conversation_id: int, status: ConversationStatus
    ) -> tuple[int, Changes]:
        return await self.writer.run(lambda c: outbox.queue_status(c, conversation_id, status))

    async def queue_vote(
        self,
        article_id: int,
        value: VoteValue,
        comment: str | None = None,
        agent_id: int | None = None,
    ) -> tuple[int, Changes]:
        return await self.writer.run(
            lambda c: outbox.queue_vote(c, article_id, value, comment, agent_id)
        )

    async def set_favourite(self, slug: str, favourite: bool = True) -> Changes:
        """Add (or remove) a desk-only favourite article."""

        def work(conn: sqlite3.Connection) -> Changes:
            with sqlite_utils.Database(conn).atomic():
                ids = kb_apply.set_favourite(conn, slug, favourite, time.time())
            return Changes(articles=ids)

        return await self.writer.run(work)

    async def mark_viewed(self, slug: str) -> Changes:
        """Remember that the agent opened an article (desk-only)."""

        def work(conn: sqlite3.Connection) -> Changes:
            with sqlite_utils.Database(conn).atomic():
                ids = kb_apply.mark_viewed(conn, slug, time.time())
            return Changes(articles=ids)

        return await self.writer.run(work)

    def put_draft(
        self, conversation_id: int, text: str, *, is_note: bool
    ) -> concurrent.futures.Future[Changes]:
        """Keep (blank: delete) a conversation's draft (desk-only).

        Not a coroutine on purpose: the write is queued on the writer thread *now*, in
        the order the agent's actions happened (a draft saved on a switch goes before the
        reply sent right after it), and it still runs when the window closes and the
        event loop's tasks are being cancelled; the writer finishes queued jobs before it
        stops. Await it with ``asyncio.wrap_future`` to learn the ``Changes``."""
        now = time.time()
        return self.writer.submit(
            lambda c: drafts.put_draft(c, conversation_id, text, is_note=is_note, now=now)
        )

    async def missing_assets(self) -> list[str]:
        """Images that synced articles reference and the cache does not hold yet."""
        return await self.writer.run(kb_apply.missing_assets)

    async def put_asset(self, sha256: str, content_type: str, data: bytes) -> Changes:
        """Store a fetched image; the articles showing it count as changed (repaint)."""

        def work(conn: sqlite3.Connection) -> Changes:
            with sqlite_utils.Database(conn).atomic():
                ids = kb_apply.put_asset(conn, sha256, content_type, data, time.time())
            return Changes(articles=ids)

        return await self.writer.run(work)

    async def pending(self) -> list[Mutation]:
        return await self.writer.run(outbox.pending)

    async def acknowledge(self, mutation_id: int) -> Changes:
        return await self.writer.run(lambda c: outbox.acknowledge(c, mutation_id, only=mutation_id))

    async def acknowledge_up_to(self, mutation_id: int) -> Changes:
        return await self.writer.run(lambda c: outbox.acknowledge(c, mutation_id))

    async def reject(self, mutation_id: int, reason: str) -> Changes:
        return await self.writer.run(lambda c: outbox.reject(c, mutation_id, reason))

    async def renew_client_id(self) -> str:
        """A new client id for this cache (see :func:`desktop.store.meta.renew_client_id`)."""

        def work(conn: sqlite3.Connection) -> str:
            with sqlite_utils.Database(conn).atomic():
                return meta.renew_client_id(conn)

        return await self.writer.run(work)

    async def remember(self, key: str, value: str | int) -> None:
        await self.writer.run(lambda c: meta.put(c, key, value))
