"""The inbox as a Qt item model over the cache: ids in memory, rows fetched lazily.

A desk may hold 100,000 conversations. The model keeps only the ordered ids and their sort
keys (:func:`desktop.ui.inbox.state.sort_key`: activity, waiting time or SLA), read in one
indexed query per view; rows are read from the cache in blocks when the view paints them
and kept in a bounded LRU. A :class:`Changes` value refreshes just the ids it names.

**A calm list.** While the agent interacts with the list (the page says so through
:meth:`InboxModel.set_interacting`) the order is frozen: a changed row is repainted where
it is (text, countdown, draft marker), a conversation that should move, arrive or leave is
written into a pending diff instead, and a row that left is greyed (``GONE_ROLE``) rather
than pulled from under the pointer. ``pendingChanged`` says how many new conversations
wait ("3 new"); :meth:`InboxModel.merge_pending` applies the diff (the agent asks, or the
interaction ends). When nobody interacts, changes merge at once. The selected
conversation (:meth:`InboxModel.keep`) is never removed by a merge: it stays, greyed,
until the agent moves on. Because the frozen rows keep the keys they were placed with,
binary search still finds them, and the pending keys are the truth the merge applies.

A very large batch (a catch-up, a reset) reloads the keys in one ``layoutChanged``.

SLA timers are read for every row at start, then for the ids a change names; countdowns
are computed at paint time with the model's ``clock`` (a repaint a second moves no row);
"SLA at risk" keeps amber and red rows, :meth:`InboxModel.tick` adds newly amber ones.
Mentions are read once when the agent is known, then for the conversations that changed.
"""

from __future__ import annotations

import bisect
import time
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
from desktop.ui.inbox.rowcache import BLOCK, RowCache
from desktop.ui.inbox.sla import SlaShown, tooltip
from desktop.ui.inbox.state import InboxAgent, InboxChoice, Key, sort_key
from desktop.widgets.plain import display_text

RELAYOUT_THRESHOLD = 2_000
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
QUEUE_ROLE = Qt.ItemDataRole.UserRole + 3
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 4
SLA_ROLE = Qt.ItemDataRole.UserRole + 5
GONE_ROLE = Qt.ItemDataRole.UserRole + 6

Clock = Callable[[], float]

