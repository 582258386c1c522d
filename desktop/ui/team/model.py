"""The Team table's model: one row per agent, read once per changes batch.

A ``QAbstractTableModel`` over the cache's team reads (never a widget per row): each
agent's presence (:meth:`PresenceReads.team`), their open offers with their calls
(:meth:`RoutingReads.team_work`) and the queues they have a skill in
(:meth:`RoutingReads.skill_queues`, for the queue filter). The "In state" and "Work"
columns are live timers: a one-second tick repaints them from the rows already in memory,
so the cache is read only when presence, agents, offers, calls or profiles change.

Updates are structural, not resets: rows that left are removed, new ones inserted, the
rest re-sorted with a layout change that moves the persistent indexes, so the selection
stays on the same agent. While ``frozen`` (the pointer is over the table) the order is
kept and new agents are appended; :meth:`TeamModel.resort` sorts again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.store.readers.presence import TeamMember
from desktop.store.readers.routing import AgentWork
from desktop.ui.calls.format import duration
from desktop.ui.shell.presence import COLOURS, dot, state_name
from desktop.widgets.plain import display_text

NAME, PRESENCE, IN_STATE, WORK, REQUESTED = range(5)
COLUMNS = 5
LIVE_COLUMNS = (IN_STATE, WORK)
"""The columns a tick repaints: their texts count time."""
STATE_ORDER: tuple[str, ...] = (*(s for s in COLOURS if s != "offline"), "offline")
"""Rows sort by state in the presence control's order, Offline last, then by name."""
TICK_MS = 1000
"""How often the live columns are repainted (from memory, not the cache)."""
AgentIdRole = Qt.ItemDataRole.UserRole + 1
"""The row's agent id (tests and the page keep the selection by it)."""

AnyIndex = QModelIndex | QPersistentModelIndex


class TeamReads(Protocol):
    """What the Team page reads (``CacheReader`` has all of it)."""

    def team(self) -> list[TeamMember]: ...

    def team_work(self) -> list[AgentWork]: ...

    def skill_queues(self) -> dict[int, frozenset[int]]: ...

    def queue_names(self) -> dict[int, str]: ...


@dataclass(frozen=True)
class TeamRow:
    """An agent's presence and their open offers (oldest first)."""

    member: TeamMember
    work: tuple[AgentWork, ...] = ()

    @property
    def agent_id(self) -> int:
        return self.member.agent_id


def sort_key(row: TeamRow) -> tuple[int, str, int]:
    member = row.member
    rank = STATE_ORDER.index(member.state) if member.state in STATE_ORDER else len(STATE_ORDER)
    return rank, member.name.casefold(), member.agent_id


def presence_text(member: TeamMember) -> str:
    """The translated state, with its reason when there is one."""
    text = state_name(member.state)
    if member.reason:
        text = f"{text} · {display_text(member.reason)}"
    return text


def _ringing_text(channel: str) -> str:
    names = {
        "phone": QCoreApplication.translate("Team", "call"),
        "chat": QCoreApplication.translate("Team", "chat"),
        "email": QCoreApplication.translate("Team", "email"),
    }
    return QCoreApplication.translate("Team", "Ringing: {0}").format(names.get(channel, channel))


def _call_text(item: AgentWork, now: float) -> str:
    """A phone contact being worked: talk time live, or hold/consult time while held."""
    since = item.call_state_since
    if item.call_state == "held" and since is not None:
        return QCoreApplication.translate("Team", "On hold {0}").format(duration(now - since))
    if item.call_state == "transferring" and since is not None:
        return QCoreApplication.translate("Team", "Consulting {0}").format(duration(now - since))
    start = item.call_connected_at
    if start is None and item.call_state is None:
        start = item.decided_at  # an outbound call or a call not cached yet: since accepted
    if start is None:
        return QCoreApplication.translate("Team", "Call")
    return QCoreApplication.translate("Team", "Call {0}").format(duration(now - start))


def _acw_text(item: AgentWork, now: float) -> str:
    """After-call work counting down to its limit, or up from the end when it has none."""
    if item.acw_until is not None:
        left = math.ceil(item.acw_until - now)  # a countdown shows 0:25 for 24.4 s left
        return QCoreApplication.translate("Team", "After-call work {0}").format(duration(left))
    start = item.ended_at if item.ended_at is not None else item.decided_at
    if start is None:
        return QCoreApplication.translate("Team", "After-call work")
    return QCoreApplication.translate("Team", "After-call work {0}").format(duration(now - start))


def work_text(work: Sequence[AgentWork], now: float) -> str:
    """What the agent is on now, in words: their call, their chats and emails, their
    after-call work, then what rings on their desk; "" when idle."""
    working = [w for w in work if w.phase == "working"]
    parts = [_call_text(w, now) for w in working if w.channel == "phone"][:1]
    chats = sum(1 for w in working if w.channel == "chat")
    emails = sum(1 for w in working if w.channel == "email")
    counts: list[str] = []
    # Two strings per count rather than %n plurals: lupdate only sees plurals in self.tr,
    # and each desk language (en, fi, zh) needs at most a singular and a plural.
    if chats == 1:
        counts.append(QCoreApplication.translate("Team", "1 chat"))
    elif chats:
        counts.append(QCoreApplication.translate("Team", "{0} chats").format(chats))
    if emails == 1:
        counts.append(QCoreApplication.translate("Team", "1 email"))
    elif emails:
        counts.append(QCoreApplication.translate("Team", "{0} emails").format(emails))
    if counts:
        parts.append(", ".join(counts))
    acw = [w for w in work if w.phase == "acw"]
    if acw:
        parts.append(_acw_text(acw[0], now))
    ringing = [w for w in work if w.phase == "ringing"]
    if ringing:
        parts.append(_ringing_text(ringing[0].channel))
    return " · ".join(parts)


