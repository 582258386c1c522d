"""The durable outbox: the agent's changes waiting for the server's ack.

A change is written to the outbox and applied optimistically in one transaction (a reply
appears at once as a pending message with id ``-mutation_id``). It leaves the outbox only
on the server's ack; a reject rolls the optimistic change back and tells the agent why.
Mutation ids come from a counter in ``meta`` that never goes back, even across a reset.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence

import sqlite_utils
from pydantic import TypeAdapter

from desktop.models.changes import Changes, Notice
from desktop.store import drafts, meta, outbox_complaints, outbox_customers
from desktop.store.outbox_complaints import ComplaintOp
from protocol.entities import ConversationStatus, VoteValue
from protocol.frames import (
    AnyOp,
    CannedDeleteOp,
    CannedSaveOp,
    Mutation,
    MutationOp,
    ReplyOp,
    SetStatusOp,
    VoteOp,
    client_ref,
)
from protocol.kinds.conversations import AttachmentRef
from protocol.kinds.customers import CustomerUpdateOp

Op = AnyOp
_op_adapter: TypeAdapter[Op] = TypeAdapter(MutationOp)


def _next_mutation_id(conn: sqlite3.Connection) -> int:
    value = meta.get_int(conn, meta.MUTATION_COUNTER) + 1
    meta.put(conn, meta.MUTATION_COUNTER, value)
    return value


def _insert(conn: sqlite3.Connection, change: Op, undo: dict[str, object]) -> int:
    mutation_id = _next_mutation_id(conn)
    conn.execute(
        "INSERT INTO outbox (mutation_id, op, payload, conversation_id, undo, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            mutation_id,
            change.op,
            change.model_dump_json(),
            getattr(change, "conversation_id", None),
            json.dumps(undo),
            time.time(),
        ),
    )
    return mutation_id


def queue_reply(
    conn: sqlite3.Connection,
    conversation_id: int,
    body: str,
    author_name: str,
    *,
    internal: bool,
    attachments: Sequence[AttachmentRef] = (),
) -> tuple[int, Changes]:
    """Queue a reply and show it as pending at once; the draft it was sent from goes in
    the same transaction (:func:`desktop.store.drafts.drop_sent_draft`).

    ``attachments`` are files already uploaded (``POST /api/attachments``): their ids go
    in the op's ``attachment_ids`` and the pending copy shows them as chips. The op is
    built (and validated) before anything is written, so a refused value (more files
    than a reply may carry) raises ``ValueError`` and leaves the cache as it was."""
    change = ReplyOp(
        conversation_id=conversation_id,
        body=body,
        internal=internal,
        attachment_ids=[a.id for a in attachments],
    )
    refs = json.dumps([a.model_dump() for a in attachments], ensure_ascii=False)
    with sqlite_utils.Database(conn).atomic():
        mutation_id = _insert(conn, change, {})
        conn.execute(
            "INSERT INTO messages (id, conversation_id, direction, author_name, body,"
            " created_at, client_ref, pending, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
            (
                -mutation_id,
                conversation_id,
                "note" if internal else "out",
                author_name,
                body,
                time.time(),
                client_ref(meta.client_id(conn), mutation_id),
                refs,
            ),
        )
        dropped = drafts.drop_sent_draft(conn, conversation_id, body, is_note=internal)
    return mutation_id, Changes(
        messages_of=frozenset({conversation_id}),
        drafts=frozenset({conversation_id}) if dropped else frozenset(),
        outbox=True,
    )


def queue_status(
    conn: sqlite3.Connection, conversation_id: int, status: ConversationStatus
) -> tuple[int, Changes]:
    """Queue a status change and show it at once; the old status is kept for rollback."""
    change = SetStatusOp(conversation_id=conversation_id, status=status)
    with sqlite_utils.Database(conn).atomic():
        row = conn.execute(
            "SELECT status FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        mutation_id = _insert(conn, change, {"status": row[0] if row else None})
        conn.execute("UPDATE conversations SET status = ? WHERE id = ?", (status, conversation_id))
    return mutation_id, Changes(conversations=frozenset({conversation_id}), outbox=True)


_VOTE_COLUMNS = (
    "id",
    "article_id",
    "agent_id",
    "value",
    "comment",
    "updated_at",
    "pending",
    "base_value",
)


def queue_vote(
    conn: sqlite3.Connection,
    article_id: int,
    value: VoteValue,
    comment: str | None,
    agent_id: int | None,
) -> tuple[int, Changes]:
    """Queue a helpful vote and show it at once.

    The desk keeps the article's totals as the server last sent them; a pending vote row
    (id ``-mutation_id``) remembers ``base_value``, the agent's vote the server already
    counts, so readers show server totals plus the pending difference (see
    ``desktop.store.readers.knowledge``). A later server total (another agent's vote) therefore
    never double-counts or loses the optimistic one. The row it replaces is kept in
    ``undo`` and restored on reject.
    """
    change = VoteOp(article_id=article_id, value=value, comment=comment)
    with sqlite_utils.Database(conn).atomic():
        cols = ", ".join(_VOTE_COLUMNS)
        old = conn.execute(f"SELECT {cols} FROM votes WHERE article_id = ?", (article_id,))
        old_row = old.fetchone()
        previous = dict(zip(_VOTE_COLUMNS, old_row, strict=True)) if old_row else None
        if previous is None:
            base = 0
        else:
            base = int(previous["base_value"] if previous["pending"] else previous["value"])
        mutation_id = _insert(conn, change, {"article_id": article_id, "previous": previous})
        conn.execute("DELETE FROM votes WHERE article_id = ?", (article_id,))
        conn.execute(
            f"INSERT INTO votes ({cols}) VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
            (-mutation_id, article_id, agent_id, value, comment, time.time(), base),
        )
    return mutation_id, Changes(articles=frozenset({article_id}), outbox=True)


def _undo_vote(conn: sqlite3.Connection, mutation_id: int, undo: dict[str, object]) -> int:
    """Put back the vote row a rejected vote replaced (unless a newer vote replaced it)."""
    article_id = int(str(undo["article_id"]))
    mine = conn.execute("DELETE FROM votes WHERE id = ?", (-mutation_id,))
    previous = undo.get("previous")
    if mine.rowcount and isinstance(previous, dict):
        cols = ", ".join(_VOTE_COLUMNS)
        conn.execute(
            f"INSERT OR REPLACE INTO votes ({cols}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            tuple(previous[c] for c in _VOTE_COLUMNS),
        )
    return article_id


_CANNED_COLUMNS = (
    "id",
    "scope",
    "queue_id",
    "owner_id",
    "shortcut",
    "title",
    "variants",
    "updated_at",
    "pending",
)


def _canned_row(conn: sqlite3.Connection, reply_id: int) -> dict[str, object] | None:
    cols = ", ".join(_CANNED_COLUMNS)
    row = conn.execute(f"SELECT {cols} FROM canned_replies WHERE id = ?", (reply_id,)).fetchone()
    return None if row is None else dict(zip(_CANNED_COLUMNS, row, strict=True))


def queue_canned_save(
    conn: sqlite3.Connection,
    reply_id: int | None,
    *,
    shortcut: str,
    title: str,
    variants: dict[str, str],
    agent_id: int | None,
) -> tuple[int, Changes]:
    """Queue saving a personal canned reply and show it at once.

    ``reply_id`` None makes a new reply, shown as a pending row (id ``-mutation_id``)
    until the server's copy replaces it; a positive id changes that reply in place, its
    old row kept in ``undo`` for a reject. The server keys an agent's personal replies by
    shortcut, so saving a reply that is still pending (negative id) sends it again by its
    shortcut, which must not change until the server has it. Raises ``ValueError`` (a
    pydantic ``ValidationError``) for a value the protocol refuses, before anything is
    written, and for a shared reply or another agent's.
    """
    previous = _canned_row(conn, reply_id) if reply_id is not None else None
    if reply_id is not None:
        if previous is None:
            raise ValueError(f"canned reply {reply_id} is not in the cache")
        if previous["scope"] != "personal" or previous["owner_id"] != agent_id:
            raise ValueError("only your own personal canned replies can be changed")
    server_id = reply_id if reply_id is not None and reply_id > 0 else None
    change = CannedSaveOp(id=server_id, shortcut=shortcut, title=title, variants=variants)
    if (
        reply_id is not None
        and reply_id < 0
        and previous
        and previous["shortcut"] != change.shortcut
    ):
        raise ValueError("the shortcut of a reply the server has not confirmed cannot change yet")
    with sqlite_utils.Database(conn).atomic():
        mutation_id = _insert(conn, change, {"reply_id": reply_id, "previous": previous})
        row_id = reply_id if reply_id is not None else -mutation_id
        cols = ", ".join(_CANNED_COLUMNS)
        conn.execute(
            f"INSERT OR REPLACE INTO canned_replies ({cols}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (
                row_id,
                "personal",
                None,
                agent_id,
                change.shortcut,
                change.title,
                json.dumps(change.variants, ensure_ascii=False),
                time.time(),
            ),
        )
    return mutation_id, Changes(canned=frozenset({row_id}), outbox=True)


def queue_canned_delete(
    conn: sqlite3.Connection, reply_id: int, agent_id: int | None
) -> tuple[int, Changes]:
    """Queue deleting one of the agent's personal canned replies and hide it at once (its
    row is kept in ``undo`` for a reject). Raises ``ValueError`` for a shared reply,
    another agent's, one not cached, or one the server has not confirmed yet."""
    previous = _canned_row(conn, reply_id)
    if previous is None:
        raise ValueError(f"canned reply {reply_id} is not in the cache")
    if previous["scope"] != "personal" or previous["owner_id"] != agent_id:
        raise ValueError("only your own personal canned replies can be deleted")
    if reply_id < 0:
        raise ValueError("the server has not confirmed this reply yet; delete it once it has")
    change = CannedDeleteOp(id=reply_id)
    with sqlite_utils.Database(conn).atomic():
        mutation_id = _insert(conn, change, {"reply_id": reply_id, "previous": previous})
        conn.execute("DELETE FROM canned_replies WHERE id = ?", (reply_id,))
    return mutation_id, Changes(canned=frozenset({reply_id}), outbox=True)


