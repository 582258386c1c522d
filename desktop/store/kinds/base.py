"""The shape of a store declaration: how one replicated kind lives in the desk's cache.

One :class:`StoreKind` per kind of :data:`protocol.entities.ENTITY_KINDS`, declared in its
domain's module beside this one and listed in :data:`desktop.store.kinds.STORE_KINDS`;
``desktop/store/apply.py`` runs every declaration the same way, so adding a kind touches no
code in the apply path. The defaults fit a plain table keyed by the entity's id; the hooks
are for the few kinds that keep something else in step (a pending reply replaced by the
server's copy, one vote per article, the search index).
"""

from __future__ import annotations

import operator
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from protocol.entities import EntityBase, kind_name

Row = tuple[object, ...]
Writes = Callable[[sqlite3.Connection, Sequence[Any]], None]
"""A hook run with one batch's upserted entities of a kind (latest state per id)."""
Delete = Callable[[sqlite3.Connection, int], Iterable[int]]
"""Deletes one entity by id; returns the ids it touched (in the kind's topic)."""
Follow = Callable[[sqlite3.Connection, Sequence[Any], Sequence[int], bool], Callable[[], None]]
"""Called before a batch's writes with (upserts, deleted ids, reindex_all); returns what
to run after them, e.g. to bring the search index in step with old and new rows."""


def _single(getter: Callable[[Any], object]) -> Callable[[Any], Row]:
    return lambda entity: (getter(entity),)


@dataclass(frozen=True, eq=False)  # identity: hashed per entity on the hot path
class StoreKind:
    """How one kind of replicated entity is cached and what change it raises.

    ``model``: the protocol model (its ``kind`` literal names the kind). ``table`` and
    ``columns``: the cache table (made by the schema migration ``migration`` names, e.g.
    ``"_v1"`` in ``desktop/store/schema.py``) and the columns an upsert writes, ``id``
    first. ``fixed``: columns an upsert sets to a constant SQL value (a vote from the
    server is never pending). ``topic``: the :class:`~desktop.models.changes.Changes`
    attribute its writes raise; ``touched`` picks the id that goes there (default: the
    entity's own id; a message raises its conversation's). ``row``: the values of
    ``columns`` (default: the model's attributes of those names). ``replaced``: the rows a
    snapshot replaces, as a ``WHERE`` condition (default: all; the desk's pending work
    survives). ``before``/``after``: hooks around the batch's upsert; ``delete`` replaces
    the plain ``DELETE ... WHERE id = ?``; ``follow`` keeps derived data in step.
    """

    model: type[EntityBase]
    table: str
    columns: tuple[str, ...]
    topic: str
    migration: str
    fixed: tuple[tuple[str, str], ...] = ()
    touched_by: str = "id"
    row: Callable[[Any], Row] | None = None
    replaced: str = ""
    before: Writes | None = None
    after: Writes | None = None
    delete: Delete | None = None
    follow: Follow | None = None
    kind: str = field(init=False)
    upsert_sql: str = field(init=False)
    row_of: Callable[[Any], Row] = field(init=False)
    touched: Callable[[Any], int] = field(init=False)

    def __post_init__(self) -> None:
        names = (*self.columns, *(name for name, _ in self.fixed))
        values = (*("?" for _ in self.columns), *(value for _, value in self.fixed))
        updates = ", ".join(f"{c} = excluded.{c}" for c in names if c != "id")
        sql = (
            f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({', '.join(values)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )
        # attrgetter builds the row tuple in C: the hot path of a replay of messages.
        if self.row is not None:
            row_of = self.row
        elif len(self.columns) == 1:
            row_of = _single(operator.attrgetter(self.columns[0]))
        else:
            row_of = operator.attrgetter(*self.columns)
        object.__setattr__(self, "kind", kind_name(self.model))
        object.__setattr__(self, "upsert_sql", sql)
        object.__setattr__(self, "row_of", row_of)
        object.__setattr__(self, "touched", operator.attrgetter(self.touched_by))

    def remove(self, conn: sqlite3.Connection, entity_id: int) -> Iterable[int]:
        """Delete one entity (the server said so); the ids it touched in ``topic``."""
        if self.delete is not None:
            return self.delete(conn, entity_id)
        conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (entity_id,))
        return (entity_id,)

    def replace_sql(self) -> str:
        """What a snapshot runs first: drop the replicated rows it replaces."""
        where = f" WHERE {self.replaced}" if self.replaced else ""
        return f"DELETE FROM {self.table}{where}"
