"""The Team table's model: one row per agent, read once per changes batch.

A ``QAbstractTableModel`` over :meth:`PresenceReads.team` (never a widget per row). The
"since" column is relative time: a timer repaints it from the rows already in memory, so
the cache is read only when presence or agents change.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from desktop.store.readers.presence import PresenceReads, TeamMember
from desktop.ui.labels import relative_time
from desktop.ui.shell.presence import COLOURS, dot, state_name
from desktop.widgets.plain import display_text

NAME, PRESENCE, SINCE, REQUESTED = range(4)
STATE_ORDER: tuple[str, ...] = (*(s for s in COLOURS if s != "offline"), "offline")
"""Rows sort by state in the presence control's order, Offline last, then by name."""
SINCE_REFRESH_MS = 30_000
"""How often the relative "since" texts are repainted (from memory, not the cache)."""

AnyIndex = QModelIndex | QPersistentModelIndex


def _sort_key(member: TeamMember) -> tuple[int, str, int]:
    rank = STATE_ORDER.index(member.state) if member.state in STATE_ORDER else len(STATE_ORDER)
    return rank, member.name.casefold(), member.agent_id


def presence_text(member: TeamMember) -> str:
    """The translated state, with its reason when there is one."""
    text = state_name(member.state)
    if member.reason:
        text = f"{text} · {display_text(member.reason)}"
    return text


def cell_text(member: TeamMember, column: int) -> str:
    """What a column shows for an agent; "since" is relative to now."""
    if column == NAME:
        return display_text(member.name)
    if column == PRESENCE:
        return presence_text(member)
    if column == SINCE:
        return relative_time(member.since, time.time()) if member.since is not None else ""
    if column == REQUESTED and member.requested:
        text = state_name(member.requested)
        if member.requested_reason:
            text = f"{text} · {display_text(member.requested_reason)}"
        return text
    return ""


class TeamModel(QAbstractTableModel):
    """Agents and their presence, sorted by state then name."""

    def __init__(self, reader: PresenceReads, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.members: list[TeamMember] = []
        self.since_timer = QTimer(self)
        self.since_timer.setObjectName("teamSinceTimer")
        self.since_timer.setInterval(SINCE_REFRESH_MS)
        self.since_timer.timeout.connect(self.repaint_since)

    def reload(self) -> None:
        """Read the team once from the cache."""
        self.beginResetModel()
        self.members = sorted(self.reader.team(), key=_sort_key)
        self.endResetModel()

    def any_presence(self) -> bool:
        """Whether at least one agent has chosen a state (else the page says so)."""
        return any(member.since is not None for member in self.members)

    def repaint_since(self) -> None:
        """Let the views re-ask the "since" column: the relative times moved on."""
        if self.members:
            self.dataChanged.emit(
                self.index(0, SINCE),
                self.index(len(self.members) - 1, SINCE),
                [Qt.ItemDataRole.DisplayRole],
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

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
            QCoreApplication.translate("Team", "Since"),
            QCoreApplication.translate("Team", "Requested"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.members):
            return None
        member = self.members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(member, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == PRESENCE:
            return dot(member.state)
        return None