def _canned_acknowledged(conn: sqlite3.Connection, mutation_id: int) -> set[int]:
    """A save was applied: its server copy arrived before the ack (and replaced the
    pending row by shortcut); a pending row still here (a duplicate ack) goes now."""
    gone = conn.execute("DELETE FROM canned_replies WHERE id = ?", (-mutation_id,))
    return {-mutation_id} if gone.rowcount else set()


def _undo_canned(conn: sqlite3.Connection, mutation_id: int, undo: dict[str, object]) -> set[int]:
    """Roll a refused save or delete back: drop the pending new row, or put back the row
    the change replaced or removed (unless the server has sent a newer copy since)."""
    touched = {-mutation_id}
    conn.execute("DELETE FROM canned_replies WHERE id = ?", (-mutation_id,))
    previous = undo.get("previous")
    current = _canned_row(conn, int(str(previous["id"]))) if isinstance(previous, dict) else None
    # Put it back only over our own optimistic state, never over a newer server copy.
    if isinstance(previous, dict) and (current is None or current["pending"]):
        cols = ", ".join(_CANNED_COLUMNS)
        conn.execute(
            f"INSERT OR REPLACE INTO canned_replies ({cols}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            tuple(previous[c] for c in _CANNED_COLUMNS),
        )
        touched.add(int(str(previous["id"])))
    return touched


