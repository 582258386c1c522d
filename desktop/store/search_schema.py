"""Cache schema 11: the conversation search index (issue 9 part 4), filled in by the
search work."""

from __future__ import annotations

import sqlite_utils


def create(db: sqlite_utils.Database) -> None:
    """Create the search index tables (``if_not_exists``: a cache set back runs it again)."""
