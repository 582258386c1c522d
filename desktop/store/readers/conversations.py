"""Conversation reads: the inbox order and its filter, headers, messages, queue names,
and the agent's drafts."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.models.rows import AttachmentRow, ConversationRow, MessageRow

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


VIEWS = ("mine", "unassigned", "all", "mentions")
"""The inbox's views, in the order the tabs show them."""
MINE_STATUSES = ("open", "pending")
"""Mine lists the agent's own work still to do or waiting on the customer."""
WORK_STATUSES = ("open", "pending", "snoozed")
"""Unassigned lists what nobody has taken yet and is not finished."""
MENTION_LIMIT = 64
"""Longest handle (``@username``, ``@Display Name``) looked for in notes; longer names
cannot be typed in a note anyway and would only make the scan slower."""


@dataclass(frozen=True)
class InboxFilter:
    """Which conversations the inbox lists; empty means all.

    ``view`` is one of :data:`VIEWS`: ``mine`` (assigned to ``agent_id``, open or
    pending), ``unassigned`` (nobody's, not resolved, in ``queue_ids``), ``all`` (in
    ``queue_ids``; ``None`` means every cached queue, as for a supervisor) and
    ``mentions`` (conversations whose notes mention the agent: the inbox model keeps that
    set, so here it reads as ``all`` without the queue limit). ``statuses``, ``channel``,
    ``queue_id`` and ``language`` narrow any view.

    ``sla_at_risk`` keeps only conversations whose response timer is amber or red; it
    depends on the time, so the inbox model applies it over these keys with its clock
    (:meth:`desktop.store.readers.sla.SlaReads.sla_timers`), and :meth:`matches` and
    :meth:`ConversationReads.inbox_keys` leave it out."""

    statuses: frozenset[str] = frozenset()
    channel: str | None = None
    sla_at_risk: bool = False
    view: str = "all"
    agent_id: int | None = None
    queue_ids: frozenset[int] | None = None
    queue_id: int | None = None
    language: str | None = None

    def matches(self, row: ConversationRow) -> bool:
        narrowed = (
            (not self.statuses or row.status in self.statuses)
            and (self.channel is None or row.channel == self.channel)
            and (self.queue_id is None or row.queue_id == self.queue_id)
            and (self.language is None or row.language == self.language)
        )
        if not narrowed or self.view == "mentions":
            return narrowed
        if self.view == "mine":
            return (
                self.agent_id is not None
                and row.assignee_id == self.agent_id
                and row.status in MINE_STATUSES
            )
        if self.queue_ids is not None and row.queue_id not in self.queue_ids:
            return False
        return self.view != "unassigned" or (
            row.assignee_id is None and row.status in WORK_STATUSES
        )

    def where(self) -> tuple[str, list[object]]:
        """The SQL condition :meth:`matches` checks, with its arguments."""
        where: list[str] = []
        args: list[object] = []
        if self.statuses:
            where.append(f"status IN ({_marks(self.statuses)})")
            args.extend(sorted(self.statuses))
        if self.channel:
            where.append("channel = ?")
            args.append(self.channel)
        if self.queue_id is not None:
            where.append("queue_id = ?")
            args.append(self.queue_id)
        if self.language:
            where.append("language = ?")
            args.append(self.language)
        if self.view == "mine":
            where.append(f"assignee_id = ? AND status IN ({_marks(MINE_STATUSES)})")
            args.extend([self.agent_id if self.agent_id is not None else 0, *MINE_STATUSES])
        elif self.view != "mentions":
            if self.queue_ids is not None:
                where.append(f"queue_id IN ({_marks(self.queue_ids) or 'NULL'})")
                args.extend(sorted(self.queue_ids))
            if self.view == "unassigned":
                where.append(f"assignee_id IS NULL AND status IN ({_marks(WORK_STATUSES)})")
                args.extend(WORK_STATUSES)
        return (f" WHERE {' AND '.join(where)}" if where else ""), args


def _marks(values: Iterable[object]) -> str:
    return ",".join("?" for _ in values)


