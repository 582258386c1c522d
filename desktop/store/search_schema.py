"""Cache schema 11: the conversation search index (issue 9 part 4).

The tables are described in ``desktop/store/search_index.py``. A cache migrated from 10
already holds conversations and messages, so the migration also indexes them, in its
own transaction on the writer thread (the cache is opened in a worker thread and the
inbox paints from a read connection meanwhile, so the Qt thread never waits on it):
one pass, measured by ``bench/conversation_search.py`` (docs/benchmarks.md). A cache set
back to an older version and migrated again finds the index built and leaves it.
"""

from __future__ import annotations

import sqlite_utils

from desktop.store import search_index


def create(db: sqlite_utils.Database) -> None:
    """Create the search index tables (``if_not_exists``: a cache set back runs it again)
    and index what the cache already holds."""
    search_index.create(db.conn)
    if not search_index.is_built(db.conn):
        search_index.rebuild(db.conn)
