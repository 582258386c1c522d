"""Cache schema 10: canned replies (issue 9 part 3), shared and personal, in one table.

``variants`` is the JSON object language tag -> body, read whole (a reply is small and the
picker shows every language). A personal reply saved while offline is a row with id
``-mutation_id`` and ``pending`` 1 until the server's copy replaces it.
"""

from __future__ import annotations

import sqlite_utils


def create(db: sqlite_utils.Database) -> None:
    """Create the canned-reply tables (``if_not_exists``: a cache set back runs it again)."""
    db.table("canned_replies").create(
        {
            "id": int,
            "scope": str,
            "queue_id": int,
            "owner_id": int,
            "shortcut": str,
            "title": str,
            "variants": str,
            "updated_at": float,
            "pending": int,
        },
        pk="id",
        not_null={"scope", "shortcut", "title", "variants", "updated_at", "pending"},
        defaults={"pending": 0},
        if_not_exists=True,
    )
    # The picker's order (title ignoring ASCII case, then shortcut), read without a sort.
    db.execute(
        "CREATE INDEX IF NOT EXISTS canned_by_title"
        " ON canned_replies (title COLLATE NOCASE, shortcut, id)"
    )
    db.table("canned_replies").create_index(
        ["owner_id", "shortcut"], index_name="canned_by_owner_shortcut", if_not_exists=True
    )
