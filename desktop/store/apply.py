"""Applying server events and snapshots to the cache, in one transaction per batch.

The hot path of the desk: events arrive in batches (a live frame or a replay batch of a
thousand) and are written with ``executemany`` upserts, one statement per entity kind, the
cursor committed in the same transaction. Upserts keyed by id make every apply idempotent.

Nothing here names a kind: the store declarations (``desktop/store/kinds/``) say each
kind's table, columns, hooks and the change it raises, and this module runs them all the
same way. Within a batch every upsert is written before any delete (a delete wins over an
upsert of the same id in the same batch), and the latest state of an id wins.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence

import sqlite_utils

from desktop.models.changes import Changes
from desktop.store import meta
from desktop.store.kinds import STORE_KIND_BY_NAME, STORE_KINDS, StoreKind
from protocol.entities import EntityBase
from protocol.frames import Event

Entity = EntityBase

# Derived views of the registry, for tests and scripts that fill a cache by hand.
_COLUMNS: dict[str, tuple[str, ...]] = {k.kind: k.columns for k in STORE_KINDS}
TABLES: dict[str, str] = {k.kind: k.table for k in STORE_KINDS}


def _write_entities(
    conn: sqlite3.Connection,
    entities: Iterable[Entity],
    deletes: Sequence[tuple[str, int]],
    *,
    reindex_all: bool = False,
) -> Changes:
    upserts: dict[StoreKind, dict[int, Entity]] = {}
    by_name = STORE_KIND_BY_NAME
    for entity in entities:
        kind = by_name[entity.kind]
        found = upserts.get(kind)
        if found is None:
            found = upserts[kind] = {}
        found[entity.id] = entity  # the latest state of an id wins
    deleted: dict[StoreKind, list[int]] = {}
    for name, entity_id in deletes:
        deleted.setdefault(by_name[name], []).append(entity_id)
    touched: dict[str, set[int]] = {}
    followers: list[Callable[[], None]] = []
    for kind in STORE_KINDS:
        if kind.follow is not None and (kind in upserts or kind in deleted or reindex_all):
            written = list(upserts.get(kind, {}).values())
            followers.append(kind.follow(conn, written, deleted.get(kind, []), reindex_all))
    for kind in STORE_KINDS:  # in declaration order: parents before children
        by_id = upserts.get(kind)
        if by_id is None:
            continue
        batch = list(by_id.values())
        if kind.before is not None:
            kind.before(conn, batch)
        conn.executemany(kind.upsert_sql, map(kind.row_of, batch))
        if kind.after is not None:
            kind.after(conn, batch)
        touched.setdefault(kind.topic, set()).update(map(kind.touched, batch))
    for name, entity_id in deletes:
        kind = by_name[name]
        touched.setdefault(kind.topic, set()).update(kind.remove(conn, entity_id))
    for follow in followers:
        follow()
    return Changes.of_topics(touched)


def apply_events(conn: sqlite3.Connection, events: Sequence[Event], upto: int) -> Changes:
    """Apply a batch and advance the cursor to ``upto``, atomically.

    The cursor never moves back: a re-sent older batch (after a ``pull``) re-applies
    idempotently without rewinding it. A delete of a kind this desk does not know is
    ignored.
    """
    entities: list[Entity] = []
    deletes: list[tuple[str, int]] = []
    for event in events:
        if event.op == "delete":
            if event.kind in STORE_KIND_BY_NAME:
                deletes.append((event.kind, event.id))
        elif event.data is not None:
            entities.append(event.data)
    with sqlite_utils.Database(conn).atomic():
        changes = _write_entities(conn, entities, deletes)
        if upto > meta.cursor(conn):
            meta.put(conn, meta.LAST_SEQ, upto)
    return changes


def advance_cursor(conn: sqlite3.Connection, seq: int) -> bool:
    """Move the cursor forward to ``seq`` (a heartbeat or caught-up said nothing visible
    happened before it). Returns whether it moved."""
    if seq <= meta.cursor(conn):
        return False
    meta.put(conn, meta.LAST_SEQ, seq)
    return True


def apply_snapshot(
    conn: sqlite3.Connection, entities: Sequence[Entity], seq: int, epoch: str
) -> Changes:
    """Replace the whole replica with a snapshot, atomically; the outbox and the desk's
    pending work survive (each declaration's ``replaced`` says which rows a snapshot
    replaces), and so do the desk-only favourites and recently viewed articles. Derived
    data (the search index) is rebuilt from the snapshot in the same transaction."""
    with sqlite_utils.Database(conn).atomic():
        for kind in STORE_KINDS:
            conn.execute(kind.replace_sql())
        _write_entities(conn, entities, (), reindex_all=True)
        meta.put(conn, meta.LAST_SEQ, seq)
        meta.put(conn, meta.EPOCH, epoch)
    return Changes(reset=True)
