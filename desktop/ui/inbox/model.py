"""The inbox as a Qt item model over the cache: ids in memory, rows fetched lazily.

A desk may hold 100,000 conversations. The model keeps only the ordered ids and their sort
keys (``last_message_at``), read in one indexed query at start; rows are read from the
cache in blocks when the view paints them and kept in a bounded LRU. A :class:`Changes`
value refreshes just the ids it names: a conversation whose activity time changed moves
(``beginMoveRows``, so the selection follows it), a new one is inserted at its place, one
that left the filter or the cache is removed. Only a very large batch (a catch-up, a reset)
reloads the keys, and then keeps the selection through ``layoutChanged``.

SLA timers (when each open conversation's response is due) are read for every row in one
query at start and re-read for the ids a change names; the countdown is computed when a
row is painted, with the model's ``clock``, so a repaint once a second moves it without
touching the order. The "SLA at risk" filter keeps the rows whose timer is amber or red;
:meth:`InboxModel.tick` adds the ones that have become so as time passed.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
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
from desktop.store.reader import CacheReader
from desktop.store.readers.conversations import InboxFilter
from desktop.store.readers.sla import SlaTimer
from desktop.ui.inbox.sla import SlaShown, tooltip
from desktop.widgets.plain import display_text

BLOCK = 200
LRU_ROWS = 4_000
RELAYOUT_THRESHOLD = 2_000
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
QUEUE_ROLE = Qt.ItemDataRole.UserRole + 3
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 4
SLA_ROLE = Qt.ItemDataRole.UserRole + 5

Clock = Callable[[], float]

AnyIndex = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractListModel):
    """Conversations of the cache, most recent activity first.

    Roles: ``ROW_ROLE`` gives the :class:`ConversationRow`, ``ID_ROLE`` its id,
    ``QUEUE_ROLE`` its queue name, ``DRAFT_ROLE`` whether the agent has a draft in it,
    ``SLA_ROLE`` its response timer now (:class:`SlaShown`, or ``None`` when nothing is
    due), ToolTipRole what the timer means, DisplayRole the customer name.

    ``clock`` gives "now" in the server's seconds (``time.time`` unless injected: tests
    pass a fake clock).

    Signals:
        countChanged(int): the number of listed conversations changed.
    """

    countChanged = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self, reader: CacheReader, parent: QObject | None = None, *, clock: Clock = time.time
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.clock = clock
        self.filter = InboxFilter()
        self._sla: dict[int, SlaTimer] = {}
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
        if role in (ID_ROLE, DRAFT_ROLE, SLA_ROLE, Qt.ItemDataRole.ToolTipRole):
            return self._by_id(self._ids[index.row()], role)
        if role not in (ROW_ROLE, Qt.ItemDataRole.DisplayRole, QUEUE_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None or role == ROW_ROLE:
            return row
        if role == QUEUE_ROLE:
            return self._queues.get(row.queue_id, "")
        return display_text(row.customer_name)

    def _by_id(self, cid: int, role: int) -> int | bool | SlaShown | str | None:
        """The roles answered without reading the row."""
        if role == ID_ROLE:
            return cid
        if role == DRAFT_ROLE:
            return cid in self._drafts
        shown = self.sla_of(cid)
        if role == SLA_ROLE or shown is None:
            return shown
        return tooltip(shown)

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

    def sla_of(self, conversation_id: int) -> SlaShown | None:
        """The conversation's response timer at the clock's now (``None``: nothing due)."""
        timer = self._sla.get(conversation_id)
        if timer is None:
            return None
        now = self.clock()
        return SlaShown(timer.left(now), timer.level(now), timer.first)

    def has_timers(self) -> bool:
        """Whether any conversation has a running timer (the view ticks only then)."""
        return bool(self._sla)

    def at_risk_count(self) -> int:
        """Conversations whose response is at risk or overdue now."""
        now = self.clock()
        return sum(1 for timer in self._sla.values() if timer.level(now) != "ok")

    def tick(self) -> None:
        """Time passed: with the "SLA at risk" filter on, list the conversations whose
        timer has turned amber since (no row moves: each goes to its place by activity)."""
        if not self.filter.sla_at_risk:
            return
        now = self.clock()
        newly = [
            cid
            for cid, timer in self._sla.items()
            if cid not in self._time_of and timer.level(now) != "ok"
        ]
        if not newly:
            return
        before = len(self._ids)
        fresh = self.reader.conversations(sorted(newly))
        for cid in newly:
            self._refresh_one(cid, fresh.get(cid))
        if len(self._ids) != before:
            self.countChanged.emit(len(self._ids))

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
        self._sla = self.reader.sla_timers()
        self._rows.clear()
        self._set_keys(*self._keys())
        self.endResetModel()
        self.countChanged.emit(len(self._ids))

    def on_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` names, and nothing else."""
        if changes.reset:
            self._queues = self.reader.queue_names()
            self._drafts = self.reader.draft_ids()
            self._sla = self.reader.sla_timers()
            self._relayout()
            return
        if changes.drafts:
            self._drafts_changed(changes.drafts)
        if changes.queues:
            self._queues = self.reader.queue_names()
            self._all_changed()
        if changes.queue_routing:  # targets changed: every timer may have
            self._sla = self.reader.sla_timers()
            if self.filter.sla_at_risk:
                self._relayout()
                return
            self._all_changed()
        timed = changes.conversations | changes.messages_of
        if len(timed) > RELAYOUT_THRESHOLD:
            self._sla = self.reader.sla_timers()
            self._relayout()
            return
        if timed:
            self._timers_changed(timed)
        # With the at-risk filter a message alone (a reply) may take a row in or out.
        listed = timed if self.filter.sla_at_risk else changes.conversations
        if not listed:
            return
        before = len(self._ids)
        fresh = self.reader.conversations(sorted(listed))
        for cid in listed:
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

    def _timers_changed(self, ids: frozenset[int]) -> None:
        """Re-read the timers of ``ids``; repaint the listed rows whose timer changed."""
        fresh = self.reader.sla_timers(ids)
        for cid in ids:
            timer = fresh.get(cid)
            if timer == self._sla.get(cid):
                continue
            if timer is None:
                del self._sla[cid]
            else:
                self._sla[cid] = timer
            row = self.row_of(cid)
            if row is not None:
                changed = self.index(row)
                self.dataChanged.emit(changed, changed, [SLA_ROLE])

    def _matches(self, row: ConversationRow) -> bool:
        if not self.filter.matches(row):
            return False
        if not self.filter.sla_at_risk:
            return True
        shown = self.sla_of(row.id)
        return shown is not None and shown.at_risk

    def _keys(self) -> tuple[list[int], list[float]]:
        """The listed ids and their activity times, newest first."""
        ids, times = self.reader.inbox_keys(self.filter)
        if not self.filter.sla_at_risk:
            return ids, times
        now = self.clock()
        risky = {cid for cid, timer in self._sla.items() if timer.level(now) != "ok"}
        kept = [(cid, at) for cid, at in zip(ids, times, strict=True) if cid in risky]
        return [cid for cid, _ in kept], [at for _, at in kept]

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
        if row is None or not self._matches(row):
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
        self._set_keys(*self._keys())
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