def cell_text(row: TeamRow, column: int, now: float | None = None) -> str:
    """What a column shows for an agent; the live columns are relative to ``now``."""
    member = row.member
    now = time.time() if now is None else now
    if column == NAME:
        return display_text(member.name)
    if column == PRESENCE:
        return presence_text(member)
    if column == IN_STATE:
        return duration(now - member.since) if member.since is not None else ""
    if column == WORK:
        return work_text(row.work, now)
    if column == REQUESTED and member.requested:
        text = state_name(member.requested)
        if member.requested_reason:
            text = f"{text} · {display_text(member.requested_reason)}"
        return text
    return ""


class TeamModel(QAbstractTableModel):
    """Agents, their presence and their work, sorted by state then name, optionally only
    those with a skill in one queue.

    Signals:
        reloaded(): the rows were read again from the cache (after :meth:`reload`).
    """

    reloaded = Signal()

    def __init__(self, reader: TeamReads, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.rows: list[TeamRow] = []
        self.queue_id: int | None = None
        """Only agents with a skill in this queue; ``None``: everyone."""
        self.frozen = False
        """Keep the rows where they are (the pointer is over them); see :meth:`resort`."""
        self._any_presence = False

    # ------------------------------------------------------------------ reading

    def reload(self) -> None:
        """Read the team once from the cache and update the rows in place."""
        members = self.reader.team()
        self._any_presence = any(m.since is not None for m in members)
        work: dict[int, list[AgentWork]] = {}
        for item in self.reader.team_work():
            work.setdefault(item.agent_id, []).append(item)
        if self.queue_id is not None:
            skills = self.reader.skill_queues()
            members = [m for m in members if self.queue_id in skills.get(m.agent_id, ())]
        fresh = [TeamRow(m, tuple(work.get(m.agent_id, ()))) for m in members]
        self._update(fresh, keep_order=self.frozen)
        self.reloaded.emit()

    def set_queue(self, queue_id: int | None) -> None:
        """Show only agents with a skill in ``queue_id`` (``None``: all); sorts afresh."""
        self.queue_id = queue_id
        frozen, self.frozen = self.frozen, False
        try:
            self.reload()
        finally:
            self.frozen = frozen

    def resort(self) -> None:
        """Put the rows back in state-then-name order (after the pointer left)."""
        self._update(list(self.rows), keep_order=False)

    def any_presence(self) -> bool:
        """Whether at least one agent has chosen a state (else the page says so)."""
        return self._any_presence

    def row_of(self, agent_id: int) -> int:
        """The row showing ``agent_id``, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.agent_id == agent_id), -1)

    def _update(self, fresh: list[TeamRow], *, keep_order: bool) -> None:
        """Make the rows ``fresh``: remove, append, refresh, then move (a layout change
        that carries persistent indexes, hence the selection, with each agent)."""
        by_id = {r.agent_id: r for r in fresh}
        # Removed agents, in contiguous blocks from the bottom up.
        row = len(self.rows) - 1
        while row >= 0:
            if self.rows[row].agent_id in by_id:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and self.rows[row - 1].agent_id not in by_id:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del self.rows[row : last + 1]
            self.endRemoveRows()
            row -= 1
        present = {r.agent_id for r in self.rows}
        added = sorted((r for r in fresh if r.agent_id not in present), key=sort_key)
        if added:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self.rows.extend(added)
            self.endInsertRows()
        self.rows = [by_id[r.agent_id] for r in self.rows]
        if not keep_order:
            self._sort()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, COLUMNS - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole],
            )

    def _sort(self) -> None:
        wanted = sorted(self.rows, key=sort_key)
        if [r.agent_id for r in wanted] == [r.agent_id for r in self.rows]:
            return
        self.layoutAboutToBeChanged.emit()
        new_row = {r.agent_id: i for i, r in enumerate(wanted)}
        old_ids = [r.agent_id for r in self.rows]
        moved_from = self.persistentIndexList()
        moved_to = [
            self.index(new_row[old_ids[i.row()]], i.column())
            if 0 <= i.row() < len(old_ids)
            else QModelIndex()
            for i in moved_from
        ]
        self.rows = wanted
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ live columns

    def tick(self) -> None:
        """Let the views re-ask the live columns: their times moved on."""
        if self.rows:
            self.dataChanged.emit(
                self.index(0, IN_STATE),
                self.index(len(self.rows) - 1, WORK),
                [Qt.ItemDataRole.DisplayRole],
            )

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802 - Qt naming
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("Team", "Agent"),
            QCoreApplication.translate("Team", "Presence"),
            QCoreApplication.translate("Team", "In state"),
            QCoreApplication.translate("Team", "Work"),
            QCoreApplication.translate("Team", "Requested"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == PRESENCE:
            return dot(row.member.state)
        if role == AgentIdRole:
            return row.agent_id
        return None
