"""The cache reader: one read-only connection and every domain's reads over it.

A reader owns its own connection (WAL lets it read while the writer writes). Reads are
small and indexed: a page of inbox rows or one conversation's messages. The queries live
per domain in :mod:`desktop.store.readers`; this class only opens the connection and
composes them, so views and the headless client take one object.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store import meta
from desktop.store.connection import CacheUnreadableError, open_connection
from desktop.store.keyfile import read_key_file
from desktop.store.readers.canned import CannedReads
from desktop.store.readers.complaints import ComplaintReads
from desktop.store.readers.conversations import ConversationReads
from desktop.store.readers.customers import CustomerReads
from desktop.store.readers.knowledge import KnowledgeReads
from desktop.store.readers.presence import PresenceReads
from desktop.store.readers.routing import RoutingReads
from desktop.store.readers.search import SearchReads
from desktop.store.readers.sla import SlaReads
from desktop.store.readers.workforce import WorkforceReads


class CacheReader(
    CannedReads,
    ComplaintReads,
    ConversationReads,
    CustomerReads,
    KnowledgeReads,
    PresenceReads,
    RoutingReads,
    SearchReads,
    SlaReads,
    WorkforceReads,
):
    """Read-only access for the thread that created it; the reads are those of each
    domain's ``...Reads`` base in :mod:`desktop.store.readers`."""

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

    def counts(self) -> dict[str, int]:
        """What the headless client prints: conversations, messages, cursor, queued."""
        one = self.conn.execute
        return {
            "conversations": int(one("SELECT count(*) FROM conversations").fetchone()[0]),
            "messages": int(one("SELECT count(*) FROM messages WHERE id > 0").fetchone()[0]),
            "cursor": meta.cursor(self.conn),
            "queued": int(one("SELECT count(*) FROM outbox").fetchone()[0]),
        }
