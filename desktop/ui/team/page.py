"""The Team page: the supervisor's view of every agent's presence (issue 8, part 1).

Shown only to supervisors (``roles`` in its :class:`PageSpec`): only their caches hold
colleagues' presence. The table re-reads the cache once per changes batch that touches
presence or agents; mode-bar texts translate in the ``MainWindow`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout

from desktop.models.changes import Changes
from desktop.store.readers.presence import PresenceReads
from desktop.ui.shell.pages import PageContext, PageShortcut, PageSpec, PageWidget
from desktop.ui.team.model import NAME, PRESENCE, SINCE, TeamModel
from desktop.widgets.plain import PlainLabel

PAGE_NAME = "team"


class TeamPage(PageWidget):
    """Agents, their presence, since when, and any state they asked for while on a contact.

    Signals: none of its own.
    """

    def __init__(self, reader: PresenceReads) -> None:
        super().__init__()
        self.setObjectName("teamPage")
        self.team_model = TeamModel(reader, self)
        self.table = QTableView()
        self.table.setObjectName("teamTable")
        self.table.setModel(self.team_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        # Fixed, readable columns and the last one taking the rest: a supervisor scans
        # names and states, not a table spread over a wide screen.
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for section, width in ((NAME, 260), (PRESENCE, 260), (SINCE, 110)):
            self.table.setColumnWidth(section, width)
        self.empty = PlainLabel(self.tr("No agent has chosen a presence yet: everyone is Offline"))
        self.empty.setObjectName("teamEmpty")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        self.refresh()
        self.team_model.since_timer.start()

    def refresh(self) -> None:
        """Read the team from the cache and say so when nobody has a presence yet."""
        self.team_model.reload()
        self.empty.setVisible(not self.team_model.any_presence())

    def on_changes(self, changes: Changes) -> None:
        if changes.reset or changes.presence or changes.agents:
            self.refresh()

    def focus_target(self, target: str) -> None:
        del target
        self.table.setFocus()

    def stop(self) -> None:
        self.team_model.since_timer.stop()


def _build(context: PageContext) -> TeamPage:
    return TeamPage(context.reader)


SPEC = PageSpec(
    name=PAGE_NAME,
    title=lambda: QCoreApplication.translate("MainWindow", "Team"),
    tooltip=lambda: QCoreApplication.translate("MainWindow", "Your agents' presence (Ctrl+T)"),
    shortcuts=(PageShortcut("Ctrl+T"),),
    settings_key="window/team",
    build=_build,
    roles=frozenset({"supervisor"}),
)
