"""Who is viewing or typing where, shared by the processes of one PostgreSQL centre
(``server.core.pg_shared``; the board itself is ``server.core.activity``).

Each process writes only its own connections' states to ``activity_states`` (one row per
connection: a connection is in one conversation at a time; the web chat customer's typing
is a row of agent 0), batched by one writer task, and in the same transaction NOTIFYs
``a:<process>:<conversation ids>`` for the conversations whose list changed. A repeat that
only moves a state's lapse is written without a wake-up: the others re-read a conversation
when a state they hold looks lapsed, and find it repeated. Readers always re-read the
table (the payload says only where), so a wake-up lost with a LISTEN connection is
caught up by the full re-read after reconnecting.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.core.activity import SharedRow

if TYPE_CHECKING:
    from server.core.pg_shared import PgShared

log = logging.getLogger(__name__)

PAYLOAD_MAX = 7000
"""Bytes of one NOTIFY payload (PostgreSQL's limit is 8000)."""
RETRY_AFTER = 1.0

_UPSERT = sa.text(
    "INSERT INTO activity_states (process_id, conn_key, conversation_id, queue_id, agent_id, "
    "state, until) VALUES (:p, :k, :c, :q, :a, :s, :u) "
    "ON CONFLICT (process_id, conn_key) DO UPDATE SET conversation_id = excluded.conversation_id, "
    "queue_id = excluded.queue_id, agent_id = excluded.agent_id, state = excluded.state, "
    "until = excluded.until"
)
_DELETE = sa.text(
    "DELETE FROM activity_states WHERE process_id = :p AND conn_key IN :keys"
).bindparams(sa.bindparam("keys", expanding=True))
_READ = (
    "SELECT process_id, conn_key, conversation_id, queue_id, agent_id, state, until "
    "FROM activity_states WHERE process_id <> :p "
    "AND until > extract(epoch from clock_timestamp())::float8"
)


class SharedActivity:
    """The board's sink on PostgreSQL: writes this process's states, reads the others'."""

    def __init__(self, shared: PgShared) -> None:
        self.shared = shared
        self._pending: dict[str, SharedRow | None] = {}
        self._changed: set[int] = set()
        self._reread: set[int] = set()
        self._reread_all = False
        self._wake = asyncio.Event()

    # ------------------------------------------------------------------ the board's side

    def put(self, key: str, row: SharedRow | None, changed: set[int]) -> None:
        """Write ``key``'s state (the writer task batches); wake others for ``changed``."""
        self._pending[key] = row
        self._changed |= changed
        self._wake.set()

    def refresh(self, conversation_ids: set[int]) -> None:
        """Re-read these conversations (states here look lapsed)."""
        self._reread |= conversation_ids
        self._wake.set()

    # ------------------------------------------------------------------ wake-ups

    def remote_changed(self, conversation_ids: set[int]) -> None:
        """Another process changed these conversations' lists."""
        self.refresh(conversation_ids)

    def reload_all(self) -> None:
        """Re-read everything (after (re)connecting the LISTEN connection)."""
        self._reread_all = True
        self._wake.set()

    def republish(self) -> None:
        """Write every state of this process again (the table lost them)."""
        for key, row in self.shared.ctx.activity.local_rows():
            self.put(key, row, {row.conversation_id})

    async def notify_in(self, conn: AsyncConnection, conversation_ids: set[int]) -> None:
        """Wake the others for these conversations when ``conn`` 's transaction commits."""
        from server.core.pg_shared import CHANNEL

        head = f"a:{self.shared.process_id}:"
        chunk: list[str] = []
        size = len(head)
        for cid in sorted(conversation_ids):
            text = str(cid)
            if chunk and size + len(text) + 1 > PAYLOAD_MAX:
                await conn.execute(
                    sa.text("SELECT pg_notify(:c, :m)"), {"c": CHANNEL, "m": head + ",".join(chunk)}
                )
                chunk, size = [], len(head)
            chunk.append(text)
            size += len(text) + 1
        if chunk:
            await conn.execute(
                sa.text("SELECT pg_notify(:c, :m)"), {"c": CHANNEL, "m": head + ",".join(chunk)}
            )

    # ------------------------------------------------------------------ the writer

    async def flush_forever(self) -> None:
        """Write what changed and re-read what others changed, batched, forever; a
        failure keeps the work for the next try."""
        failing = False
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self._flush()
                await self._read()
                if failing:
                    log.info("shared activity: the database answers again")
                failing = False
            except Exception as exc:  # noqa: BLE001 - kept and retried
                if not failing:
                    log.warning("shared activity: write or read failed (%s); retrying", exc)
                failing = True
                await asyncio.sleep(RETRY_AFTER)
                self._wake.set()

    async def _flush(self) -> None:
        if not self._pending and not self._changed:
            return
        pending, changed = self._pending, self._changed
        self._pending, self._changed = {}, set()
        p = self.shared.process_id
        try:
            async with self.shared.ctx.engine.begin() as conn:
                rows = [
                    {
                        "p": p,
                        "k": key,
                        "c": r.conversation_id,
                        "q": r.queue_id,
                        "a": r.agent_id,
                        "s": r.state,
                        "u": r.until,
                    }
                    for key, r in pending.items()
                    if r is not None
                ]
                gone = [key for key, r in pending.items() if r is None]
                if rows:
                    await conn.execute(_UPSERT, rows)
                if gone:
                    await conn.execute(_DELETE, {"p": p, "keys": gone})
                await self.notify_in(conn, changed)
        except BaseException:
            for key, r in pending.items():
                self._pending.setdefault(key, r)  # newer puts made meanwhile win
            self._changed |= changed
            raise

    async def _read(self) -> None:
        if not self._reread and not self._reread_all:
            return
        every, wanted = self._reread_all, self._reread
        self._reread_all, self._reread = False, set()
        board = self.shared.ctx.activity
        try:
            sql = _READ
            params: dict[str, Any] = {"p": self.shared.process_id}
            if not every:
                sql += " AND conversation_id IN :cids"
                params["cids"] = sorted(wanted)
            query = sa.text(sql)
            if not every:
                query = query.bindparams(sa.bindparam("cids", expanding=True))
            async with self.shared.ctx.engine.connect() as conn:
                found = (await conn.execute(query, params)).fetchall()
        except BaseException:
            self._reread_all |= every
            self._reread |= wanted
            raise
        by_cid: dict[int, list[tuple[str, SharedRow]]] = defaultdict(list)
        for r in found:
            row = SharedRow(r.conversation_id, r.queue_id, r.agent_id, r.state, r.until)
            by_cid[r.conversation_id].append((f"{r.process_id}/{r.conn_key}", row))
        targets = (board.remote_conversations() | set(by_cid)) if every else wanted
        for cid in targets:
            board.apply_remote(cid, by_cid.get(cid, []))
