"""Cache schema 10: canned replies (issue 9 part 3), filled in by the canned-replies work."""

from __future__ import annotations

import sqlite_utils


def create(db: sqlite_utils.Database) -> None:
    """Create the canned-reply tables (``if_not_exists``: a cache set back runs it again)."""
