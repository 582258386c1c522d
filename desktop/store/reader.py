"""Read queries over the cache for views and the headless client.

A reader owns its own connection (WAL lets it read while the writer writes). Reads are
small and indexed: a page of inbox rows or one conversation's messages.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.models.rows import ConversationRow, MessageRow
from desktop.store import meta
from desktop.store.connection import CacheUnreadableError, open_connection
from desktop.store.kb_reader import KnowledgeReads
from desktop.store.keyfile import read_key_file

_CONV_COLS = (
    "id, queue_id, customer_id, customer_name, channel, status, subject, language,"
    " assignee_id, last_message_at, last_message_preview, message_count"
)


class CacheReader(KnowledgeReads):
    """Read-only access for the thread that created it (knowledge reads: ``KnowledgeReads``)."""

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        """Open ``path`` read-only with the cache ``key`` (default: the key file beside
        it); raises ``CacheUnreadableError`` (an ``sqlite3.DatabaseError``) if the key does
        not decrypt it, e.g. a plain cache the writer has not encrypted yet."""
        if key is None:
            key = read_key_file(path)
            if key is None:
                raise CacheUnreadableError(path, "no key file beside it")
        self.conn: sqlite3.Connection = open_connection(path, key, readonly=True)
        # Knowledge search walks FTS doclists: a bigger page cache and memory-mapped reads
        # keep them in memory instead of re-reading through system calls on every key.
        self.conn.execute("PRAGMA cache_size=-65536")
        self.conn.execute("PRAGMA mmap_size=268435456")

    def close(self) -> None:
        self.conn.close()

    def conversation_ids(self) -> list[int]:
        """Every cached conversation, most recent activity first (the inbox order)."""
        rows = self.conn.execute(
            "SELECT id FROM conversations ORDER BY last_message_at DESC, id DESC"
        ).fetchall()
        return [int(r[0]) for r in rows]

    def conversations(self, ids: list[int]) -> dict[int, ConversationRow]:
        """The rows for ``ids`` (missing ids are simply absent)."""
        found: dict[int, ConversationRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for row in self.conn.execute(
                f"SELECT {_CONV_COLS} FROM conversations WHERE id IN ({marks})",
                chunk,
            ):
                found[int(row[0])] = ConversationRow(*row)
        return found

    def conversation(self, conversation_id: int) -> ConversationRow | None:
        return self.conversations([conversation_id]).get(conversation_id)

    def messages(self, conversation_id: int) -> list[MessageRow]:
        """A conversation's messages, oldest first, pending replies last."""
        rows = self.conn.execute(
            "SELECT id, conversation_id, direction, author_name, body, created_at, pending"
            " FROM messages WHERE conversation_id = ? ORDER BY pending, created_at, id",
            (conversation_id,),
        ).fetchall()
        return [
            MessageRow(
                id=int(r[0]),
                conversation_id=int(r[1]),
                direction=str(r[2]),
                author_name=str(r[3] or ""),
                body=str(r[4]),
                created_at=float(r[5]),
                pending=bool(r[6]),
            )
            for r in rows
        ]

    def counts(self) -> dict[str, int]:
        """What the headless client prints: conversations, messages, cursor, queued."""
        one = self.conn.execute
        return {
            "conversations": int(one("SELECT count(*) FROM conversations").fetchone()[0]),
            "messages": int(one("SELECT count(*) FROM messages WHERE id > 0").fetchone()[0]),
            "cursor": meta.cursor(self.conn),
            "queued": int(one("SELECT count(*) FROM outbox").fetchone()[0]),
        }

    def queue_names(self) -> dict[int, str]:
        return {int(i): str(n) for i, n in self.conn.execute("SELECT id, name FROM queues")}

    def message_ids(self) -> set[int]:
        """Ids of every delivered message (tests compare them with the server's)."""
        return {int(r[0]) for r in self.conn.execute("SELECT id FROM messages WHERE id > 0")}
