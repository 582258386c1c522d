"""Drafts: the reply being written in each conversation (desk-only, never synced).

One row per conversation with unsent text in its reply box (``docs/cache.md``). The desk
writes a draft as the agent types (debounced), at once when they switch conversations or
close the window, and deletes it when the text is sent or cleared. Every write is one
small statement on the writer thread and raises the ``drafts`` topic so the inbox can show
its "Draft" marker.
"""

from __future__ import annotations

import sqlite3

from desktop.models.changes import Changes

TOPIC = "drafts"


def put_draft(
    conn: sqlite3.Connection, conversation_id: int, text: str, *, is_note: bool, now: float
) -> Changes:
    """Keep ``text`` as the draft of ``conversation_id``; blank text deletes the draft.

    The writer's connection is in autocommit mode, so the single statement is its own
    transaction."""
    if text.strip():
        conn.execute(
            "INSERT INTO drafts (conversation_id, text, is_note, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(conversation_id) DO UPDATE SET text = excluded.text,"
            " is_note = excluded.is_note, updated_at = excluded.updated_at",
            (conversation_id, text, int(is_note), now),
        )
    else:
        conn.execute("DELETE FROM drafts WHERE conversation_id = ?", (conversation_id,))
    return Changes(drafts=frozenset({conversation_id}))


def drop_sent_draft(
    conn: sqlite3.Connection, conversation_id: int, body: str, *, is_note: bool
) -> bool:
    """Delete the draft that ``body`` was sent from, inside the caller's transaction (the
    outbox's); returns whether one was deleted.

    Only a draft whose text is the sent text (as the reply box strips it) and of the same
    kind goes: a script's answers saved as a note must not take the agent's half-written
    reply with them. The reply box also deletes its draft when it sends, so a draft the
    debounce had not written yet is gone too; this makes the common case atomic with the
    outbox row (a crash between the two can never leave a sent text as a draft)."""
    row = conn.execute(
        "SELECT text, is_note FROM drafts WHERE conversation_id = ?", (conversation_id,)
    ).fetchone()
    if row is None or str(row[0]).strip() != body.strip() or bool(row[1]) != is_note:
        return False
    conn.execute("DELETE FROM drafts WHERE conversation_id = ?", (conversation_id,))
    return True