def mention_pattern(handles: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern finding any of ``handles`` (``@name``) as a whole word, any case:
    ``@li`` does not mention ``@liwei``. ``None`` when there is nothing to look for."""
    kept = sorted({h.strip() for h in handles if 1 < len(h.strip()) <= MENTION_LIMIT}, key=len)
    if not kept:
        return None
    alternatives = "|".join(re.escape(h) for h in reversed(kept))
    return re.compile(f"(?:{alternatives})(?![\\w])", re.IGNORECASE)


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
        clause, args = flt.where()
        rows = self.conn.execute(
            f"SELECT id, last_message_at FROM conversations{clause}"
            " ORDER BY last_message_at DESC, id DESC",
            args,
        ).fetchall()
        return [int(r[0]) for r in rows], [float(r[1]) for r in rows]

    def view_counts(self, agent_id: int | None, queue_ids: frozenset[int] | None) -> dict[str, int]:
        """How many conversations the Mine, Unassigned and All views list (without the
        other filters): three counts; Mine and Unassigned go through ``conv_by_status``."""
        counts: dict[str, int] = {}
        for view in ("mine", "unassigned", "all"):
            clause, args = InboxFilter(view=view, agent_id=agent_id, queue_ids=queue_ids).where()
            counts[view] = int(
                self.conn.execute(f"SELECT count(*) FROM conversations{clause}", args).fetchone()[0]
            )
        return counts

    def mentions(
        self, handles: Iterable[str], ids: Iterable[int] | None = None
    ) -> dict[int, float]:
        """Conversations whose internal notes mention any of ``handles`` (``@username``,
        ``@Display Name``), with the time of the newest such note.

        Without ``ids`` this reads every note (once, when the agent is known); with them,
        only those conversations' messages through ``msg_by_conv`` (a batch of changes)."""
        chosen = tuple(handles)
        pattern = mention_pattern(chosen)
        if pattern is None:
            return {}
        likes = sorted({h.strip() for h in chosen if 1 < len(h.strip()) <= MENTION_LIMIT})
        like_sql = " OR ".join("body LIKE ? ESCAPE '\\'" for _ in likes)
        like_args = [f"%{_escape_like(h)}%" for h in likes]
        base = (
            "SELECT conversation_id, created_at, body FROM messages"
            f" WHERE direction = 'note' AND ({like_sql})"
        )
        found: dict[int, float] = {}
        if ids is None:
            batches: list[tuple[str, list[object]]] = [(base, list(like_args))]
        else:
            picked = sorted(set(ids))
            batches = [
                (
                    f"{base} AND conversation_id IN ({_marks(picked[i : i + 500])})",
                    [*like_args, *picked[i : i + 500]],
                )
                for i in range(0, len(picked), 500)
            ]
        for sql, args in batches:
            for cid, at, body in self.conn.execute(sql, args):
                if pattern.search(str(body)) is not None:
                    key = int(cid)
                    found[key] = max(found.get(key, float("-inf")), float(at))
        return found

    def conversation_languages(self) -> list[str]:
        """The languages cached conversations are in (the language filter's choices)."""
        return sorted(
            str(r[0])
            for r in self.conn.execute("SELECT DISTINCT language FROM conversations")
            if r[0]
        )

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
        """A conversation's messages, oldest first, pending replies last, with their
        delivery state and an email's HTML, quoted history and attachments."""
        rows = self.conn.execute(
            "SELECT id, conversation_id, direction, author_name, body, created_at, pending,"
            " delivery, delivery_error, delivery_attempts, html, quoted, attachments"
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
                delivery=str(r[7]) if r[7] in DELIVERY_STATES else None,
                delivery_error=str(r[8] or ""),
                delivery_attempts=int(r[9] or 0),
                html=str(r[10] or ""),
                quoted=str(r[11] or ""),
                attachments=attachment_rows(r[12]),
            )
            for r in rows
        ]

    def attachment_file(self, attachment_id: int) -> Path | None:
        """Where an attachment's fetched bytes are kept on this machine (None: not
        fetched yet, or the file has gone since; the desk then fetches it again)."""
        row = self.conn.execute(
            "SELECT path, size FROM attachment_files WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            return None
        path = Path(str(row[0]))
        try:
            return path if path.is_file() and path.stat().st_size == int(row[1]) else None
        except OSError:
            return None

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


DELIVERY_STATES = frozenset({"queued", "sent", "delivered", "failed"})
"""What ``messages.delivery`` may hold; anything else reads as no delivery state."""


def attachment_rows(raw: object) -> tuple[AttachmentRow, ...]:
    """The ``attachments`` column (a JSON list of ``AttachmentRef``) as rows; a value
    that is not such a list, or an entry without an id, is left out, never an error:
    the pane must paint whatever an older or damaged cache holds."""
    if not isinstance(raw, str) or not raw:
        return ()
    try:
        items = json.loads(raw)
    except ValueError:
        return ()
    found: list[AttachmentRow] = []
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict) or not isinstance(item.get("id"), int):
            continue
        found.append(
            AttachmentRow(
                id=int(item["id"]),
                name=str(item.get("name") or ""),
                content_type=str(item.get("content_type") or ""),
                size=max(0, size) if isinstance(size := item.get("size"), int) else 0,
                inline=bool(item.get("inline")),
                content_id=str(item.get("content_id") or ""),
            )
        )
    return tuple(found)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
