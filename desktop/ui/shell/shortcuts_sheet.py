"""The shortcuts sheet (F1, or "?" outside text fields): every keyboard action of the desk
by group, with the keys it has now (the agent's remaps included), searchable.

It reads the window's :class:`~desktop.ui.shell.keymap.Keymap` each time it is shown, so
it can never list keys that no longer work. A separate window rather than a popup: the
agent can keep it beside the desk while learning the keys; Esc closes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.keymap import GROUPS, Keymap, group_title
from desktop.widgets.plain import PlainLabel

MAX_QUERY = 100
"""The search field's limit: longer text cannot name an action."""


class ShortcutsSheet(QDialog):
    """The list of keyboard actions and their keys.

    ``shown_action(id)`` (given by the window) says whether this agent has the action at
    all (a supervisor's page is not listed for an agent). ``rows`` maps each listed
    action id to its item, for tests. Signals: none.
    """

    def __init__(
        self,
        keymap: Keymap,
        shown_action: Callable[[str], bool] = lambda _id: True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.keymap = keymap
        self.shown_action = shown_action
        self.search = QLineEdit()
        self.search.setObjectName("shortcutsSearch")
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.search.setPlaceholderText(self.tr("Search actions or keys"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_QUERY)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Titles get the widest one's room (set in refresh: it does not jump as the search
        # hides rows), keys the rest, never clipped under the scroll bar.
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.empty = PlainLabel(self.tr("No action matches"))
        self.empty.setObjectName("muted")
        self.empty.hide()
        hint = PlainLabel(self.tr("Change keys under Settings → Keyboard."))
        hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(hint)
        self.rows: dict[str, QTreeWidgetItem] = {}
        self.groups: dict[str, QTreeWidgetItem] = {}
        self.search.textChanged.connect(self.apply_filter)
        keymap.changed.connect(self.refresh)
        self.resize(560, 620)
        self.refresh()

    def refresh(self) -> None:
        """List every action the agent has, by group, with its keys now."""
        self.tree.clear()
        self.rows = {}
        self.groups = {}
        bold = self.font()
        bold.setBold(True)
        for group in GROUPS:
            actions = [
                a
                for a in self.keymap.actions.values()
                if a.group == group and self.shown_action(a.id)
            ]
            if not actions:
                continue
            heading = QTreeWidgetItem(self.tree, [group_title(group), ""])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFirstColumnSpanned(True)
            self.groups[group] = heading
            for action in actions:
                keys = self.keymap.text(action.id) or self.tr("(none)")
                item = QTreeWidgetItem(heading, [action.title(), keys])
                item.setData(0, Qt.ItemDataRole.UserRole, action.id)
                item.setToolTip(1, keys)
                self.rows[action.id] = item
        self.tree.expandAll()
        metrics = self.tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(i.text(0)) for i in self.rows.values()), default=0)
        self.tree.setColumnWidth(0, widest + 2 * self.tree.indentation() + 24)
        self.apply_filter(self.search.text())

    def apply_filter(self, text: str) -> None:
        """Show the actions whose title, group or keys contain every word typed."""
        words = text.casefold().split()
        shown_any = False
        for heading in self.groups.values():
            group_text = heading.text(0).casefold()
            shown_in_group = 0
            for index in range(heading.childCount()):
                item = heading.child(index)
                if item is None:
                    continue
                haystack = f"{group_text} {item.text(0)} {item.text(1)}".casefold()
                match = all(word in haystack for word in words)
                item.setHidden(not match)
                shown_in_group += match
            heading.setHidden(shown_in_group == 0)
            shown_any = shown_any or shown_in_group > 0
        self.empty.setVisible(not shown_any)

    def visible_actions(self) -> list[str]:
        """The ids of the actions the filter leaves in view (tests, screen readers)."""
        shown: list[str] = []
        for action_id, item in self.rows.items():
            heading = item.parent()
            if not item.isHidden() and heading is not None and not heading.isHidden():
                shown.append(action_id)
        return shown

    def present(self) -> None:
        """Show (or bring back) the sheet with the search field focused."""
        self.refresh()
        if self.isVisible():
            self.raise_()  # behind the desk: bring it forward
        self.show()
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