AnyIndex = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractListModel):
    """Conversations of the cache in the chosen view, filters and order.

    Roles: ``ROW_ROLE`` (the :class:`ConversationRow`), ``ID_ROLE``, ``QUEUE_ROLE`` (its
    queue's name), ``DRAFT_ROLE`` (the agent has a draft in it), ``SLA_ROLE`` (its timer
    now, :class:`SlaShown` or ``None``), ``GONE_ROLE`` (it left the list and waits for the
    merge to go), ToolTipRole (what the timer means), DisplayRole (the customer's name).
    ``clock`` gives "now" in server seconds (tests pass a fake clock).

    Signals:
        countChanged(int): the number of listed conversations changed.
        pendingChanged(int): new conversations waiting for a merge ("3 new"), emitted
            when that number, or whether anything waits, changes.
        viewCountsChanged(): the views' counts may have changed (:meth:`view_counts`).
        aboutToMerge(), merged(): around rows moving, arriving or leaving (the list keeps
            the selected row where the agent sees it).
    """

    countChanged = Signal(int)  # noqa: N815 - Qt naming
    pendingChanged = Signal(int)  # noqa: N815 - Qt naming
    viewCountsChanged = Signal()  # noqa: N815 - Qt naming
    aboutToMerge = Signal()  # noqa: N815 - Qt naming
    merged = Signal()

    def __init__(
        self, reader: CacheReader, parent: QObject | None = None, *, clock: Clock = time.time
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.clock = clock
        self.choice = InboxChoice()
        self.agent = InboxAgent()
        self.filter = InboxFilter()
        self._sla: dict[int, SlaTimer] = {}
        self._ids: list[int] = []
        self._keys: list[Key] = []
        self._key_of: dict[int, Key] = {}
        self._rows = RowCache(reader)
        self._queues: dict[int, str] = {}
        self._drafts: set[int] = set()  # conversations with a draft (a small table)
        self._mentions: dict[int, float] = {}  # conversation -> newest note naming the agent
        self._pending: dict[int, Key | None] = {}  # where a row should be (None: gone)
        self._gone_rows: dict[int, ConversationRow] = {}  # last look of rows that left
        self._frozen = False
        self._kept: int | None = None
        self._announced = (0, False)
        self.reload()

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role in (ID_ROLE, DRAFT_ROLE, SLA_ROLE, GONE_ROLE, Qt.ItemDataRole.ToolTipRole):
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
        if role == GONE_ROLE:
            return self.is_gone(cid)
        shown = self.sla_of(cid)
        if role == SLA_ROLE or shown is None:
            return shown
        return tooltip(shown)

    # ------------------------------------------------------------------ public API

    @property
    def sort_by(self) -> str:
        return self.choice.sort

    @property
    def interacting(self) -> bool:
        return self._frozen

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, conversation_id: int) -> int | None:
        """The row showing ``conversation_id``, found by binary search on its key."""
        key = self._key_of.get(conversation_id)
        if key is None:
            return None
        pos = bisect.bisect_left(self._keys, key)
        if pos < len(self._ids) and self._ids[pos] == conversation_id:
            return pos
        return None

    def row_at(self, row: int) -> ConversationRow | None:
        cid = self._ids[row]
        found = self._rows.get(cid)
        if found is not None:
            return found
        gone = self._gone_rows.get(cid)
        if gone is not None:
            return gone
        self._load_block(row // BLOCK)
        return self._rows.get(cid)

    def queue_name(self, queue_id: int) -> str:
        return self._queues.get(queue_id, "")

    def queue_names(self) -> dict[int, str]:
        return dict(self._queues)

    def has_draft(self, conversation_id: int) -> bool:
        return conversation_id in self._drafts

    def is_gone(self, conversation_id: int) -> bool:
        """Whether the row has left the list and stays only until the merge (greyed)."""
        return (
            conversation_id in self._pending
            and self._pending[conversation_id] is None
            and conversation_id in self._key_of
        )

    def pending_new(self) -> int:
        """New conversations waiting for the merge (the "N new" bar)."""
        return sum(1 for cid, key in self._pending.items() if key and cid not in self._key_of)

    def has_pending(self) -> bool:
        """Whether a merge would change the list (arrivals, moves or departures)."""
        return any(cid != self._kept or key is not None for cid, key in self._pending.items())

    def mentioned(self) -> dict[int, float]:
        """Conversations whose notes mention the agent, with the newest such note's time."""
        return dict(self._mentions)

    def view_counts(self) -> dict[str, int]:
        """Conversations in each view (``mine``, ``unassigned``, ``all``, ``mentions``)
        without the other filters: three indexed counts and the mentions kept here."""
        counts = self.reader.view_counts(self.agent.agent_id, self.agent.queue_ids)
        if self.agent.agent_id is None:
            counts["mine"] = 0
        counts["mentions"] = len(self._mentions)
        return counts

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
        timer has turned amber since (no row moves: each goes to its place, or waits for
        the merge while the agent interacts)."""
        if not self.filter.sla_at_risk:
            return
        now = self.clock()
        newly = [
            cid
            for cid, timer in self._sla.items()
            if cid not in self._key_of and cid not in self._pending and timer.level(now) != "ok"
        ]
        if not newly:
            return
        self._refresh(set(newly))

    def cached_rows(self) -> int:
        return len(self._rows)

    @property
    def blocks_loaded(self) -> int:
        """How many block reads happened (tests and benchmarks)."""
        return self._rows.blocks_loaded

    def set_choice(self, choice: InboxChoice) -> None:
        """The agent chose a view, filter or sort: the list is rebuilt at once (their
        own action, so nothing moves unexpectedly), keeping the selection."""
        if choice != self.choice:
            self.choice = choice
            self._apply_filter()

    def set_filter(self, flt: InboxFilter) -> None:
        """The filter part of :meth:`set_choice` (the sort stays)."""
        self.set_choice(
            InboxChoice(
                view=flt.view,
                statuses=flt.statuses,
                channel=flt.channel,
                queue_id=flt.queue_id,
                language=flt.language,
                sla_at_risk=flt.sla_at_risk,
                sort=self.choice.sort,
            )
        )

    def set_agent(self, agent: InboxAgent) -> None:
        """Who is signed in: Mine, Unassigned, All and Mentions follow."""
        if agent == self.agent:
            return
        handles_changed = agent.handles != self.agent.handles
        self.agent = agent
        if handles_changed:
            self._mentions = self.reader.mentions(agent.handles) if agent.handles else {}
        self._apply_filter()
        self.viewCountsChanged.emit()

    def set_interacting(self, interacting: bool) -> None:
        """The page says the agent started or stopped interacting with the list: while
        they do, rows stay put; when they stop, what waits is merged."""
        if interacting == self._frozen:
            return
        self._frozen = interacting
        if not interacting:
            self.merge_pending()

    def keep(self, conversation_id: int | None) -> None:
        """The selected conversation: a merge never removes it. When the selection moves
        on, the row it leaves goes if it had left the list (at once unless frozen)."""
        previous, self._kept = self._kept, conversation_id
        if previous is None or previous == conversation_id or self._frozen:
            return
        if previous in self._pending and self._pending[previous] is None:
            before = len(self._ids)
            del self._pending[previous]
            self._place(previous, None)
            self._after(before)

    def merge_pending(self) -> None:
        """Apply what waits: new rows in, moved rows to their place, gone rows out (all
        but the selected one)."""
        if not self.has_pending():
            return
        before = len(self._ids)
        self.aboutToMerge.emit()
        if len(self._pending) > RELAYOUT_THRESHOLD:
            self._pending.clear()
            self._gone_rows.clear()
            self._relayout()
        else:
            for cid, key in list(self._pending.items()):
                if key is None and cid == self._kept and cid in self._key_of:
                    continue
                del self._pending[cid]
                self._place(cid, key)
        self.merged.emit()
        self._after(before)

    def reload(self) -> None:
        """Read everything again (start, reset); the selection is lost."""
        self.beginResetModel()
        self._queues = self.reader.queue_names()
        self._drafts = self.reader.draft_ids()
        self._sla = self.reader.sla_timers()
        self._rows.clear()
        self._pending.clear()
        self._gone_rows.clear()
        self._set_keys(*self._read_keys())
        self.endResetModel()
        self.countChanged.emit(len(self._ids))
        self._announce()

    def on_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` names, and nothing else."""
        if changes.reset:
            self._reread_all()
            return
        if changes.drafts:
            self._drafts_changed(changes.drafts)
        if changes.queues:
            self._queues = self.reader.queue_names()
            self._all_changed()
        if changes.queue_routing:  # targets changed: every timer may have
            self._sla = self.reader.sla_timers()
            if self.filter.sla_at_risk or self.sort_by != "activity":
                self._relayout()
                return
            self._all_changed()
        timed = changes.conversations | changes.messages_of
        if len(timed) > RELAYOUT_THRESHOLD:
            self._reread_all()  # a catch-up: one relayout, not thousands of moves
            return
        if timed:
            self._timers_changed(timed)
        mentioned = self._mentions_changed(changes.messages_of)
        # With the at-risk filter or a timed order a message alone (a reply) may move a row
        # or take it in or out; in Mentions a note may.
        listed = set(changes.conversations)
        if self.filter.sla_at_risk or self.sort_by != "activity":
            listed |= timed
        if self.filter.view == "mentions":
            listed |= mentioned
        if listed:
            self._refresh(listed)
        if changes.conversations or mentioned:
            self.viewCountsChanged.emit()

    # ------------------------------------------------------------------ internals

    def _reread_all(self) -> None:
        """A reset or a catch-up: every key, timer and mention again, in one relayout
        that keeps the selection."""
        self._queues = self.reader.queue_names()
        self._drafts = self.reader.draft_ids()
        self._sla = self.reader.sla_timers()
        handles = self.agent.handles
        self._mentions = self.reader.mentions(handles) if handles else {}
        self._pending.clear()
        self._gone_rows.clear()
        self._relayout()
        self._announce()
        self.viewCountsChanged.emit()

    def _apply_filter(self) -> None:
        self.filter = self.choice.filter(self.agent.agent_id, self.agent.queue_ids)
        self._pending.clear()
        self._gone_rows.clear()
        self._relayout()
        self._announce()

    def _refresh(self, ids: set[int]) -> None:
        """Re-read ``ids`` and place each; unless frozen, rows may move, so the view is
        told (``aboutToMerge``/``merged``) to keep the selected row still on screen."""
        before = len(self._ids)
        fresh = self.reader.conversations(sorted(ids))
        if not self._frozen:
            self.aboutToMerge.emit()
        for cid in ids:
            self._refresh_one(cid, fresh.get(cid))
        if not self._frozen:
            self.merged.emit()
        self._after(before)

    def _after(self, before: int) -> None:
        if len(self._ids) != before:
            self.countChanged.emit(len(self._ids))
        self._announce()

    def _announce(self) -> None:
        """Say how many new rows wait, when that (or whether anything waits) changed."""
        now = (self.pending_new(), self.has_pending())
        if now != self._announced:
            self._announced = now
            self.pendingChanged.emit(now[0])

    def _mentions_changed(self, ids: frozenset[int]) -> set[int]:
        """Re-read the mentions in ``ids``' notes; the ids whose mention changed."""
        handles = self.agent.handles
        if not ids or not handles:
            return set()
        fresh = self.reader.mentions(handles, ids)
        changed: set[int] = set()
        for cid in ids:
            at = fresh.get(cid)
            if at != self._mentions.get(cid):
                changed.add(cid)
                self._mentions.pop(cid, None)
                if at is not None:
                    self._mentions[cid] = at
        return changed

    def _drafts_changed(self, ids: frozenset[int]) -> None:
        """Re-read whether ``ids`` have drafts; repaint the rows whose marker changed."""
        present = self.reader.draft_ids(ids)
        for cid in ids:
            if (cid in present) != (cid in self._drafts):
                self._drafts ^= {cid}
                self._repaint(cid, [DRAFT_ROLE])

    def _timers_changed(self, ids: frozenset[int]) -> None:
        """Re-read the timers of ``ids``; repaint the listed rows whose timer changed."""
        fresh = self.reader.sla_timers(ids)
        for cid in ids:
            timer = fresh.get(cid)
            if timer != self._sla.get(cid):
                self._sla.pop(cid, None)
                if timer is not None:
                    self._sla[cid] = timer
                self._repaint(cid, [SLA_ROLE])

    def _repaint(self, cid: int, roles: list[int] | None = None) -> None:
        row = self.row_of(cid)
        if row is not None:
            changed = self.index(row)
            self.dataChanged.emit(changed, changed, roles or [])

    def _matches(self, row: ConversationRow) -> bool:
        if not self.filter.matches(row):
            return False
        if self.filter.view == "mentions" and row.id not in self._mentions:
            return False
        if not self.filter.sla_at_risk:
            return True
        shown = self.sla_of(row.id)
        return shown is not None and shown.at_risk

    def _key(self, cid: int, at: float) -> Key:
        if self.filter.view == "mentions":
            at = self._mentions.get(cid, at)
        return sort_key(self.sort_by, cid, at, self._sla.get(cid))

    def _read_keys(self) -> tuple[list[int], list[Key]]:
        """The listed ids and their keys, in the chosen order."""
        ids, times = self.reader.inbox_keys(self.filter)
        pairs: Iterable[tuple[int, float]] = zip(ids, times, strict=True)
        if self.filter.view == "mentions":
            pairs = [(cid, at) for cid, at in pairs if cid in self._mentions]
        if self.filter.sla_at_risk:
            now = self.clock()
            risky = {cid for cid, timer in self._sla.items() if timer.level(now) != "ok"}
            pairs = [(cid, at) for cid, at in pairs if cid in risky]
        if self.filter.view == "mentions":  # ordered by the newest mention
            pairs = [(cid, self._mentions[cid]) for cid, _ in pairs]
        sort, timers = self.sort_by, self._sla
        if sort == "activity":  # 100,000 keys: the tuple inline, not a call per row
            keys = [(0.0, -at, -cid) for cid, at in pairs]
        else:
            keys = [sort_key(sort, cid, at, timers.get(cid)) for cid, at in pairs]
        if sort != "activity" or self.filter.view == "mentions":
            keys.sort()  # the reader gives activity order; the others sort here
        return [-key[2] for key in keys], keys

    def _set_keys(self, ids: list[int], keys: list[Key]) -> None:
        self._ids, self._keys = ids, keys
        self._key_of = dict(zip(ids, keys, strict=True))

    def _load_block(self, block: int) -> None:
        start = block * BLOCK
        self._rows.load(self._ids[start : start + BLOCK])

    def _refresh_one(self, cid: int, row: ConversationRow | None) -> None:
        """Where ``cid`` belongs now (``row`` is its fresh header, ``None`` if deleted)."""
        old = self._rows.pop(cid)
        if row is None or not self._matches(row):
            last_look = row or old or self._gone_rows.get(cid)
            if cid in self._key_of and last_look is not None:
                self._gone_rows[cid] = last_look
            self._want(cid, None)
            return
        self._gone_rows.pop(cid, None)
        self._rows.remember(row)
        self._want(cid, self._key(cid, row.last_message_at))

    def _want(self, cid: int, key: Key | None) -> None:
        """Place ``cid`` at ``key`` (``None``: out), or note it for the merge while the
        list is frozen or the row is the selected one leaving."""
        listed = self._key_of.get(cid)
        holding = self._frozen or (key is None and cid == self._kept and listed is not None)
        if not holding:
            self._pending.pop(cid, None)
            self._place(cid, key)
            return
        if key == listed:  # back where it is (or still absent)
            self._pending.pop(cid, None)
        else:
            self._pending[cid] = key
        if listed is not None:
            self._repaint(cid)

    def _place(self, cid: int, key: Key | None) -> None:
        """Move, insert or remove ``cid``'s row so the list stays in key order."""
        old = self.row_of(cid)
        if key is None:
            self._gone_rows.pop(cid, None)
            if old is not None:
                self.beginRemoveRows(QModelIndex(), old, old)
                self._delete(old)
                self.endRemoveRows()
            return
        dest = bisect.bisect_left(self._keys, key)
        if old is None:
            self.beginInsertRows(QModelIndex(), dest, dest)
            self._insert(dest, cid, key)
            self.endInsertRows()
            return
        if dest in (old, old + 1):
            self._keys[old] = key
            self._key_of[cid] = key
            self._repaint(cid)
            return
        self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), dest)
        self._delete(old)
        self._insert(dest - 1 if dest > old else dest, cid, key)
        self.endMoveRows()

    def _delete(self, row: int) -> None:
        cid = self._ids.pop(row)
        del self._keys[row]
        self._key_of.pop(cid, None)

    def _insert(self, row: int, cid: int, key: Key) -> None:
        self._ids.insert(row, cid)
        self._keys.insert(row, key)
        self._key_of[cid] = key

    def _relayout(self) -> None:
        """Re-read the keys, keeping persistent indexes (the selection) on their ids."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in persistent]
        self._rows.clear()
        count = len(self._ids)
        self._set_keys(*self._read_keys())
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
