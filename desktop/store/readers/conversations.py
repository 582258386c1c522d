"""Conversation reads: the inbox order and its filter, headers, messages, queue names,
and the agent's drafts."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.models.rows import ConversationRow, MessageRow

_CONV_COLS = (
    "id, queue_id, customer_id, customer_name, channel, status, subject, language,"
    " assignee_id, last_message_at, last_message_preview, message_count"
)


@dataclass(frozen=True, slots=True)
class Draft:
    """The unsent text of a conversation's reply box (``is_note``: an internal note)."""

    conversation_id: int
    text: str
    is_note: bool
    updated_at: float


@dataclass(frozen=True)
class InboxFilter:
    """Which conversations the inbox lists; empty means all.

    ``sla_at_risk`` keeps only conversations whose response timer is amber or red; it
    depends on the time, so the inbox model applies it over these keys with its clock
    (:meth:`desktop.store.readers.sla.SlaReads.sla_timers`), and :meth:`matches` and
    :meth:`ConversationReads.inbox_keys` leave it out."""

    statuses: frozenset[str] = frozenset()
    channel: str | None = None
    sla_at_risk: bool = False

    def matches(self, row: ConversationRow) -> bool:
        if self.statuses and row.status not in self.statuses:
            return False
        return self.channel is None or row.channel == self.channel


class ConversationReads:
    """Conversation reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection

    def conversation_ids(self) -> list[int]:
        """Every cached conversation, most recent activity first (the inbox order)."""
        rows = self.conn.execute(
            "SELECT id FROM conversations ORDER BY last_message_at DESC, id DESC"
        ).fetchall()
        return [int(r[0]) for r in rows]

    def inbox_keys(self, flt: InboxFilter) -> tuple[list[int], list[float]]:
        """Ids and activity times in inbox order (newest first), through ``conv_by_recent``.

        This extends :meth:`conversation_ids` with the sort key (the inbox model needs it
        to place a changed row without re-reading 100,000 ids) and the filter.
        """
        where: list[str] = []
        args: list[object] = []
        if flt.statuses:
            where.append(f"status IN ({','.join('?' for _ in flt.statuses)})")
            args.extend(sorted(flt.statuses))
        if flt.channel:
            where.append("channel = ?")
            args.append(flt.channel)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(
            f"SELECT id, last_message_at FROM conversations{clause}"
            " ORDER BY last_message_at DESC, id DESC",
            args,
        ).fetchall()
        return [int(r[0]) for r in rows], [float(r[1]) for r in rows]

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

    def queue_names(self) -> dict[int, str]:
        return {int(i): str(n) for i, n in self.conn.execute("SELECT id, name FROM queues")}

    def message_ids(self) -> set[int]:
        """Ids of every delivered message (tests compare them with the server's)."""
        return {int(r[0]) for r in self.conn.execute("SELECT id FROM messages WHERE id > 0")}

    def draft(self, conversation_id: int) -> Draft | None:
        """The draft kept for ``conversation_id``, or None."""
        row = self.conn.execute(
            "SELECT conversation_id, text, is_note, updated_at FROM drafts"
            " WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchone()
        if row is None:
            return None
        return Draft(int(row[0]), str(row[1]), bool(row[2]), float(row[3]))

    def draft_ids(self, ids: frozenset[int] | None = None) -> set[int]:
        """Conversations with a draft (of ``ids`` only, when given): the inbox's marker."""
        if ids is None:
            return {int(r[0]) for r in self.conn.execute("SELECT conversation_id FROM drafts")}
        found: set[int] = set()
        chosen = sorted(ids)
        for start in range(0, len(chosen), 500):
            chunk = chosen[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            found.update(
                int(r[0])
                for r in self.conn.execute(
                    f"SELECT conversation_id FROM drafts WHERE conversation_id IN ({marks})",
                    chunk,
                )
            )
        return found