def queue_complaint_change(
    conn: sqlite3.Connection, change: ComplaintOp, agent_id: int | None
) -> tuple[int, Changes]:
    """Queue a complaint or follow-up task op and show it at once
    (``desktop/store/outbox_complaints.py``); ``ValueError`` for one the cache refuses."""
    return outbox_complaints.queue(conn, _insert, change, agent_id)


def queue_customer_note(
    conn: sqlite3.Connection,
    customer_id: int,
    body: str,
    *,
    author_name: str,
    author_id: int | None = None,
) -> tuple[int, Changes]:
    """Queue a note about a customer, shown at once as pending
    (``desktop/store/outbox_customers.py``); ``ValueError`` for a body the protocol
    refuses."""
    return outbox_customers.queue_note(
        conn, _insert, customer_id, body, author_name=author_name, author_id=author_id
    )


def queue_customer_update(
    conn: sqlite3.Connection, change: CustomerUpdateOp
) -> tuple[int, Changes]:
    """Queue a change of a customer's profile (tags, consent, time zone, identities),
    shown at once in the cached row (``desktop/store/outbox_customers.py``)."""
    return outbox_customers.queue_update(conn, _insert, change)


def pending(conn: sqlite3.Connection) -> list[Mutation]:
    """Every queued mutation, oldest first: the order they must be sent in."""
    rows = conn.execute("SELECT mutation_id, payload FROM outbox ORDER BY mutation_id").fetchall()
    return [
        Mutation(mutation_id=int(mid), change=_op_adapter.validate_json(payload))
        for mid, payload in rows
    ]


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


