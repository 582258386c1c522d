"""The inbox as a Qt item model over the cache: ids in memory, rows fetched lazily.

A desk may hold 100,000 conversations. The model keeps only the ordered ids and their sort
keys (``last_message_at``), read in one indexed query at start; rows are read from the
cache in blocks when the view paints them and kept in a bounded LRU. A :class:`Changes`
value refreshes just the ids it names: a conversation whose activity time changed moves
(``beginMoveRows``, so the selection follows it), a new one is inserted at its place, one
that left the filter or the cache is removed. Only a very large batch (a catch-up, a reset)
reloads the keys, and then keeps the selection through ``layoutChanged``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.models.changes import Changes
from desktop.models.rows import ConversationRow
from desktop.store.readers.conversations import ConversationReads, InboxFilter
from desktop.widgets.plain import display_text

BLOCK = 200
LRU_ROWS = 4_000
RELAYOUT_THRESHOLD = 2_000
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
QUEUE_ROLE = Qt.ItemDataRole.UserRole + 3
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 4

AnyIndex = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractListModel):
    """Conversations of the cache, most recent activity first.

    Roles: ``ROW_ROLE`` gives the :class:`ConversationRow`, ``ID_ROLE`` its id,
    ``QUEUE_ROLE`` its queue name, ``DRAFT_ROLE`` whether the agent has a draft in it,
    DisplayRole the customer name.

    Signals:
        countChanged(int): the number of listed conversations changed.
    """

    countChanged = Signal(int)  # noqa: N815 - Qt naming

    def __init__(self, reader: ConversationReads, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.filter = InboxFilter()
        self._ids: list[int] = []
        self._times: list[float] = []
        self._time_of: dict[int, float] = {}
        self._rows: OrderedDict[int, ConversationRow] = OrderedDict()
        self._queues: dict[int, str] = {}
        self._drafts: set[int] = set()  # conversations with a draft (a small table)
        self.blocks_loaded = 0  # how many block reads happened (tests and benchmarks)
        self.reload()

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role in (ID_ROLE, DRAFT_ROLE):
            cid = self._ids[index.row()]
            return cid if role == ID_ROLE else cid in self._drafts
        if role not in (ROW_ROLE, Qt.ItemDataRole.DisplayRole, QUEUE_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None or role == ROW_ROLE:
            return row
        if role == QUEUE_ROLE:
            return self._queues.get(row.queue_id, "")
        return display_text(row.customer_name)

    # ------------------------------------------------------------------ public API

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, conversation_id: int) -> int | None:
        """The row showing ``conversation_id``, found by binary search on its key."""
        at = self._time_of.get(conversation_id)
        if at is None:
            return None
        pos = self._insertion_point(at, conversation_id)
        if pos < len(self._ids) and self._ids[pos] == conversation_id:
            return pos
        return None

    def row_at(self, row: int) -> ConversationRow | None:
        cid = self._ids[row]
        found = self._rows.get(cid)
        if found is not None:
            self._rows.move_to_end(cid)
            return found
        self._load_block(row // BLOCK)
        return self._rows.get(cid)

    def queue_name(self, queue_id: int) -> str:
        return self._queues.get(queue_id, "")

    def has_draft(self, conversation_id: int) -> bool:
        return conversation_id in self._drafts

    def cached_rows(self) -> int:
        return len(self._rows)

    def set_filter(self, flt: InboxFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self._relayout()

    def reload(self) -> None:
        """Read everything again (start, reset); the selection is lost."""
        self.beginResetModel()
        self._queues = self.reader.queue_names()
        self._drafts = self.reader.draft_ids()
        self._rows.clear()
        self._set_keys(*self.reader.inbox_keys(self.filter))
        self.endResetModel()
        self.countChanged.emit(len(self._ids))

    def on_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` names, and nothing else."""
        if changes.reset:
            self._queues = self.reader.queue_names()
            self._drafts = self.reader.draft_ids()
            self._relayout()
            return
        if changes.drafts:
            self._drafts_changed(changes.drafts)
        if changes.queues:
            self._queues = self.reader.queue_names()
            self._all_changed()
        if not changes.conversations:
            return
        if len(changes.conversations) > RELAYOUT_THRESHOLD:
            self._relayout()
            return
        before = len(self._ids)
        fresh = self.reader.conversations(sorted(changes.conversations))
        for cid in changes.conversations:
            self._refresh_one(cid, fresh.get(cid))
        if len(self._ids) != before:
            self.countChanged.emit(len(self._ids))

    # ------------------------------------------------------------------ internals

    def _drafts_changed(self, ids: frozenset[int]) -> None:
        """Re-read whether ``ids`` have drafts; repaint the rows whose marker changed."""
        present = self.reader.draft_ids(ids)
        for cid in ids:
            had = cid in self._drafts
            if (cid in present) == had:
                continue
            if had:
                self._drafts.discard(cid)
            else:
                self._drafts.add(cid)
            row = self.row_of(cid)
            if row is not None:
                changed = self.index(row)
                self.dataChanged.emit(changed, changed, [DRAFT_ROLE])

    def _set_keys(self, ids: list[int], times: list[float]) -> None:
        self._ids, self._times = ids, times
        self._time_of = dict(zip(ids, times, strict=True))

    def _insertion_point(self, at: float, cid: int) -> int:
        """First row whose key sorts after ``(at, cid)`` in newest-first order."""
        lo, hi = 0, len(self._ids)
        times, ids = self._times, self._ids
        while lo < hi:
            mid = (lo + hi) // 2
            if (times[mid], ids[mid]) > (at, cid):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _load_block(self, block: int) -> None:
        start = block * BLOCK
        ids = self._ids[start : start + BLOCK]
        found = self.reader.conversations(ids)
        self.blocks_loaded += 1
        for cid in ids:
            row = found.get(cid)
            if row is not None:
                self._remember(row)
        while len(self._rows) > LRU_ROWS:
            self._rows.popitem(last=False)

    def _remember(self, row: ConversationRow) -> None:
        self._rows[row.id] = row
        self._rows.move_to_end(row.id)

    def _refresh_one(self, cid: int, row: ConversationRow | None) -> None:
        self._rows.pop(cid, None)
        old = self.row_of(cid)
        if row is None or not self.filter.matches(row):
            if old is not None:
                self.beginRemoveRows(QModelIndex(), old, old)
                self._delete(old)
                self.endRemoveRows()
            return
        self._remember(row)
        at = row.last_message_at
        dest = self._insertion_point(at, cid)
        if old is None:
            self.beginInsertRows(QModelIndex(), dest, dest)
            self._insert(dest, cid, at)
            self.endInsertRows()
            return
        if dest in (old, old + 1):
            self._times[old] = at
            self._time_of[cid] = at
            changed = self.index(old)
            self.dataChanged.emit(changed, changed)
            return
        self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), dest)
        self._delete(old)
        self._insert(dest - 1 if dest > old else dest, cid, at)
        self.endMoveRows()

    def _delete(self, row: int) -> None:
        cid = self._ids.pop(row)
        del self._times[row]
        self._time_of.pop(cid, None)

    def _insert(self, row: int, cid: int, at: float) -> None:
        self._ids.insert(row, cid)
        self._times.insert(row, at)
        self._time_of[cid] = at

    def _relayout(self) -> None:
        """Re-read the keys, keeping persistent indexes (the selection) on their ids."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in persistent]
        self._rows.clear()
        count = len(self._ids)
        self._set_keys(*self.reader.inbox_keys(self.filter))
        moved: list[QModelIndex] = []
        for cid in kept:
            row = self.row_of(cid) if cid is not None else None
            moved.append(self.index(row) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        if count != len(self._ids):
            self.countChanged.emit(len(self._ids))

    def _all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))


def ids_in(model: InboxModel, rows: Iterable[int]) -> list[int]:
    """The ids shown at ``rows`` (tests read the order through this)."""
    return [model.id_at(r) for r in rows]
