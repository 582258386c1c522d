"""One list of the trades panel ("My requests", "Offered to me", "Board"): rows of two
lines, a calm sentence when there is nothing, the selected row's story underneath, and
the buttons that act on it.

Rows say which actions they allow (cancel while open, accept or decline an offer, pick up
a giveaway...); a button is enabled only for a selected row that allows it, and only
online, since every action is a command.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.plain import display_text, safe_tooltip

KeyRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Row:
    """One swap or time-off request in a list: ``key`` is ``("swap" | "time_off", id)``."""

    key: tuple[str, int]
    title: str
    detail: str
    history: str
    actions: frozenset[str]


class TradeList(QWidget):
    """A list with its empty state, details and action buttons.

    Signals:
        actionRequested(str, str, int): an action button was pressed for the selected
            row: the action, the row's kind and its id.
    """

    actionRequested = Signal(str, str, int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        name: str,
        empty_text: str,
        parent: QWidget | None = None,
        *,
        default_actions: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.online = False
        self.default_actions = default_actions
        """Actions Enter or a double-click on a row runs (the first the row allows)."""
        self.rows: dict[tuple[str, int], Row] = {}
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setEnabled(False)  # the theme's muted text
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        self.details = QLabel()
        self.details.setObjectName(f"{name}Details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        layout.addLayout(self.button_row)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemActivated.connect(self._activated)

    def add_button(self, action: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{self.objectName()}_{action}")
        button.clicked.connect(lambda _checked=False, a=action: self._pressed(a))
        self.button_row.addWidget(button)
        self.buttons[action] = button
        self._update()
        return button

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows``; the selected row stays selected when it is still there."""
        current = self.selected()
        self.rows = {row.key: row for row in rows}
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QListWidgetItem | None = None
        for row in rows:
            text = display_text(row.title if not row.detail else f"{row.title}\n{row.detail}")
            item = QListWidgetItem(text)
            item.setData(KeyRole, f"{row.key[0]}:{row.key[1]}")
            item.setToolTip(safe_tooltip(row.history))
            self.list.addItem(item)
            if current is not None and row.key == current.key:
                chosen = item
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        self.stack.setCurrentWidget(self.list if rows else self.empty)
        self._selected()

    def selected(self) -> Row | None:
        item = self.list.currentItem()
        if item is None:
            return None
        kind, _, ident = str(item.data(KeyRole)).partition(":")
        return self.rows.get((kind, int(ident)))

    def select(self, kind: str, ident: int) -> bool:
        """Select the row of ``(kind, ident)`` (tests and notices); whether it is there."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(KeyRole) == f"{kind}:{ident}":
                self.list.setCurrentItem(item)
                return True
        return False

    def set_online(self, online: bool) -> None:
        self.online = online
        self._update()

    def _selected(self, *_: object) -> None:
        row = self.selected()
        self.details.setText(row.history if row is not None else "")
        self.details.setVisible(bool(row is not None and row.history))
        self._update()

    def _update(self) -> None:
        row = self.selected()
        for action, button in self.buttons.items():
            allowed = row is not None and action in row.actions
            button.setEnabled(self.online and allowed)

    def _activated(self, *_: object) -> None:
        row = self.selected()
        if row is None:
            return
        for action in self.default_actions:
            if action in row.actions:
                self._pressed(action)
                return

    def _pressed(self, action: str) -> None:
        row = self.selected()
        if row is not None and action in row.actions and self.online:
            self.actionRequested.emit(action, row.key[0], row.key[1])
