"""The customer ops of the outbox (issue 10): a note about a customer and a change of
their profile, queued and shown at once like every outbox change.

``desktop/store/outbox.py`` owns the queue (ids, ack, reject) and calls in here for these
two ops, so the customer's rules stay beside each other and the outbox module stays
small. A note shows at once as a pending row (id ``-mutation_id``) that the ack drops,
since the server's copy, which arrives before the ack, has its own id. An update changes
the cached customer row at once; the row as it was is kept in ``undo`` for a refusal.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from typing import Any

import sqlite_utils

from desktop.models.changes import Changes
from protocol.kinds.customers import CustomerNoteOp, CustomerUpdateOp

CUSTOMER_OPS = frozenset({"customer.note", "customer.update"})
Insert = Callable[[sqlite3.Connection, Any, dict[str, object]], int]
"""``outbox._insert``: writes the op into the outbox, returns its mutation id."""

_COLUMNS = (
    "name",
    "language",
    "timezone",
    "tags",
    "consent_email",
    "consent_phone",
    "consent_marketing",
    "identities",
)


def queue_note(
    conn: sqlite3.Connection,
    insert: Insert,
    customer_id: int,
    body: str,
    *,
    author_name: str,
    author_id: int | None = None,
) -> tuple[int, Changes]:
    """Queue a note about a customer and show it at once, pending. Raises
    ``ValueError`` (pydantic's) for a body the protocol refuses (empty, over 5,000
    characters), before anything is written."""
    change = CustomerNoteOp(customer_id=customer_id, body=body)
    with sqlite_utils.Database(conn).atomic():
        mutation_id = insert(conn, change, {"customer_id": customer_id})
        conn.execute(
            "INSERT INTO customer_notes (id, customer_id, author_id, author_name, body,"
            " created_at, pending) VALUES (?, ?, ?, ?, ?, ?, 1)",
            (-mutation_id, customer_id, author_id, author_name, change.body, time.time()),
        )
    return mutation_id, Changes(customer_notes=frozenset({customer_id}), outbox=True)


def queue_update(
    conn: sqlite3.Connection, insert: Insert, change: CustomerUpdateOp
) -> tuple[int, Changes]:
    """Queue a change of a customer's profile and show it at once in the cached row (a
    customer not in the cache is only queued)."""
    cols = ", ".join(_COLUMNS)
    found = conn.execute(
        f"SELECT {cols} FROM customers WHERE id = ?", (change.customer_id,)
    ).fetchone()
    previous = dict(zip(_COLUMNS, found, strict=True)) if found else None
    with sqlite_utils.Database(conn).atomic():
        undo: dict[str, object] = {"customer_id": change.customer_id, "previous": previous}
        mutation_id = insert(conn, change, undo)
        if previous is not None:
            _write(conn, change.customer_id, _updated(previous, change))
    return mutation_id, Changes(customers=frozenset({change.customer_id}), outbox=True)


def _updated(previous: dict[str, object], change: CustomerUpdateOp) -> dict[str, object]:
    row = dict(previous)
    if change.name is not None:
        row["name"] = change.name
    if change.language is not None:
        row["language"] = change.language
    if change.timezone is not None:
        row["timezone"] = change.timezone
    if change.tags is not None:
        row["tags"] = json.dumps(change.tags, ensure_ascii=False)
    if change.consent is not None:
        row["consent_email"] = int(change.consent.email)
        row["consent_phone"] = int(change.consent.phone)
        row["consent_marketing"] = int(change.consent.marketing)
    if change.add_identities or change.remove_identities:
        row["identities"] = _identities(previous["identities"], change)
    return row


def _identities(text: object, change: CustomerUpdateOp) -> str:
    """The identities JSON with ``change``'s removals, then additions (no duplicates)."""
    try:
        items = json.loads(text) if isinstance(text, str) and text else []
    except ValueError:
        items = []
    removed = {(i.type, i.value) for i in change.remove_identities}
    kept = [
        i
        for i in (items if isinstance(items, list) else [])
        if isinstance(i, dict) and (i.get("type"), i.get("value")) not in removed
    ]
    have = {(i.get("type"), i.get("value")) for i in kept}
    for identity in change.add_identities:
        if (identity.type, identity.value) not in have:
            kept.append(identity.model_dump())
            have.add((identity.type, identity.value))
    return json.dumps(kept, ensure_ascii=False)


def _write(conn: sqlite3.Connection, customer_id: int, row: dict[str, object]) -> None:
    sets = ", ".join(f"{c} = ?" for c in _COLUMNS)
    conn.execute(
        f"UPDATE customers SET {sets} WHERE id = ?",
        (*(row.get(c) for c in _COLUMNS), customer_id),
    )


def acknowledged(conn: sqlite3.Connection, mutation_id: int, op: str) -> Changes:
    """The server applied the op (its copies arrived before the ack): a pending note's
    row goes; an update has nothing left to do."""
    if op != "customer.note":
        return Changes()
    found = conn.execute(
        "SELECT customer_id FROM customer_notes WHERE id = ?", (-mutation_id,)
    ).fetchone()
    conn.execute("DELETE FROM customer_notes WHERE id = ?", (-mutation_id,))
    return Changes(customer_notes=frozenset({int(found[0])}) if found else frozenset())


def rejected(
    conn: sqlite3.Connection, mutation_id: int, op: str, undo: dict[str, object]
) -> Changes:
    """The server refused: drop the pending note, or put the customer's row back as it
    was before the update."""
    customer_id = int(str(undo.get("customer_id") or 0))
    if op == "customer.note":
        conn.execute("DELETE FROM customer_notes WHERE id = ?", (-mutation_id,))
        return Changes(customer_notes=frozenset({customer_id}), outbox=True)
    previous = undo.get("previous")
    if isinstance(previous, dict):
        _write(conn, customer_id, previous)
    return Changes(customers=frozenset({customer_id}), outbox=True)
