"""Store declaration of canned replies (table made by schema migration ``_v10``).

Shared replies and the agent's own personal ones share one table. A personal reply saved
while offline waits as a pending row (id ``-mutation_id``); the server's copy replaces it
in the batch that brings it, found by owner and shortcut (an agent's personal shortcuts
are unique, the server refuses a second), so the picker never lists it twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from desktop.store.kinds.base import Row, StoreKind
from protocol.entities import CannedReplyData


def _row(reply: CannedReplyData) -> Row:
    return (
        reply.id,
        reply.scope,
        reply.queue_id,
        reply.owner_id,
        reply.shortcut,
        reply.title,
        json.dumps(reply.variants, ensure_ascii=False),
        reply.updated_at,
    )


def _replace_pending(conn: sqlite3.Connection, replies: Sequence[CannedReplyData]) -> None:
    """The server's copy of a personal reply replaces the pending one it came from."""
    rows = [(r.owner_id, r.shortcut) for r in replies if r.scope == "personal"]
    if rows:
        conn.executemany(
            "DELETE FROM canned_replies WHERE id < 0 AND owner_id = ? AND shortcut = ?", rows
        )


CANNED_REPLY = StoreKind(
    model=CannedReplyData,
    table="canned_replies",
    columns=(
        "id",
        "scope",
        "queue_id",
        "owner_id",
        "shortcut",
        "title",
        "variants",
        "updated_at",
    ),
    fixed=(("pending", "0"),),
    row=_row,
    topic="canned",
    migration="_v10",
    replaced="id > 0",  # replies saved offline survive a snapshot
    before=_replace_pending,
)

KINDS: tuple[StoreKind, ...] = (CANNED_REPLY,)
"""The domain's declarations."""