def acknowledge(conn: sqlite3.Connection, up_to: int, *, only: int | None = None) -> Changes:
    """The server applied mutation ``only`` (or every mutation up to ``up_to``): drop them
    from the outbox. Pending copies of replies stay until the server's message arrives,
    unless it already has."""
    with sqlite_utils.Database(conn).atomic():
        if only is not None:
            rows = conn.execute(
                "SELECT mutation_id, conversation_id, op FROM outbox WHERE mutation_id = ?",
                (only,),
            ).fetchall()
        else:
            rows = conn.execute(
                "SELECT mutation_id, conversation_id, op FROM outbox WHERE mutation_id <= ?",
                (up_to,),
            ).fetchall()
        client = meta.client_id(conn)
        canned: set[int] = set()
        customers = Changes()
        complaints = Changes()
        for mutation_id, _conversation_id, op in rows:
            if op in outbox_complaints.COMPLAINT_OPS:  # before its undo leaves the outbox
                complaints = complaints.merge(outbox_complaints.acknowledged(conn, mutation_id, op))
            conn.execute("DELETE FROM outbox WHERE mutation_id = ?", (mutation_id,))
            if op == "canned.save":
                canned.update(_canned_acknowledged(conn, mutation_id))
                continue
            if op in outbox_customers.CUSTOMER_OPS:
                customers = customers.merge(outbox_customers.acknowledged(conn, mutation_id, op))
                continue
            ref = client_ref(client, mutation_id)
            delivered = conn.execute(
                "SELECT 1 FROM messages WHERE client_ref = ? AND id > 0", (ref,)
            ).fetchone()
            if delivered:
                conn.execute("DELETE FROM messages WHERE id = ?", (-mutation_id,))
        counter = meta.get_int(conn, meta.MUTATION_COUNTER)
        if up_to > counter:
            meta.put(conn, meta.MUTATION_COUNTER, up_to)
    return (
        Changes(
            messages_of=frozenset(int(c) for _, c, _op in rows if c is not None),
            canned=canned,
            outbox=bool(rows),
        )
        .merge(complaints)
        .merge(customers)
    )


def reject(conn: sqlite3.Connection, mutation_id: int, reason: str) -> Changes:
    """The server refused the mutation: undo its optimistic effect and say so."""
    with sqlite_utils.Database(conn).atomic():
        row = conn.execute(
            "SELECT op, conversation_id, undo FROM outbox WHERE mutation_id = ?", (mutation_id,)
        ).fetchone()
        if row is None:
            return Changes()
        op, conversation_id, undo_json = row
        conn.execute("DELETE FROM outbox WHERE mutation_id = ?", (mutation_id,))
        undo = json.loads(undo_json or "{}")
        if op == "reply":
            conn.execute("DELETE FROM messages WHERE id = ?", (-mutation_id,))
            kind = "reply_rejected"
            changed = Changes(messages_of=frozenset({conversation_id}), outbox=True)
        elif op in ("canned.save", "canned.delete"):
            kind = "canned_rejected"
            changed = Changes(canned=_undo_canned(conn, mutation_id, undo), outbox=True)
        elif op in outbox_customers.CUSTOMER_OPS:
            kind = "customer_rejected"
            changed = outbox_customers.rejected(conn, mutation_id, op, undo)
        elif op in outbox_complaints.COMPLAINT_OPS:
            kind = "complaint_rejected"
            changed = outbox_complaints.rejected(conn, mutation_id, undo)
        elif op == "vote":
            article_id = _undo_vote(conn, mutation_id, undo)
            kind = "vote_rejected"
            changed = Changes(articles=frozenset({article_id}), outbox=True)
        else:
            if undo.get("status"):
                conn.execute(
                    "UPDATE conversations SET status = ? WHERE id = ?",
                    (undo["status"], conversation_id),
                )
            kind = "status_rejected"
            changed = Changes(conversations=frozenset({conversation_id}), outbox=True)
    return changed.merge(Changes(notices=(Notice(kind, reason, conversation_id),)))
