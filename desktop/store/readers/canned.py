"""Canned-reply reads: what the reply box's "/" picker lists and inserts.

The cache holds only what the server let this desk see (shared replies of the agent's
queues and for everyone, and the agent's own personal ones), plus personal replies saved
offline and not yet confirmed. A handful to a few hundred rows: read whole, ordered by
title through ``canned_by_title``.
"""

from __future__ import annotations

import json
import sqlite3

from desktop.models.canned import CannedReply, CannedScope

_COLUMNS = "id, scope, queue_id, owner_id, shortcut, title, variants, updated_at"


def _reply(row: tuple[object, ...]) -> CannedReply:
    reply_id, scope, queue_id, owner_id, shortcut, title, variants, updated_at = row
    try:
        parsed = json.loads(str(variants or "{}"))
    except ValueError:
        parsed = {}
    texts = {str(k): str(v) for k, v in parsed.items()} if isinstance(parsed, dict) else {}
    kind: CannedScope = "personal" if scope == "personal" else "shared"
    return CannedReply(
        id=int(str(reply_id)),
        scope=kind,
        shortcut=str(shortcut),
        title=str(title),
        variants=texts,
        queue_id=None if queue_id is None else int(str(queue_id)),
        owner_id=None if owner_id is None else int(str(owner_id)),
        updated_at=float(str(updated_at or 0.0)),
    )


class CannedReads:
    """Canned-reply reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection

    def canned_replies(self, agent_id: int | None) -> list[CannedReply]:
        """Every shared reply this desk has and ``agent_id``'s personal ones (pending
        ones included), ordered by title (ignoring ASCII case), then shortcut. ``agent_id`` None
        (a desk opened offline, before the server has said who signed in): every row,
        since a cache only ever holds its own agent's personal replies, and hiding them
        until the welcome would take them away exactly when the network is gone."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM canned_replies"
            " WHERE scope = 'shared' OR ? IS NULL OR (scope = 'personal' AND owner_id = ?)"
            " ORDER BY title COLLATE NOCASE, shortcut, id",
            (agent_id, agent_id),
        ).fetchall()
        return [_reply(r) for r in rows]

    def canned_reply(self, reply_id: int) -> CannedReply | None:
        """One reply by id (a pending personal one has a negative id), or None."""
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM canned_replies WHERE id = ?", (reply_id,)
        ).fetchone()
        return None if row is None else _reply(row)
